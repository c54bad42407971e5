/**
 * What was agreed, clause by clause, and the signed agreement: each clause with the position recorded and
 * a form to record or correct it. Plain forms: they work without JavaScript, and a refused post comes back
 * with what was typed and each problem beside its field.
 */
import { Form } from "@remix-run/react";

import {
  AGREEMENT_LABELS,
  AGREEMENT_LIMITS,
  OUTCOME_LABELS,
  OUTCOME_LIMITS,
  positionWords,
  type ClauseOutcome,
} from "../negotiation/outcomes.ts";
import { fallbackLetter } from "../pack/format.ts";
import { utcMinute } from "../utils/format-time.ts";
import type { AgreedPage, AgreedRefusal } from "../use-cases/negotiation/agreed.server.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { FormField, inputProps } from "./form-field.tsx";

type Clause = Extract<AgreedPage, { complete: true }>["clauses"][number];
type OutcomeRefusal = Extract<AgreedRefusal, { intent: "outcome" }>;
type AgreementRefusal = Extract<AgreedRefusal, { intent: "agreement" }>;

function Recorded({ by, at }: { by: string | null; at: string }) {
  return (
    <span className="source">
      Recorded by {by ?? "someone no longer named"}, {utcMinute(at)}
    </span>
  );
}

export function OutcomeSummary({ outcome }: { outcome: ClauseOutcome }) {
  return (
    <div className="outcome">
      <p>
        <strong>{positionWords(outcome)}</strong>
      </p>
      {outcome.wording ? <p className="outcome__wording">{outcome.wording}</p> : null}
      {outcome.reason ? <p>Why: {outcome.reason}</p> : null}
      <Recorded by={outcome.recordedBy} at={outcome.recordedAt} />
    </div>
  );
}

/** The value of the position radio: a fallback is chosen by its letter's index, "fallback-0" for (a). */
function choiceOf(o: { position: string; fallback?: number | null | string } | null | undefined): string {
  if (!o) return "";
  return o.position === "fallback" ? `fallback-${o.fallback ?? ""}` : o.position;
}

function OutcomeForm({ clause, refused }: { clause: Clause; refused: OutcomeRefusal | null }) {
  const errors = refused?.errors ?? {};
  const values = refused?.values ?? {};
  const id = (field: string) => `outcome-${clause.id}-${field}`;
  const current = refused
    ? choiceOf({ position: values.position ?? "", fallback: values.fallback })
    : choiceOf(clause.outcome);
  const choices = [
    { value: "primary", label: "The primary language, as proposed" },
    ...clause.fallbacks.map((text, i) => ({ value: `fallback-${i}`, label: `Fallback ${fallbackLetter(i)}`, text })),
    { value: "other", label: "Other wording (type it below)" },
    { value: "conceded", label: "Conceded: the ask was dropped, nothing agreed" },
    { value: "riskAccepted", label: "Risk accepted: nothing agreed, someone with authority accepts the risk (below)" },
  ];
  const summary = (Object.keys(errors) as (keyof typeof errors)[]).map((f) => ({
    target: f === "form" ? undefined : f === "position" || f === "fallback" ? id("position") : id(f),
    message: errors[f]!,
  }));
  return (
    <Form
      method="post"
      className="account-form outcome-form"
      noValidate
      aria-label={`What was agreed: ${clause.title}`}
    >
      <ErrorSummary items={summary} autoFocus />
      <input type="hidden" name="intent" value="outcome" />
      <input type="hidden" name="clauseId" value={clause.id} />
      <fieldset className={`field${errors.position || errors.fallback ? " field--error" : ""}`} id={id("position")}>
        <legend className="field__label">{OUTCOME_LABELS.position}</legend>
        {errors.position || errors.fallback ? (
          <p className="field-error">{errors.position ?? errors.fallback}</p>
        ) : null}
        <div className="options">
          {choices.map((c) => (
            <div className="option" key={c.value}>
              <input
                type="radio"
                id={id(c.value)}
                name="position"
                value={c.value}
                defaultChecked={current === c.value}
              />
              <label htmlFor={id(c.value)}>{c.label}</label>
              {"text" in c ? <p className="option__hint">{c.text}</p> : null}
            </div>
          ))}
        </div>
      </fieldset>
      <FormField
        id={id("wording")}
        label={`${OUTCOME_LABELS.wording} (for other wording)`}
        hint={`Exactly as it stands in the signed agreement; up to ${OUTCOME_LIMITS.wording.toLocaleString("en")} characters.`}
        error={errors.wording}
      >
        <textarea
          {...inputProps(id("wording"), "wording", { hint: true, error: errors.wording })}
          rows={4}
          defaultValue={values.wording ?? (clause.outcome?.position === "other" ? clause.outcome.wording : "")}
        />
      </FormField>
      <div className="outcome-form__risk">
        <FormField
          id={id("approver")}
          label={`${OUTCOME_LABELS.approver} (for a risk accepted)`}
          error={errors.approver}
        >
          <input
            {...inputProps(id("approver"), "approver", { error: errors.approver })}
            defaultValue={values.approver ?? clause.outcome?.approver ?? ""}
          />
        </FormField>
        <FormField id={id("reason")} label={`${OUTCOME_LABELS.reason} (for a risk accepted)`} error={errors.reason}>
          <textarea
            {...inputProps(id("reason"), "reason", { error: errors.reason })}
            rows={2}
            defaultValue={values.reason ?? clause.outcome?.reason ?? ""}
          />
        </FormField>
        <FormField
          id={id("expiresOn")}
          label={`${OUTCOME_LABELS.expiresOn} (for a risk accepted)`}
          hint="YYYY-MM-DD: the day the acceptance ends and the risk must be decided again."
          error={errors.expiresOn}
        >
          <input
            {...inputProps(id("expiresOn"), "expiresOn", { hint: true, error: errors.expiresOn })}
            type="date"
            defaultValue={values.expiresOn ?? clause.outcome?.expiresOn ?? ""}
          />
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {clause.outcome ? "Correct what was agreed" : "Record what was agreed"}
        </button>
      </div>
    </Form>
  );
}

export function ClauseOutcomes({
  clauses,
  refused,
  recorded,
  carriedBefore,
}: {
  clauses: Clause[];
  /** A re-review's start: positions recorded before it were agreed in the review it renews. */
  carriedBefore: string | null;
  refused: OutcomeRefusal | null;
  recorded: string | null;
}) {
  const done = clauses.filter((c) => c.outcome).length;
  return (
    <section aria-labelledby="clauses-agreed-title">
      <h2 id="clauses-agreed-title">Clause by clause</h2>
      <p className="muted">
        {done} of {clauses.length} clauses recorded. Open a clause to record the position reached: its primary language,
        a fallback, other wording, conceded, or a risk accepted.
      </p>
      <div className="table-wrap">
        <table className="data outcomes-table">
          <thead>
            <tr>
              <th scope="col">Clause</th>
              <th scope="col">What was agreed</th>
            </tr>
          </thead>
          <tbody>
            {clauses.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={`#clause-${c.id}`}>
                    {c.number}. {c.title}
                  </a>
                </td>
                <td>{c.outcome ? positionWords(c.outcome) : <span className="unknown">Not recorded yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {clauses.map((c) => {
        const mine = refused?.clauseId === c.id ? refused : null;
        return (
          <section
            key={c.id}
            id={`clause-${c.id}`}
            className="card outcome-card"
            aria-labelledby={`clause-${c.id}-title`}
          >
            <h3 id={`clause-${c.id}-title`}>
              {c.number}. {c.title}
            </h3>
            {recorded === c.id ? (
              <p className="banner banner--ok" role="status">
                Recorded. The change is in the review’s history.
              </p>
            ) : null}
            {c.outcome ? (
              <>
                {carriedBefore && c.outcome.recordedAt < carriedBefore ? (
                  <p className="muted">Agreed in the review this one renews: keep it, or correct it if renegotiated.</p>
                ) : null}
                <OutcomeSummary outcome={c.outcome} />
              </>
            ) : (
              <p className="unknown">Nothing recorded yet.</p>
            )}
            <details open={mine !== null}>
              <summary>{c.outcome ? "Correct what was agreed" : "Record what was agreed"}</summary>
              <details className="outcome-card__language">
                <summary>The primary language</summary>
                {c.language.map((l) => (
                  <p key={l.number}>
                    {l.number} {l.text}
                  </p>
                ))}
              </details>
              <OutcomeForm clause={c} refused={mine} />
            </details>
          </section>
        );
      })}
    </section>
  );
}

export function AgreementSection({
  agreement,
  refused,
  recorded,
}: {
  agreement: Extract<AgreedPage, { complete: true }>["agreement"];
  refused: AgreementRefusal | null;
  recorded: boolean;
}) {
  const errors = refused?.errors ?? {};
  const values = refused?.values ?? {};
  const id = (field: string) => `agreement-${field}`;
  const summary = (Object.keys(errors) as (keyof typeof errors)[]).map((f) => ({
    target: f === "form" ? undefined : id(f),
    message: errors[f]!,
  }));
  return (
    <section aria-labelledby="signed-agreement-title" className="card">
      <h2 id="signed-agreement-title">The signed agreement</h2>
      {recorded ? (
        <p className="banner banner--ok" role="status">
          Recorded. The change is in the review’s history.
        </p>
      ) : null}
      {agreement ? (
        <p>
          <strong>{agreement.title}</strong>, signed {agreement.signedOn}, for {agreement.termMonths} month
          {agreement.termMonths === 1 ? "" : "s"} (to {agreement.endsOn}).{" "}
          <Recorded by={agreement.recordedBy} at={agreement.recordedAt} />
        </p>
      ) : (
        <p className="unknown">Not recorded yet: record it once the agreement is signed.</p>
      )}
      <details open={refused !== null || !agreement}>
        <summary>{agreement ? "Correct the agreement" : "Record the agreement"}</summary>
        <Form method="post" className="account-form" noValidate aria-label="The signed agreement">
          <ErrorSummary items={summary} autoFocus />
          <input type="hidden" name="intent" value="agreement" />
          <FormField
            id={id("title")}
            label={AGREEMENT_LABELS.title}
            hint={`As it reads on the document, e.g. “Master Services Agreement and AI Data Addendum”; up to ${AGREEMENT_LIMITS.title} characters.`}
            error={errors.title}
          >
            <input
              {...inputProps(id("title"), "title", { hint: true, error: errors.title })}
              defaultValue={values.title ?? agreement?.title ?? ""}
            />
          </FormField>
          <FormField
            id={id("signedOn")}
            label={AGREEMENT_LABELS.signedOn}
            hint="YYYY-MM-DD: the day the last party signed."
            error={errors.signedOn}
          >
            <input
              {...inputProps(id("signedOn"), "signedOn", { hint: true, error: errors.signedOn })}
              type="date"
              defaultValue={values.signedOn ?? agreement?.signedOn ?? ""}
            />
          </FormField>
          <FormField
            id={id("termMonths")}
            label={AGREEMENT_LABELS.termMonths}
            hint="A whole number, e.g. 12 for one year."
            error={errors.termMonths}
          >
            <input
              {...inputProps(id("termMonths"), "termMonths", { hint: true, error: errors.termMonths })}
              inputMode="numeric"
              defaultValue={values.termMonths ?? (agreement ? String(agreement.termMonths) : "")}
            />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button">
              {agreement ? "Correct the agreement" : "Record the agreement"}
            </button>
          </div>
        </Form>
      </details>
    </section>
  );
}
