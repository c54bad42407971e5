/**
 * The vendor's written answers page: the workbook import, each question with its answer (or none yet) and
 * the form to type one, and what an answer settles, with the button that proposes it to the catalog. Plain
 * forms, each with its `intent`, so all of it works without JavaScript; a refused form opens again with
 * what was typed and its problems, each linked to its field.
 */
import { Form, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";

import {
  ANSWER_LABELS,
  ANSWER_LIMITS,
  MAX_WORKBOOK_BYTES,
  questionAnchor,
  SETTLE_LABELS,
  SETTLE_LIMITS,
  UPLOAD_FIELD,
  type AnswerField,
  type SettleField,
} from "../negotiation/vendor-answers-fields.ts";
import type {
  SettleView,
  VendorAnswersActionData,
  VendorAnswersQuestion,
} from "../use-cases/negotiation/vendor-answers.server.ts";
import { ERROR_SUMMARY_ID, ErrorSummary } from "./error-summary.tsx";
import { FormField, inputProps } from "./form-field.tsx";

/** Whether the page has been hydrated: without JavaScript a refused form's summary takes focus on load. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * Where every form posts: the page itself without its query, so a form refused after a notice
 * (`?settled=…`) does not show that notice again beside its problems.
 */
function usePagePath(): string {
  return useLocation().pathname;
}

/** With JavaScript a refused post comes back without a page load: move to its problems, as a load would. */
function useFocusOnProblems(refused: unknown) {
  useEffect(() => {
    if (refused) document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [refused]);
}

export function ImportWorkbookForm({
  refused,
}: {
  refused: Extract<VendorAnswersActionData, { intent: "import" }> | null;
}) {
  const action = usePagePath();
  const hydrated = useHydrated();
  useFocusOnProblems(refused);
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import the filled-in workbook</h2>
      {refused ? (
        <ErrorSummary
          title="The workbook was not imported"
          intro="Nothing was saved. Correct the workbook (or ask the vendor to), then choose it again:"
          items={refused.problems.map((p) => ({ field: p.place || undefined, message: p.message }))}
          autoFocus={!hydrated}
        />
      ) : null}
      <Form method="post" action={action} encType="multipart/form-data" className="account-form" noValidate>
        <input type="hidden" name="intent" value="import" />
        <FormField
          id="vendor-workbook"
          label="The vendor questionnaire, filled in (.xlsx)"
          hint={`Each row is matched to its question by the id in column A. A row left without an answer is a question not answered yet; a question whose words were changed, a row deleted, or an answer without who gave it and when refuses the whole file, and every problem is listed. At most ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB.`}
        >
          <input
            {...inputProps("vendor-workbook", UPLOAD_FIELD, { hint: true })}
            className="input input--file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={refused ? true : undefined}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">
            Import the answers
          </button>
        </div>
      </Form>
    </section>
  );
}

type AnswerRefusal = Extract<VendorAnswersActionData, { intent: "answer" }>;

function AnswerForm({ question, refused }: { question: VendorAnswersQuestion; refused: AnswerRefusal | null }) {
  const action = usePagePath();
  const hydrated = useHydrated();
  useFocusOnProblems(refused);
  const errors = refused?.errors ?? {};
  const values = refused?.values;
  const answer = question.answer;
  const id = (field: AnswerField) => `answer-${question.id}-${field}`;
  const summary = (Object.keys(errors) as (AnswerField | "form")[]).map((field) => ({
    target: field === "form" || field === "questionId" ? undefined : id(field),
    message: errors[field]!,
  }));
  const text = (field: Exclude<AnswerField, "questionId">) => values?.[field] ?? answer?.[field] ?? "";
  return (
    <details className="provision-form" open={refused !== null}>
      <summary>{answer ? "Replace the answer" : "Type the vendor’s answer"}</summary>
      <p className="muted">
        As the vendor gave it in writing (an e-mail, a letter, the Word questionnaire).
        {answer ? " The answer it replaces stays in the history." : ""}
      </p>
      <ErrorSummary items={summary} autoFocus={!hydrated} />
      <Form
        method="post"
        action={action}
        className="account-form"
        noValidate
        aria-label={`The vendor’s answer to ${question.id}`}
      >
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="questionId" value={question.id} />
        <FormField id={id("answer")} label={ANSWER_LABELS.answer} error={errors.answer}>
          <textarea
            {...inputProps(id("answer"), "answer", { error: errors.answer })}
            rows={5}
            maxLength={ANSWER_LIMITS.answer}
            defaultValue={text("answer")}
          />
        </FormField>
        <FormField
          id={id("document")}
          label={ANSWER_LABELS.document}
          optional
          hint="The agreement, policy or letter the vendor names, e.g. “Data Processing Addendum, version of 2026-11-01”."
          error={errors.document}
        >
          <input
            {...inputProps(id("document"), "document", { hint: true, error: errors.document })}
            type="text"
            maxLength={ANSWER_LIMITS.document}
            defaultValue={text("document")}
          />
        </FormField>
        <FormField
          id={id("answeredBy")}
          label={ANSWER_LABELS.answeredBy}
          hint="Who answered for the vendor: name and role."
          error={errors.answeredBy}
        >
          <input
            {...inputProps(id("answeredBy"), "answeredBy", { hint: true, error: errors.answeredBy })}
            type="text"
            autoComplete="off"
            maxLength={ANSWER_LIMITS.answeredBy}
            defaultValue={text("answeredBy")}
          />
        </FormField>
        <FormField id={id("answeredOn")} label={ANSWER_LABELS.answeredOn} hint="YYYY-MM-DD" error={errors.answeredOn}>
          <input
            {...inputProps(id("answeredOn"), "answeredOn", { hint: true, error: errors.answeredOn })}
            className="input input--date"
            type="text"
            inputMode="numeric"
            placeholder="2027-03-01"
            defaultValue={text("answeredOn")}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">
            {answer ? "Replace the answer" : "Record the answer"}
          </button>
        </div>
      </Form>
    </details>
  );
}

type SettleRefusal = Extract<VendorAnswersActionData, { intent: "settle" }>;

function SettleForm({
  questionId,
  target,
  refused,
}: {
  questionId: string;
  target: SettleView;
  refused: SettleRefusal | null;
}) {
  const action = usePagePath();
  const hydrated = useHydrated();
  useFocusOnProblems(refused);
  const errors = refused?.errors ?? {};
  const values = refused?.values;
  const id = (field: SettleField) => `settle-${questionId}-${target.id}-${field}`;
  const summary = (Object.keys(errors) as (SettleField | "form")[]).map((field) => ({
    target: field === "value" || field === "statement" ? id(field) : undefined,
    message: errors[field]!,
  }));
  const value = values?.value ?? target.settled?.value ?? "";
  const { input } = target;
  return (
    <details className="provision-form" open={refused !== null || target.settled === null}>
      <summary>
        {target.settled ? "Change what the answer settles" : "Record what this answer settles"}: {target.label} (
        {target.lineLabel})
      </summary>
      <p className="muted">
        The catalog does not record this for the vendor’s product line. What the answer says counts for this review
        only; the findings, the exposure and the documents then cite the vendor’s written answer as the source.
      </p>
      <ErrorSummary items={summary} autoFocus={!hydrated} />
      <Form
        method="post"
        action={action}
        className="account-form"
        noValidate
        aria-label={`What the answer to ${questionId} settles: ${target.label}`}
      >
        <input type="hidden" name="intent" value="settle" />
        <input type="hidden" name="questionId" value={questionId} />
        <input type="hidden" name="key" value={target.key} />
        <input type="hidden" name="productLine" value={target.productLine} />
        <FormField
          id={id("value")}
          label={`${SETTLE_LABELS.value}: ${target.label}`}
          hint={input.kind === "number" ? `A whole number of ${input.unit}.` : undefined}
          error={errors.value}
        >
          {input.kind === "tokens" ? (
            <select
              {...inputProps(id("value"), "value", { error: errors.value })}
              className="input input--select"
              defaultValue={value}
            >
              {value === "" ? <option value="">Choose…</option> : null}
              {input.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.words}
                </option>
              ))}
            </select>
          ) : (
            <input
              {...inputProps(id("value"), "value", { hint: input.kind === "number", error: errors.value })}
              className={input.kind === "number" ? "input input--number" : "input"}
              type="text"
              inputMode={input.kind === "number" ? "numeric" : undefined}
              maxLength={SETTLE_LIMITS.value}
              defaultValue={value}
            />
          )}
        </FormField>
        <FormField
          id={id("statement")}
          label={SETTLE_LABELS.statement}
          hint="As the findings and the memo will quote it, e.g. “The vendor will sign its data processing agreement, which applies to the API.”"
          error={errors.statement}
        >
          <textarea
            {...inputProps(id("statement"), "statement", { hint: true, error: errors.statement })}
            rows={2}
            maxLength={SETTLE_LIMITS.statement}
            defaultValue={values?.statement ?? target.settled?.statement ?? ""}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">
            Record what it settles
          </button>
        </div>
      </Form>
    </details>
  );
}

type ProposeRefusal = Extract<VendorAnswersActionData, { intent: "propose" }>;

/** A settled provision: what it says, its source, and for legal the way to the catalog. */
function Settled({
  questionId,
  target,
  canPropose,
  refused,
}: {
  questionId: string;
  target: SettleView;
  canPropose: boolean;
  refused: ProposeRefusal | null;
}) {
  const action = usePagePath();
  const settled = target.settled!;
  return (
    <div className="written-provision">
      <p>
        <strong>
          Settled for this review — {target.label} ({target.lineLabel}): {settled.valueWords}.
        </strong>{" "}
        {settled.statement}{" "}
        <span className="source">
          {settled.source}
          {settled.questionId === questionId ? "" : ` (the answer to ${settled.questionId})`}
        </span>
      </p>
      {settled.readByRules ? null : (
        <p className="muted">The catalog now records this provision; its version is the one the findings read.</p>
      )}
      {refused ? (
        <p className="banner banner--error" role="alert">
          {refused.message}
        </p>
      ) : null}
      {settled.proposalRefusal ? (
        <p className="muted">{settled.proposalRefusal}</p>
      ) : canPropose ? (
        <Form method="post" action={action} className="inline-form">
          <input type="hidden" name="intent" value="propose" />
          <input type="hidden" name="key" value={target.key} />
          <input type="hidden" name="productLine" value={target.productLine} />
          <button type="submit" className="button button--secondary">
            Propose it to the catalog
          </button>{" "}
          <span className="muted">
            A new version of the catalog’s provision for every review of this line, with this written answer as its
            source.
          </span>
        </Form>
      ) : (
        <p className="muted">Legal or an admin may propose it to the catalog from this page.</p>
      )}
    </div>
  );
}

const VIA_WORDS = {
  import: "imported from the workbook",
  typed: "typed in",
  carried: "carried from the review renewed",
};

export function VendorAnswerCard({
  question,
  canWrite,
  canPropose,
  refused,
}: {
  question: VendorAnswersQuestion;
  canWrite: boolean;
  canPropose: boolean;
  refused: VendorAnswersActionData | null;
}) {
  const { answer } = question;
  const mine = <I extends VendorAnswersActionData["intent"]>(intent: I) =>
    refused?.intent === intent && "questionId" in refused && refused.questionId === question.id
      ? (refused as Extract<VendorAnswersActionData, { intent: I }>)
      : null;
  const proposal = refused?.intent === "propose" ? refused : null;
  const settling = mine("settle");
  return (
    <article className="card vendor-answer" id={questionAnchor(question.id)} aria-labelledby={`${question.id}-title`}>
      <h4 id={`${question.id}-title`}>
        {question.number !== null ? `Question ${question.number}` : "Question"}{" "}
        <code className="vendor-answer__id">{question.id}</code>
      </h4>
      <p className="vendor-answer__question">{question.question}</p>
      {!question.asked ? (
        <p className="muted">The review no longer asks this question: its answers changed since it was answered.</p>
      ) : !question.askedNow ? (
        <p className="muted">The questionnaire made now no longer asks this: the answer settled what it asked.</p>
      ) : null}
      {answer ? (
        <dl className="answers-list">
          <div>
            <dt>The vendor’s answer</dt>
            <dd className="vendor-answer__text">{answer.answer}</dd>
          </div>
          {answer.document ? (
            <div>
              <dt>Rests on</dt>
              <dd>{answer.document}</dd>
            </div>
          ) : null}
          <div>
            <dt>Answered by</dt>
            <dd>
              {answer.answeredBy}, on {answer.answeredOn}{" "}
              <span className="muted">
                ({VIA_WORDS[answer.via]}, {answer.recordedAt.slice(0, 10)})
              </span>
            </dd>
          </div>
        </dl>
      ) : (
        <p>
          <span className="badge">Not answered yet</span>
        </p>
      )}
      {canWrite ? <AnswerForm question={question} refused={mine("answer")} /> : null}
      {answer ? (
        question.settles.map((target) => (
          <div key={target.id}>
            {target.settled ? (
              <Settled
                questionId={question.id}
                target={target}
                canPropose={canPropose}
                refused={proposal?.target === target.id ? proposal : null}
              />
            ) : null}
            {canWrite && target.open ? (
              <SettleForm
                questionId={question.id}
                target={target}
                refused={settling?.target === target.id ? settling : null}
              />
            ) : null}
          </div>
        ))
      ) : question.settles.some((t) => t.open) ? (
        <p className="muted">
          Once answered, the answer may settle what the catalog does not record:{" "}
          {question.settles.map((t) => `${t.label} (${t.lineLabel})`).join(", ")}.
        </p>
      ) : null}
    </article>
  );
}

/** The questions under their topics, in the questionnaire's order; those no longer asked last. */
export function VendorAnswersByTopic({
  questions,
  ...props
}: {
  questions: readonly VendorAnswersQuestion[];
  canWrite: boolean;
  canPropose: boolean;
  refused: VendorAnswersActionData | null;
}) {
  const groups: { topic: string; questions: VendorAnswersQuestion[] }[] = [];
  for (const q of questions) {
    const topic = q.asked ? q.topic : "No longer asked by this review";
    const last = groups.at(-1);
    if (last && last.topic === topic) last.questions.push(q);
    else groups.push({ topic, questions: [q] });
  }
  return (
    <>
      {groups.map((g, i) => (
        <section key={`${g.topic}:${i}`} aria-labelledby={`topic-${i}`}>
          <h3 id={`topic-${i}`}>{g.topic}</h3>
          {g.questions.map((q) => (
            <VendorAnswerCard key={q.id} question={q} {...props} />
          ))}
        </section>
      ))}
    </>
  );
}
