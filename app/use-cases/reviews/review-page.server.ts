// The review step's data: every answer in words, step by step; the findings and the exposure.
import { listReviewEvents } from "../../models/audit.server.ts";
import { productLineAdviceText } from "../../pack/format.ts";
import { listPacks } from "../../models/pack.server.ts";
import { findReReview } from "../../models/renewal.server.ts";
import { vendorAnswersSummary } from "../negotiation/vendor-answers.server.ts";
import { catalogChangesForReReview } from "../renewals/catalog-changes.server.ts";
import { evaluateAnswers, vendorNameFor } from "./evaluate.server.ts";
import { answerOf, type AnswerValue } from "../../questionnaire/answers.ts";
import { describeAnswer } from "../../questionnaire/describe.ts";
import {
  firstIncompleteStep,
  isQuestionnaireComplete,
  isStepComplete,
  relevantQuestions,
  stepSequence,
} from "../../questionnaire/flow.ts";
import { defaultAnswer, isRequired, isRequiredInFile, STEPS } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { getAgreement, listOutcomes } from "../../models/negotiation.server.ts";
import type { Review } from "../../models/review.server.ts";
import { reconfirmationOf } from "../negotiation/reconfirmation.server.ts";
import { requireReview } from "./load-review.server.ts";
import { stepperSteps } from "../../wizard/step-view.ts";

/** The review step's page; `query` names a notice to show after a redirect (`?imported`). */
export function reviewPage(db: Db, reviewId: string | undefined, query = new URLSearchParams()) {
  const review = requireReview(db, reviewId);
  const { answers } = review;
  const sequence = stepSequence(answers);
  const unconfirmed = review.unconfirmedSteps;
  const firstIncomplete = firstIncompleteStep(answers, unconfirmed);
  // The rules judge a complete set of answers (a clause cannot be written without, say, the product
  // line), so the findings wait until every required question is answered. The questions added in a
  // later edition may still be open (an older answers file): their defaults apply meanwhile.
  const complete = isQuestionnaireComplete(answers, unconfirmed);
  const evaluation = complete ? evaluateAnswers(db, answers, { reviewId: review.id }).evaluation : null;
  const vendorName = vendorNameFor(db, answers);
  const steps = sequence
    .filter((s) => s !== "review")
    .map((s) => ({
      id: s,
      title: STEPS[s].title,
      complete: isStepComplete(s, answers, unconfirmed),
      answers: relevantQuestions(s, answers).map((q) => {
        const value = answerOf(answers, q.id);
        const unanswered = value === undefined && isRequired(q, answers);
        const fallback = defaultAnswer(q, answers);
        return {
          id: q.id,
          label: q.label,
          answer: describeAnswer(q.id, value as AnswerValue | undefined, vendorName),
          missing: unanswered && isRequiredInFile(q, answers),
          // Asked since the answers were written (a version-1 file): not answered yet, the default applies.
          addedLater: unanswered && !isRequiredInFile(q, answers),
          defaultAnswer: fallback === undefined ? null : describeAnswer(q.id, fallback as AnswerValue, vendorName),
        };
      }),
    }));
  const addedLater = steps.flatMap((s) => s.answers).filter((a) => a.addedLater).length;
  return {
    notice: reviewNotice(query, addedLater),
    review: {
      id: review.id,
      version: review.version,
      status: review.status,
      buyerName: review.buyerName,
      vendorName: review.vendorName,
    },
    // A re-review: the changes in the vendor's terms since the review it renews. Null for any other review.
    catalogChanges: catalogChangesForReReview(db, review),
    // The re-review started from this one, if any (only a complete review can have one).
    reReview: findReReview(db, review.id),
    stepper: stepperSteps(answers, unconfirmed),
    steps,
    complete,
    packs: listPacks(db, review.id),
    negotiation: negotiationSummary(db, review, evaluation?.clauses.length ?? null),
    // How far the vendor has answered the questionnaire in writing (a draft has none yet).
    vendorAnswers: evaluation ? vendorAnswersSummary(db, review, evaluation) : null,
    events: listReviewEvents(db, review.id),
    firstIncomplete,
    vendorName,
    evaluation: evaluation && {
      exposure: evaluation.exposure,
      counts: evaluation.counts,
      split: evaluation.split,
      // Product line first: the advice in sentences, shown before anything else.
      productLineAdvice: evaluation.productLineAdvice
        ? productLineAdviceText(evaluation.productLineAdvice, vendorName)
        : null,
      findings: evaluation.findings,
    },
  };
}

export type ReviewPage = ReturnType<typeof reviewPage>;

/**
 * The record of the negotiation, in counts: the positions recorded of the pack's clauses, the agreement;
 * for a re-review, what the reconfirmation holds (positions agreed last time, how many a change touches).
 * Null for a draft that renews nothing: nothing is negotiated before the review is complete.
 */
function negotiationSummary(db: Db, review: Review, clauses: number | null) {
  const reconfirmation = review.renewsReviewId ? reconfirmationOf(db, review) : null;
  if (review.status !== "complete" && !reconfirmation) return null;
  return {
    complete: review.status === "complete",
    recorded: listOutcomes(db, review.id).length,
    clauses,
    agreement: getAgreement(db, review.id),
    reconfirmation: reconfirmation && {
      positions: reconfirmation.rows.length,
      touched: reconfirmation.rows.filter((r) => r.changed).length,
      newQuestions: reconfirmation.newQuestions.length,
    },
  };
}

/** After an import: that it happened, and how many questions the file predates. */
function reviewNotice(query: URLSearchParams, addedLater: number): string | null {
  if (!query.has("imported")) return null;
  if (addedLater === 0) return "The answers file was imported. Check every answer below, then generate the pack.";
  const questions = addedLater === 1 ? "1 question" : `${addedLater} questions`;
  return (
    `The answers file was imported. It was written before ${questions} were added to the questionnaire: ` +
    "they are marked below with what applies until you answer them. Answer them on their steps, or generate the pack as it is."
  );
}
