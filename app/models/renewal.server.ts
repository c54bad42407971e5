// Renewals: the agreements whose reviews name a renewal date, with when their re-review falls due; the
// re-review itself, started from the review it renews; and what changed in the vendor's terms since.
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { provisions, reviews } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import type { ProductLine } from "../catalog/types.ts";
import { reviewDueDate } from "../pack/build-pack.ts";
import type { Answers } from "../questionnaire/answers.ts";
import { catalogChangesSince, type ProvisionChange } from "../renewal/catalog-changes.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";
import { getReview, insertReview, ReviewNotFoundError, type Review } from "./review.server.ts";

export interface Renewal {
  reviewId: string;
  buyerName: string | null;
  vendorName: string | null;
  productLine: string | null;
  status: "draft" | "complete";
  renewalDate: string;
  /** renewalDate − reviewLeadDays: when the re-review should start. */
  reviewDue: string | null;
  owner: string | null;
  /** Whole days from `today` to the re-review date (negative when overdue), or to the renewal date. */
  daysLeft: number;
  /** Whether this review is itself a re-review, so the list can tell it from the review it renews. */
  isReReview: boolean;
  /** The re-review started from this review, if one was; `startedAt` is ISO 8601. */
  reReview: { id: string; startedAt: string } | null;
}

const DAY = 24 * 60 * 60 * 1000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Every review with a renewal date, the soonest re-review first. `today` is YYYY-MM-DD. */
export function listRenewals(db: Db, today: string): Renewal[] {
  const rows = db
    .select({
      id: reviews.id,
      buyerName: reviews.buyerName,
      vendorName: reviews.vendorName,
      productLine: reviews.productLine,
      status: reviews.status,
      renewalDate: reviews.renewalDate,
      answers: reviews.answers,
      renewsReviewId: reviews.renewsReviewId,
    })
    .from(reviews)
    .where(isNotNull(reviews.renewalDate))
    .orderBy(asc(reviews.renewalDate))
    .all();
  const reReviews = new Map(
    db
      .select({ id: reviews.id, renews: reviews.renewsReviewId, createdAt: reviews.createdAt })
      .from(reviews)
      .where(isNotNull(reviews.renewsReviewId))
      .all()
      .map((r) => [r.renews!, { id: r.id, startedAt: r.createdAt }]),
  );
  return rows
    .map((row) => {
      const answers = row.answers as Answers;
      const due = reviewDueDate(answers);
      return {
        reviewId: row.id,
        buyerName: row.buyerName,
        vendorName: row.vendorName,
        productLine: row.productLine,
        status: row.status,
        renewalDate: row.renewalDate!,
        reviewDue: due,
        owner: answers.renewalOwner ?? null,
        daysLeft: days(today, due ?? row.renewalDate!),
        isReReview: row.renewsReviewId !== null,
        reReview: reReviews.get(row.id) ?? null,
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

function reReviewOf(db: Db, reviewId: string): { id: string } | undefined {
  return db.select({ id: reviews.id }).from(reviews).where(eq(reviews.renewsReviewId, reviewId)).get();
}

export type StartReReviewResult =
  | { kind: "started"; review: Review }
  /** A review is re-reviewed once: a second start leads to the first re-review instead. */
  | { kind: "alreadyStarted"; reviewId: string }
  /** A draft has no settled answers to start from, and nothing to reconfirm. */
  | { kind: "draft" };

/**
 * Starts the re-review of a complete review, in one transaction: a new review with the same answers at
 * stage "renewal", pointing at the review it renews, with an audit event on each of the two reviews.
 * Throws ReviewNotFoundError for an unknown id.
 */
export function startReReview(db: Db, reviewId: string, by: Actor | null): StartReReviewResult {
  return writeTransaction(db, (tx) => {
    const renewed = getReview(tx, reviewId);
    if (!renewed) throw new ReviewNotFoundError(reviewId);
    // Checked inside the write transaction (BEGIN IMMEDIATE), so two clicks cannot both start one.
    const existing = reReviewOf(tx, reviewId);
    if (existing) return { kind: "alreadyStarted", reviewId: existing.id };
    if (renewed.status !== "complete") return { kind: "draft" };
    const answers: Answers = { ...renewed.answers, stage: "renewal" };
    const review = insertReview(tx, answers, { by, renewsReviewId: renewed.id });
    recordEvent(
      tx,
      by,
      "review.re_review_started",
      { renewsReviewId: renewed.id, renewsReviewOn: renewed.updatedAt.slice(0, 10) },
      { reviewId: review.id },
    );
    recordEvent(tx, by, "review.re_review_begun", { reReviewId: review.id }, { reviewId: renewed.id });
    return { kind: "started", review };
  });
}

/** The re-review started from a review, or null. */
export function findReReview(db: Db, reviewId: string): { id: string; startedAt: string } | null {
  const row = db
    .select({ id: reviews.id, startedAt: reviews.createdAt })
    .from(reviews)
    .where(eq(reviews.renewsReviewId, reviewId))
    .get();
  return row ?? null;
}

export type CatalogChanges =
  | { kind: "changes"; renewed: { id: string; changedAt: string }; vendorName: string; changes: ProvisionChange[] }
  /** The vendor or product line is not in the catalog (an "other" vendor, a line not known): nothing to compare. */
  | { kind: "notInCatalog"; renewed: { id: string; changedAt: string } };

/**
 * For a re-review: what changed in the catalog for its vendor and product line since the review it renews
 * was last changed. Null for a review that renews nothing.
 */
export function catalogChangesForReReview(db: Db, review: Review): CatalogChanges | null {
  if (!review.renewsReviewId) return null;
  const renewedRow = db
    .select({ id: reviews.id, updatedAt: reviews.updatedAt })
    .from(reviews)
    .where(eq(reviews.id, review.renewsReviewId))
    .get();
  if (!renewedRow) return null;
  const renewed = { id: renewedRow.id, changedAt: renewedRow.updatedAt };
  const { vendorId, productLine, vendorName } = review;
  if (!vendorId || !productLine || !vendorName) return { kind: "notInCatalog", renewed };
  const versions = db
    .select()
    .from(provisions)
    .where(and(eq(provisions.vendorId, vendorId), eq(provisions.productLine, productLine as ProductLine)))
    .all();
  if (versions.length === 0) return { kind: "notInCatalog", renewed };
  return {
    kind: "changes",
    renewed,
    vendorName,
    changes: catalogChangesSince(
      versions.map((v) => ({
        key: v.key as ProvisionChange["key"],
        version: v.version,
        value: v.value,
        statement: v.statement,
        condition: v.condition,
        sourceTitle: v.sourceTitle,
        sourceUrl: v.sourceUrl,
        checkedOn: v.checkedOn,
        effectiveOn: v.effectiveOn,
        recordedAt: v.recordedAt,
      })),
      renewed.changedAt,
    ),
  };
}
