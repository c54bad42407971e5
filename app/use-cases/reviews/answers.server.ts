// Storing a review's answers: validated once, their listing columns (exposure included) computed before
// the write, then written by the model in one short transaction with its version check.
import type { Actor } from "../../audit/events.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import {
  createReview,
  replaceAnswers,
  saveReviewAnswers,
  type ReplaceResult,
  type Review,
  type ReviewListing,
  type SaveResult,
} from "../../models/review.server.ts";
import { validateAnswers, type Answers } from "../../questionnaire/answers.ts";
import { isQuestionnaireComplete } from "../../questionnaire/flow.ts";
import { listedReviewDue } from "../../renewal/due-date.ts";
import type { QuestionStepId } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { exposureOfAnswers, vendorNameFor } from "./evaluate.server.ts";

/**
 * The columns the reviews list shows and filters on, from valid answers; a saved review's (`reviewId`)
 * exposure counts what its vendor's written answers settle.
 */
export function reviewListing(db: Db, answers: Answers, reviewId?: string): ReviewListing {
  const complete = isQuestionnaireComplete(answers);
  return {
    status: complete ? "complete" : "draft",
    buyerName: answers.buyerName ?? null,
    vendorId: answers.vendorId ?? null,
    vendorName: answers.vendorId ? vendorNameFor(db, answers) : null,
    productLine: answers.productLine ?? null,
    stage: answers.stage ?? null,
    renewalDate: answers.renewalDate ?? null,
    renewalOwner: answers.renewalOwner ?? null,
    reviewDue: listedReviewDue(answers),
    // The findings of a half-answered questionnaire would understate the exposure, so none is shown until then.
    exposure: complete ? exposureOfAnswers(db, answers, { reviewId }) : null,
  };
}

/**
 * Answers that did not come through a form or a file check (a caller's own object) are validated here:
 * an invalid set is a bug, and it is refused rather than stored.
 */
export function storableAnswers(db: Db, answers: Answers): Answers {
  const result = validateAnswers(answers, { vendorIds: listVendorIds(db), allowIncomplete: true });
  if (!result.ok) {
    throw new Error(
      `Refusing to store invalid answers: ${result.problems.map((p) => `${p.field}: ${p.message}`).join(" ")}`,
    );
  }
  return result.answers;
}

/** Starts a review, blank or from the answers of a file, recorded in the audit trail as `by`'s. */
export function startReview(
  db: Db,
  answers: Answers,
  options: { by?: Actor | null; source?: "blank" | "answersFile" } = {},
): Review {
  const stored = storableAnswers(db, answers);
  return createReview(db, stored, reviewListing(db, stored), options);
}

/** Writes answers already validated (by the step's form), under the version check. */
export function writeStepAnswers(
  db: Db,
  reviewId: string,
  input: { expectedVersion: number; answers: Answers; step: QuestionStepId; by?: Actor | null },
): SaveResult {
  return saveReviewAnswers(db, reviewId, { ...input, listing: reviewListing(db, input.answers, reviewId) });
}

/** Saves answers from elsewhere than a form (validated here), under the version check. */
export function saveAnswers(
  db: Db,
  reviewId: string,
  input: { expectedVersion: number; answers: Answers; step: QuestionStepId; by?: Actor | null },
): SaveResult {
  return writeStepAnswers(db, reviewId, { ...input, answers: storableAnswers(db, input.answers) });
}

/** Replaces a draft's answers with a file's (validated by the upload), under the version check. */
export function replaceReviewAnswers(
  db: Db,
  reviewId: string,
  input: { expectedVersion: number; answers: Answers; by?: Actor | null },
): ReplaceResult {
  const answers = storableAnswers(db, input.answers);
  return replaceAnswers(db, reviewId, { ...input, answers, listing: reviewListing(db, answers, reviewId) });
}
