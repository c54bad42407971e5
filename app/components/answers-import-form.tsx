/**
 * The form that reads an answers file: an upload, or the file's text pasted in. Its problems are listed
 * by field at the top; the pasted text is kept, and the page says that a chosen file must be chosen again
 * (browsers never refill a file input).
 */
import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";

import type { Problem } from "../questionnaire/answers.ts";
import { PASTE_FIELD, UPLOAD_FIELD } from "../wizard/answers-upload.ts";

import { ERROR_SUMMARY_ID, ErrorSummary } from "./error-summary.tsx";

export interface ImportFormProps {
  /** The submit button's words. */
  submitLabel: string;
  problems: readonly Problem[] | undefined;
  pasted: string | undefined;
  /** Hidden fields the action needs besides the file (intent, version). */
  hidden: Record<string, string | number>;
}

export function AnswersImportForm({ submitLabel, problems, pasted, hidden }: ImportFormProps) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const invalid = problems !== undefined && problems.length > 0;
  // With JavaScript the refused post comes back without a page load: move to the problems, as a load would.
  useEffect(() => {
    if (problems && problems.length > 0) document.getElementById(ERROR_SUMMARY_ID)?.focus();
  }, [problems]);
  return (
    <>
      {invalid ? (
        <ErrorSummary
          title="The answers file has problems"
          intro="Nothing was saved. Correct the file, then choose it again below (or paste it again). Each problem names the question id in the file:"
          items={problems.map((p) => ({ field: p.field, message: p.message }))}
          autoFocus={!hydrated}
        />
      ) : null}
      <Form method="post" encType="multipart/form-data" className="import-form" noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="question">
          <label className="question__label" htmlFor="answers-file">
            Answers file (.json)
          </label>
          <p className="question__help" id="answers-file-help">
            A file downloaded from a review, or written by hand in the format of the answers file, version 1. A file may
            leave questions unanswered: the review then continues at the first unanswered step.
          </p>
          <input
            id="answers-file"
            className="input input--file"
            type="file"
            name={UPLOAD_FIELD}
            accept="application/json,.json"
            aria-describedby="answers-file-help"
            aria-invalid={invalid || undefined}
          />
        </div>
        <div className="question">
          <label className="question__label" htmlFor="answers-text">
            Or paste the file’s contents <span className="question__requirement">(instead of choosing a file)</span>
          </label>
          <textarea
            id="answers-text"
            className="input input--code"
            name={PASTE_FIELD}
            rows={8}
            spellCheck={false}
            defaultValue={pasted ?? ""}
            placeholder='{ "version": 1, "answers": { "buyerName": "Example Corp", … } }'
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
      </Form>
    </>
  );
}
