// The review step's data: every answer in words, step by step; the findings and the exposure.
import { listReviewEvents } from "../../models/audit.server.ts";
import { productLineAdviceText } from "../../pack/format.ts";
import { listPacks } from "../../models/pack.server.ts";
import { findReReview } from "../../models/renewal.server.ts";
import { catalogChangesForReReview } from "../renewals/catalog-changes.server.ts";
import { evaluateAnswers, vendorNameFor } from "./evaluate.server.ts";
import { answerOf, type AnswerValue } from "../../questionnaire/answers.ts";
import { describeAnswer } from "../../questionnaire/describe.ts";
import { firstIncompleteStep, isStepComplete, relevantQuestions, stepSequence } from "../../questionnaire/flow.ts";
import { isRequired, STEPS } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { requireReview } from "./load-review.server.ts";
import { stepperSteps } from "../../wizard/step-view.ts";

export function reviewPage(db: Db, reviewId: string | undefined) {
  const review = requireReview(db, reviewId);
  const { answers } = review;
  const sequence = stepSequence(answers);
  const firstIncomplete = firstIncompleteStep(answers);
  // The rules judge a complete set of answers (a clause cannot be written without, say, the product
  // line), so the findings wait until every required question is answered.
  const evaluation = firstIncomplete === "review" ? evaluateAnswers(db, answers).evaluation : null;
  const vendorName = vendorNameFor(db, answers);
  return {
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
    stepper: stepperSteps(answers),
    steps: sequence
      .filter((s) => s !== "review")
      .map((s) => ({
        id: s,
        title: STEPS[s].title,
        complete: isStepComplete(s, answers),
        answers: relevantQuestions(s, answers).map((q) => {
          const value = answerOf(answers, q.id);
          return {
            id: q.id,
            label: q.label,
            answer: describeAnswer(q.id, value as AnswerValue | undefined, vendorName),
            missing: value === undefined && isRequired(q, answers),
          };
        }),
      })),
    complete: firstIncomplete === "review",
    packs: listPacks(db, review.id),
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
