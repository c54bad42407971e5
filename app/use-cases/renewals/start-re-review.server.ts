// Starting the re-review of a review at renewal: a new review from the answers of the one it renews.
import type { Actor } from "../../audit/events.ts";
import { recordEvent } from "../../models/audit.server.ts";
import { carryOutcomes } from "../../models/negotiation.server.ts";
import { carryVendorAnswers } from "../../models/vendor-answers.server.ts";
import { reReviewIdOf } from "../../models/renewal.server.ts";
import { getReview, insertReview, ReviewNotFoundError, type Review } from "../../models/review.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { stepSequence } from "../../questionnaire/flow.ts";
import { writeTransaction, type Db } from "../../utils/db.server.ts";
import type { Outcome } from "../../http/outcome.ts";
import { stepPath } from "../../wizard/paths.ts";
import { requireReview } from "../reviews/load-review.server.ts";
import { reviewListing } from "../reviews/answers.server.ts";

export type StartReReviewResult =
  | { kind: "started"; review: Review }
  /** A review is re-reviewed once: a second start leads to the first re-review instead. */
  | { kind: "alreadyStarted"; reviewId: string }
  /** A draft has no settled answers to start from, and nothing to reconfirm. */
  | { kind: "draft" };

/**
 * The answers of the re-review: those of the review it renews, at stage "renewal", without the renewal
 * date (the agreement's next renewal is asked, never the one just reached); and their listing, a draft.
 */
function copyOf(db: Db, renewed: Review) {
  const { renewalDate: _reached, ...carried } = renewed.answers;
  const answers: Answers = { ...carried, stage: "renewal" };
  const listing = { ...reviewListing(db, answers), status: "draft" as const, exposure: null };
  return { version: renewed.version, answers, listing };
}

/**
 * Starts the re-review of a complete review, in one transaction: a new review with the same answers at
 * stage "renewal", pointing at the review it renews, with an audit event on each of the two reviews.
 * Throws ReviewNotFoundError for an unknown id.
 */
export function startReReview(db: Db, reviewId: string, by: Actor | null): StartReReviewResult {
  const renewed = getReview(db, reviewId);
  if (!renewed) throw new ReviewNotFoundError(reviewId);
  // The listing of the copy (its exposure runs the rules) is computed before the write transaction.
  const copy = copyOf(db, renewed);
  return writeTransaction(db, (tx) => {
    const current = getReview(tx, reviewId)!;
    // Checked inside the write transaction (BEGIN IMMEDIATE), so two clicks cannot both start one.
    const existing = reReviewIdOf(tx, reviewId);
    if (existing) return { kind: "alreadyStarted", reviewId: existing };
    if (current.status !== "complete") return { kind: "draft" };
    // Saved again meanwhile (rare): the copy is of the answers as they are now.
    const { answers, listing } = current.version === copy.version ? copy : copyOf(tx, current);
    // Every step is open until someone saves it: the answers are the last review's, not yet reconfirmed.
    const unconfirmedSteps = stepSequence(answers).filter((s) => s !== "review");
    const review = insertReview(tx, answers, listing, { by, renewsReviewId: renewed.id, unconfirmedSteps });
    // It starts from what was agreed last time, too: each position, to keep or correct.
    const positions = carryOutcomes(tx, renewed.id, review.id);
    recordEvent(
      tx,
      by,
      "review.re_review_started",
      { renewsReviewId: renewed.id, renewsReviewOn: renewed.updatedAt.slice(0, 10), positions },
      { reviewId: review.id },
    );
    recordEvent(tx, by, "review.re_review_begun", { reReviewId: review.id }, { reviewId: renewed.id });
    // And from the vendor's written answers, with what they settled (its own event when there are any).
    carryVendorAnswers(tx, renewed.id, review.id, by);
    return { kind: "started", review };
  });
}

/** The page that says what starting the re-review does (with its button). */
export function renewPage(db: Db, reviewId: string | undefined) {
  const review = requireReview(db, reviewId);
  return { reviewId: review.id, buyerName: review.buyerName, complete: review.status === "complete" };
}

/**
 * A person's start of the re-review of the review the address names: to its first step, or to the
 * re-review already started; a draft is refused (409) with why. (The page is shown again after a refusal:
 * a redirect would lose it, since Remix loads the page again after every post.)
 */
export function startReReviewOf(
  db: Db,
  reviewId: string | undefined,
  by: Actor | null,
): Outcome<{ reviewId: string; message: string }> {
  const renewed = requireReview(db, reviewId);
  const result = startReReview(db, renewed.id, by);
  switch (result.kind) {
    case "started":
      return { redirect: `${stepPath(result.review.id, "context")}?reReview` };
    case "alreadyStarted":
      return { redirect: `${stepPath(result.reviewId, "context")}?reReviewExists` };
    case "draft":
      return {
        status: 409,
        body: {
          reviewId: renewed.id,
          message:
            "This review is still a draft, so there is nothing settled to re-review yet. Finish it first; its re-review can start once every step is answered.",
        },
      };
  }
}

export type RenewPage = ReturnType<typeof renewPage>;
