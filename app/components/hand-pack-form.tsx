// The form of a hand-built pack (/packs/new): the clauses chosen on the workbench (carried as hidden
// fields), the parties and product lines, and the questions whose answers the clauses print — each drawn
// by the wizard's own QuestionField from the wizard's question. A plain form that posts to its page, so it
// works without JavaScript; a refused post comes back with every value typed and a message per field.
import { Form, Link } from "@remix-run/react";
import type { UseFormRegisterReturn } from "react-hook-form";
import {
  PRODUCT_LINE_CHOICES,
  PRODUCT_LINES_FIELD,
  PRODUCT_LINES_HELP,
  PRODUCT_LINES_LABEL,
} from "../clauses/hand-pack-form.ts";
import { questionById, type Question, type QuestionId } from "../questionnaire/questions.ts";
import type { HandPackFormBody } from "../use-cases/packs/hand-pack.server.ts";
import { firstInputId } from "../wizard/step-view.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { QuestionField } from "./question-field.tsx";

const PARTIES: readonly QuestionId[] = ["buyerName", "vendorId", "vendorName", "paperSize"];

/** A plain form's field: its name only; the browser posts it as typed (no react-hook-form on this page). */
const plainField = (name: string) =>
  ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} }) as UseFormRegisterReturn;

const LINES_ID = "q-productLines";

function targetOf(field: string): string | undefined {
  if (field === PRODUCT_LINES_FIELD) return `${LINES_ID}-${PRODUCT_LINE_CHOICES[0].value}`;
  const question = questionById(field);
  return question ? firstInputId(question) : undefined;
}

export function HandPackForm({ body }: { body: HandPackFormBody }) {
  const { selection, values, errors, selectionProblems, vendors, help, hints } = body;
  const questions = body.questionIds.map((id) => questionById(id)).filter((q): q is Question => q !== undefined);
  const field = (q: Question) => (
    <QuestionField
      key={q.id}
      question={q}
      value={values[q.id]}
      error={errors[q.id]}
      register={plainField}
      vendors={vendors}
      help={help[q.id] ?? ""}
      hints={hints[q.id]}
    />
  );
  const chosen = Array.isArray(values[PRODUCT_LINES_FIELD]) ? (values[PRODUCT_LINES_FIELD] as string[]) : [];
  const backToLibrary = new URLSearchParams();
  for (const s of selection) {
    backToLibrary.append("clause", s.id);
    if (s.variant) backToLibrary.set(`variant.${s.id}`, s.variant);
  }
  return (
    <>
      <ErrorSummary
        items={[
          ...selectionProblems.map((p) => ({ message: p.message, field: p.field })),
          ...Object.entries(errors).map(([f, message]) => ({ message, target: targetOf(f) })),
        ]}
        intro="Nothing was saved."
        autoFocus
      />
      {selection.length === 0 ? (
        <p>
          <Link to="/clauses">Choose the clauses in the clause library</Link>, then build the pack here.
        </p>
      ) : (
        <Form method="post" action="/packs/new" className="hand-pack-form" noValidate>
          <section aria-labelledby="chosen-title">
            <h2 id="chosen-title">The clauses, in the pack’s order</h2>
            <ol>
              {selection.map((s) => (
                <li key={s.id}>
                  {s.title}
                  {s.variant && s.variants > 0 ? (
                    <span className="muted">
                      {" "}
                      — {s.variant === "default" ? "plain language" : `variant “${s.variant}”`}
                    </span>
                  ) : null}
                  <input type="hidden" name="clause" value={s.id} />
                  {s.variant ? <input type="hidden" name={`variant.${s.id}`} value={s.variant} /> : null}
                </li>
              ))}
            </ol>
            <p>
              <Link to={`/clauses?${backToLibrary.toString()}`}>Change the clauses</Link> (what you type here is not
              kept).
            </p>
          </section>
          <section aria-labelledby="parties-title">
            <h2 id="parties-title">The parties</h2>
            <p className="muted">
              The vendor’s name is asked only for a vendor not in the catalog; for one in it, the catalog’s name and
              contracting company are used.
            </p>
            {PARTIES.map((id) => field(questionById(id)!))}
            <fieldset
              className={`question${errors[PRODUCT_LINES_FIELD] ? " question--error" : ""}`}
              aria-describedby={`${LINES_ID}-help${errors[PRODUCT_LINES_FIELD] ? ` ${LINES_ID}-error` : ""}`}
              data-question={PRODUCT_LINES_FIELD}
            >
              <legend className="question__label">{PRODUCT_LINES_LABEL}</legend>
              <p className="question__help" id={`${LINES_ID}-help`}>
                {PRODUCT_LINES_HELP} {help.productLine}
              </p>
              {errors[PRODUCT_LINES_FIELD] ? (
                <p className="field-error" id={`${LINES_ID}-error`}>
                  <span className="visually-hidden">Error: </span>
                  {errors[PRODUCT_LINES_FIELD]}
                </p>
              ) : null}
              <div className="options options--checkbox">
                {PRODUCT_LINE_CHOICES.map((line) => (
                  <div className="option" key={line.value}>
                    <input
                      type="checkbox"
                      id={`${LINES_ID}-${line.value}`}
                      name={PRODUCT_LINES_FIELD}
                      value={line.value}
                      defaultChecked={chosen.includes(line.value)}
                      aria-invalid={errors[PRODUCT_LINES_FIELD] ? true : undefined}
                    />
                    <label htmlFor={`${LINES_ID}-${line.value}`}>{line.label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </section>
          {questions.length > 0 ? (
            <section aria-labelledby="variables-title">
              <h2 id="variables-title">What the clauses print</h2>
              <p className="muted">The questions of the review’s questionnaire whose answers these clauses fill in.</p>
              {questions.map(field)}
            </section>
          ) : null}
          <p>
            <button type="submit" className="button" name="intent" value="build">
              Build the pack
            </button>
          </p>
        </Form>
      )}
    </>
  );
}
