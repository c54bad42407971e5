// The parts of the house-wording page (/clauses/:clauseId/edit): the file's editor, going back to the
// shipped text, a word diff, and the clause's versions. Plain forms: they work with JavaScript off.
import { Form } from "@remix-run/react";
import type { DiffPart } from "../clauses/text-diff.ts";
import type { HouseWordingActionData, HouseWordingPage } from "../use-cases/clauses/house-wording.server.ts";
import { utcMinute } from "../utils/format-time.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { FormField, inputProps } from "./form-field.tsx";

/** What changed, in words and marks: removed text struck through, added text underlined. */
export function TextDiff({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <pre className="text-diff" aria-label={label}>
      {parts.map((p, i) =>
        p.kind === "added" ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === "removed" ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </pre>
  );
}

type Refused = HouseWordingActionData | null;

function ReasonField({ id, refused, intent }: { id: string; refused: Refused; intent: "record" | "revert" }) {
  const mine = refused?.intent === intent ? refused : null;
  const error = mine?.errors.reason?.[0];
  return (
    <FormField id={id} label="Why" hint="Kept with the version, in its history and the audit trail." error={error}>
      <input
        {...inputProps(id, "reason", { hint: true, error })}
        defaultValue={mine?.values.reason ?? ""}
        required
        maxLength={500}
      />
    </FormField>
  );
}

/** The whole template file in one field, as a lawyer edits it in templates/; checked by the file loader. */
export function HouseWordingForm({ page, refused }: { page: HouseWordingPage; refused: Refused }) {
  const mine = refused?.intent === "record" ? refused : null;
  const textErrors = mine?.errors.text ?? [];
  const items = [
    ...(mine?.errors.form ?? []).map((message) => ({ message })),
    ...textErrors.map((message) => ({ target: "house-text", message })),
    ...(mine?.errors.reason ?? []).map((message) => ({ target: "house-reason", message })),
  ];
  return (
    <Form method="post" className="card" aria-labelledby="house-edit-title">
      <h2 id="house-edit-title">Edit the wording</h2>
      <ErrorSummary items={items} title="Nothing was saved" autoFocus={items.length > 0} />
      <input type="hidden" name="intent" value="record" />
      <input type="hidden" name="basedOn" value={page.basedOn} />
      <FormField
        id="house-text"
        label="The clause’s template file"
        hint="The header (between the lines of ---) and the sections: ## Language (one per variant), ## Fallbacks, ## Negotiation note, ## Questions for the vendor, ## Reconfirm at renewal. The format is that of templates/README.md; the id stays the file’s."
        error={
          textErrors.length > 0
            ? `${textErrors.length} problem${textErrors.length === 1 ? "" : "s"}: see the list above.`
            : undefined
        }
      >
        <textarea
          {...inputProps("house-text", "text", { hint: true, error: textErrors[0] })}
          className="input input--code"
          rows={30}
          spellCheck
          defaultValue={mine?.values.text ?? page.text}
        />
      </FormField>
      <ReasonField id="house-reason" refused={refused} intent="record" />
      <button type="submit" className="button">
        Record this version
      </button>
    </Form>
  );
}

export function BackToShippedForm({ page, refused }: { page: HouseWordingPage; refused: Refused }) {
  const mine = refused?.intent === "revert" ? refused : null;
  return (
    <Form method="post" className="card" aria-labelledby="house-revert-title">
      <h2 id="house-revert-title">Back to the shipped text</h2>
      {mine?.errors.form ? (
        <p className="field-error" role="alert">
          {mine.errors.form.join(" ")}
        </p>
      ) : null}
      <p>The next packs use the clause as shipped; the house versions stay in the history.</p>
      <input type="hidden" name="intent" value="revert" />
      <input type="hidden" name="basedOn" value={page.basedOn} />
      <ReasonField id="revert-reason" refused={refused} intent="revert" />
      <button type="submit" className="button button--secondary">
        Back to the shipped text
      </button>
    </Form>
  );
}

export function HouseHistory({ history }: { history: HouseWordingPage["history"] }) {
  return (
    <section className="card" aria-labelledby="house-history-title">
      <h2 id="house-history-title">Versions</h2>
      {history.length === 0 ? (
        <p className="muted">No house version yet: the clause reads as shipped.</p>
      ) : (
        history.map((v) => (
          <article key={v.version} id={`version-${v.version}`} className="house-version">
            <h3>
              Version {v.version}
              {v.backToShipped ? " — back to the shipped text" : ""}
            </h3>
            <p>
              By {v.createdBy}, <time dateTime={v.createdAt}>{utcMinute(v.createdAt)}</time>. Why: {v.reason}
            </p>
            <details>
              <summary>Against the version before</summary>
              {v.againstBefore ? (
                <TextDiff parts={v.againstBefore} label={`Version ${v.version} against the version before`} />
              ) : (
                <p className="muted">No change.</p>
              )}
            </details>
            <details>
              <summary>Against the shipped text</summary>
              {v.againstShipped ? (
                <TextDiff parts={v.againstShipped} label={`Version ${v.version} against the shipped text`} />
              ) : (
                <p className="muted">The same as the shipped text.</p>
              )}
            </details>
          </article>
        ))
      )}
    </section>
  );
}
