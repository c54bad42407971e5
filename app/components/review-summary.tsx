// The parts of the review step (/reviews/:reviewId/review): the exposure, the pack's actions, the
// answers by step, and what to do while the questionnaire is unfinished.
import type { ReactNode } from "react";
import { exposureDetail, SEVERITY_LABELS } from "../pack/format.ts";
import type { Exposure, SplitCounts } from "../rules/evaluate.ts";
import { SEVERITIES, type Severity } from "../rules/findings.ts";
import type { ReviewPage } from "../use-cases/reviews/review-page.server.ts";
import type { StepId } from "../questionnaire/questions.ts";
import {
  addendumDocxPath,
  exportPath,
  importPath,
  packDocxPath,
  packPath,
  questionsPath,
  stepPath,
} from "../wizard/paths.ts";

/** A question asked since these answers were written: what applies until it is answered. */
function addedLaterWords(defaultAnswer: string | null): string {
  return defaultAnswer
    ? `Not answered yet (a question added since these answers were written): “${defaultAnswer}” applies until you answer it`
    : "Not answered yet (a question added since these answers were written): the pack goes without it until you answer it";
}

/** Every answer in words, step by step, with a link to edit (or view) each step. */
export function AnswersByStep({
  reviewId,
  steps,
  canEdit,
}: {
  reviewId: string;
  steps: ReviewPage["steps"];
  canEdit: boolean;
}) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers</h2>
      {steps.map((step) => (
        <section key={step.id} className="answers-step" aria-labelledby={`answers-${step.id}`}>
          <div className="answers-step__heading">
            <h3 id={`answers-${step.id}`}>
              {step.title}{" "}
              {step.complete ? null : step.answers.some((a) => a.missing) ? (
                <span className="badge badge--medium">incomplete</span>
              ) : (
                <span className="badge badge--new">new questions</span>
              )}
            </h3>
            <a href={stepPath(reviewId, step.id)}>
              {canEdit ? "Edit" : "View"}
              <span className="visually-hidden"> {step.title}</span>
            </a>
          </div>
          <dl className="answers-list">
            {step.answers.map((a) => (
              <div key={a.id} data-answer={a.id}>
                <dt>{a.label}</dt>
                <dd className={a.missing || a.addedLater ? "unknown" : undefined}>
                  {a.missing
                    ? "Not answered yet (required)"
                    : a.addedLater
                      ? addedLaterWords(a.defaultAnswer)
                      : a.answer}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}

/** Before every required question is answered: where to continue, and the answers file. */
export function UnfinishedReview({
  reviewId,
  firstIncomplete,
  canEdit,
}: {
  reviewId: string;
  firstIncomplete: StepId;
  canEdit: boolean;
}) {
  return (
    <div className="banner banner--info">
      <h2>Some required questions are still unanswered</h2>
      <p>
        The findings and the documents are worked out from a complete set of answers, so they appear here once every
        step is done. <a href={stepPath(reviewId, firstIncomplete)}>Continue with the first unanswered step</a>.
      </p>
      <p className="muted">
        <a href={exportPath(reviewId)}>Download the answers file (.json)</a>
        {canEdit ? (
          <>
            {" "}
            · <a href={importPath(reviewId)}>Replace the answers with a file</a>
          </>
        ) : null}
      </p>
    </div>
  );
}

export function ExposureSummary({
  exposure,
  counts,
  split,
  findings,
}: {
  exposure: Exposure;
  counts: Record<Severity, number>;
  split: SplitCounts;
  findings: number;
}) {
  return (
    <section aria-labelledby="exposure-title" className="exposure">
      <h2 id="exposure-title">
        Exposure: <span className={`badge badge--${exposure}`}>{SEVERITY_LABELS[exposure]}</span> —{" "}
        {exposureDetail(split)}
      </h2>
      <p>
        {findings === 0
          ? "No findings."
          : `${findings} finding${findings === 1 ? "" : "s"}: ${SEVERITIES.map((s) => `${counts[s]} ${SEVERITY_LABELS[s].toLowerCase()}`).join(" · ")}.`}{" "}
        The exposure is the highest severity among the findings. Confirmed findings rest on the vendor’s recorded terms
        or on your own situation; the others are what the catalog does not know, to confirm with the vendor in writing.
      </p>
    </section>
  );
}

/** `children`: the re-review's action, for a complete review. */
export function PackActions({ reviewId, children }: { reviewId: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="review-pack-title" className="card review-pack">
      <h2 id="review-pack-title">The documents</h2>
      <p>
        The contract language to negotiate into the agreement, the fallbacks, the questions for the vendor and the
        renewal checklist, each traced to the answers and terms that brought it in: one set of clauses, in three
        documents.
      </p>
      <p className="actions">
        <a className="button" href={packPath(reviewId)}>
          Preview the negotiation memo
        </a>
        <a className="button button--secondary" href={packDocxPath(reviewId)}>
          Download the negotiation memo (.docx)
        </a>
        <a className="button button--secondary" href={addendumDocxPath(reviewId)}>
          Download the addendum for the vendor (.docx)
        </a>
        <a className="button button--secondary" href={questionsPath(reviewId, "xlsx")}>
          Download the vendor questionnaire (.xlsx)
        </a>
      </p>
      <p className="muted">
        The negotiation memo is for the buyer’s side only: it holds your fallbacks and walk-away points, so keep it
        inside. The addendum holds only the contract language, and the vendor questionnaire the questions to answer in
        writing (also <a href={questionsPath(reviewId, "docx")}>as a Word document</a>): both are for the vendor.
      </p>
      <p className="muted">
        <a href={exportPath(reviewId)}>Download the answers file (.json)</a>
      </p>
      {children ? (
        <div className="review-pack__renewal">
          <h3>At renewal</h3>
          <p>A re-review starts from these answers and shows what changed in the vendor’s terms since.</p>
          {children}
        </div>
      ) : null}
    </section>
  );
}

/** Product line first: sensitive data would go into a consumer product, so the first step is to move the use. */
export function ProductLineFirst({ advice }: { advice: readonly string[] }) {
  return (
    <section aria-labelledby="product-line-first-title" className="banner banner--error product-line-first">
      <h2 id="product-line-first-title">First: this data does not belong in a consumer product</h2>
      {advice.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <p className="muted">
        The findings below still apply, but no clause can reach a consumer product: each person accepted its terms
        alone.
      </p>
    </section>
  );
}
