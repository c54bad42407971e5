// What the pack pages need from a review: it must exist (404) and its questionnaire must be complete (409).
import { data } from "@remix-run/node";
import type { Review } from "../models/review.server.ts";
import { firstIncompleteStep, isQuestionnaireComplete } from "../questionnaire/flow.ts";
import { STEPS } from "../questionnaire/questions.ts";
import type { Db } from "../utils/db.server.ts";
import { requireReview } from "../wizard/load-review.server.ts";

/** The review, complete, or a thrown 404 / 409 response with a plain message. */
export function requireCompleteReview(db: Db, reviewId: string | undefined): Review {
  const review = requireReview(db, reviewId);
  if (!isQuestionnaireComplete(review.answers)) {
    const step = firstIncompleteStep(review.answers);
    throw data(
      `The questionnaire is not finished yet, so there is no clause pack to make. Continue with the step “${STEPS[step].title}”.`,
      { status: 409 },
    );
  }
  return review;
}
