/**
 * One labelled field of the account, admin and catalog forms: its label, a hint, its error, all tied to
 * the input with aria-describedby. (The questionnaire has its own, QuestionField, for its kinds of question.)
 */
import type { ReactNode } from "react";

export const fieldErrorId = (id: string) => `${id}-error`;

export function FormField({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** The input itself, with `inputProps(id, …)`: its id, its aria-describedby and aria-invalid. */
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="question__requirement"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={fieldErrorId(id)}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The aria-describedby of a field's input: its hint and its error, where present. */
function describedBy(id: string, options: { hint?: boolean; error?: string }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : null, options.error ? fieldErrorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The props every text input of these forms shares: id, name, the described-by, aria-invalid. */
export function inputProps(id: string, name: string, options: { hint?: boolean; error?: string }) {
  return {
    id,
    name,
    className: "input",
    "aria-describedby": describedBy(id, options),
    "aria-invalid": options.error ? true : undefined,
  } as const;
}
