// Looking up what an address names; anything it does not name is a 404, never a crash.
import type { Review } from "../../models/review.server.ts";
import { getReview } from "../../models/review.server.ts";
import { firstIncompleteStep, isQuestionnaireComplete } from "../../questionnaire/flow.ts";
import { STEP_IDS, STEPS, type QuestionStepId } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { refuse } from "../../http/refuse.ts";

/** The review the address names, or a thrown 404. */
export function requireReview(db: Db, reviewId: string | undefined): Review {
  const review = reviewId ? getReview(db, reviewId) : null;
  if (!review) {
    throw refuse(404, "There is no review at this address. Check the link, or find the review in the Reviews list.");
  }
  return review;
}

/** A step that asks questions, or a thrown 404 (the review step has its own page). */
export function requireQuestionStep(stepId: string | undefined): QuestionStepId {
  const step = STEP_IDS.find((s) => s === stepId);
  if (!step || step === "review") throw refuse(404, "There is no such step in the questionnaire.");
  return step;
}

/** What the pack pages need: the review, complete, or a thrown 404 / 409 with a plain message. */
export function requireCompleteReview(db: Db, reviewId: string | undefined): Review {
  const review = requireReview(db, reviewId);
  if (!isQuestionnaireComplete(review.answers, review.unconfirmedSteps)) {
    const step = firstIncompleteStep(review.answers, review.unconfirmedSteps);
    throw refuse(
      409,
      `The questionnaire is not finished yet, so there is no clause pack to make. Continue with the step “${STEPS[step].title}”.`,
    );
  }
  return review;
}
