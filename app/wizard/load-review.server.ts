// Looking up what a wizard address names; anything it does not name is a 404, never a crash.
import { data } from "@remix-run/node";
import { getReview, type Review } from "../models/review.server.ts";
import { STEP_IDS, type QuestionStepId } from "../questionnaire/questions.ts";
import type { Db } from "../utils/db.server.ts";

/** The review the address names, or a thrown 404. */
export function requireReview(db: Db, reviewId: string | undefined): Review {
  const review = reviewId ? getReview(db, reviewId) : null;
  if (!review) {
    throw data("There is no review at this address. Check the link, or find the review in the Reviews list.", {
      status: 404,
    });
  }
  return review;
}

/** A step that asks questions, or a thrown 404 (the review step has its own page). */
export function requireQuestionStep(stepId: string | undefined): QuestionStepId {
  const step = STEP_IDS.find((s) => s === stepId);
  if (!step || step === "review") throw data("There is no such step in the questionnaire.", { status: 404 });
  return step;
}
