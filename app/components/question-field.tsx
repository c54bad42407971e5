/**
 * One question of a step, as a labelled form field: its label, why it matters, its error, and the input
 * its kind calls for. Radio and checkbox groups are fieldsets with a legend; the help text and the error
 * are tied to the field with aria-describedby. Works the same with and without JavaScript: the initial
 * value is rendered into the HTML, and react-hook-form's `register` only adds its handlers.
 */
import type { UseFormRegisterReturn } from "react-hook-form";

import { OTHER_VENDOR_ID, type Question } from "../questionnaire/questions.ts";
import { errorId, fieldId, helpId, optionId, optionsOf, requirementWords } from "../wizard/step-view.ts";

/** Text longer than a name (a use case of a sentence or two) gets a box of a few lines. */
const LONG_TEXT = 200;

export interface QuestionFieldProps {
  question: Question;
  /** The value to show first: the saved or posted answer, or the default. */
  value: string | string[] | undefined;
  error: string | undefined;
  register: (name: string) => UseFormRegisterReturn;
  vendors: readonly { id: string; name: string }[];
  /** The question has just appeared because of an answer on this page. */
  isNew?: boolean;
  /** Why the question matters (question-help.ts), sent with the page. */
  help: string;
  /** The options' hints sent with the page (question-help.ts), by value. */
  hints?: Record<string, string>;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}

function Label({ question, isNew }: { question: Question; isNew?: boolean }) {
  const requirement = requirementWords(question);
  return (
    <>
      {question.label}
      {requirement ? <span className="question__requirement"> ({requirement})</span> : null}
      {isNew ? <span className="badge badge--new">New</span> : null}
    </>
  );
}

function HelpAndError({ question, help, error }: { question: Question; help: string; error: string | undefined }) {
  return (
    <>
      <p className="question__help" id={helpId(question.id)}>
        {help}
      </p>
      {error ? (
        <p className="field-error" id={errorId(question.id)}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function QuestionField({ question, value, error, register, vendors, isNew, help, hints }: QuestionFieldProps) {
  const options = optionsOf(question).map((o) => ({ ...o, hint: o.hint ?? hints?.[o.value] }));
  const className = `question${error ? " question--error" : ""}`;
  const describe = describedBy(helpId(question.id), error && errorId(question.id));

  if (options.length > 0) {
    const type = question.kind === "multi" ? "checkbox" : "radio";
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <fieldset className={className} aria-describedby={describe} data-question={question.id}>
        <legend className="question__label">
          <Label question={question} isNew={isNew} />
        </legend>
        <HelpAndError question={question} help={help} error={error} />
        <div className={`options options--${type}`}>
          {options.map((option) => {
            const id = optionId(question.id, option.value);
            return (
              <div className="option" key={option.value}>
                <input
                  type={type}
                  id={id}
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  {...register(question.id)}
                />
                <label htmlFor={id}>{option.label}</label>
                {option.hint ? (
                  <p className="option__hint" id={`${id}-hint`}>
                    {option.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  const text = typeof value === "string" ? value : "";
  const common = {
    id: fieldId(question.id),
    "aria-describedby": describe,
    "aria-invalid": error ? true : undefined,
    ...register(question.id),
  };
  return (
    <div className={className} data-question={question.id}>
      <label className="question__label" htmlFor={fieldId(question.id)}>
        <Label question={question} isNew={isNew} />
      </label>
      <HelpAndError question={question} help={help} error={error} />
      {question.kind === "vendor" ? (
        <select className="input" defaultValue={text} {...common}>
          <option value="">Choose the vendor</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
          <option value={OTHER_VENDOR_ID}>Another vendor (not in the catalog)</option>
        </select>
      ) : question.kind === "integer" ? (
        <input
          className="input input--number"
          type="number"
          inputMode="numeric"
          step={1}
          min={question.min}
          max={question.max}
          defaultValue={text}
          {...common}
        />
      ) : question.kind === "date" ? (
        <input className="input input--date" type="date" defaultValue={text} {...common} />
      ) : question.kind === "text" && question.max > LONG_TEXT ? (
        <textarea className="input" rows={3} maxLength={question.max} defaultValue={text} {...common} />
      ) : (
        <input
          className="input"
          type={question.kind === "email" ? "email" : "text"}
          maxLength={question.kind === "text" || question.kind === "email" ? question.max : undefined}
          autoComplete={question.id === "buyerName" ? "organization" : "off"}
          spellCheck={question.kind === "email" ? false : undefined}
          defaultValue={text}
          {...common}
        />
      )}
    </div>
  );
}

/**
 * One question with its saved answer in words (null: not answered), for a reader who may not change it:
 * the label, why it matters, and the answer as text, with no input that looks as if it could be typed
 * into. Inside a <dl>.
 */
export function QuestionAnswer({ question, words, help }: { question: Question; words: string | null; help: string }) {
  return (
    <div className="question question--read-only" data-question={question.id} data-answer={question.id}>
      <dt className="question__label">{question.label}</dt>
      <dd className="question__help">{help}</dd>
      <dd className={`question__answer${words === null ? " unknown" : ""}`}>{words ?? "Not answered"}</dd>
    </div>
  );
}
