// Renewals as stored: the agreements whose reviews name a renewal date, with when their re-review falls
// due; which review re-reviews which; and the versions of a product line's provisions to compare.
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { provisions, reviews } from "../../db/schema.ts";
import type { ProductLine } from "../catalog/types.ts";
import { reviewDueDate } from "../renewal/due-date.ts";
import type { Answers } from "../questionnaire/answers.ts";
import type { CalendarRenewal } from "../renewal/calendar.ts";
import type { ProvisionVersion } from "../renewal/catalog-changes.ts";
import type { Db } from "../utils/db.server.ts";

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

/** The re-review started from a review, or null. */
export function findReReview(db: Db, reviewId: string): { id: string; startedAt: string } | null {
  const row = db
    .select({ id: reviews.id, startedAt: reviews.createdAt })
    .from(reviews)
    .where(eq(reviews.renewsReviewId, reviewId))
    .get();
  return row ?? null;
}

/**
 * Every version of every provision the rules read (no aspect) of one vendor's product line, as a renewal
 * compares them.
 */
export function provisionVersions(db: Db, vendorId: string, productLine: ProductLine): ProvisionVersion[] {
  return db
    .select()
    .from(provisions)
    .where(and(eq(provisions.vendorId, vendorId), eq(provisions.productLine, productLine), eq(provisions.aspect, "")))
    .all()
    .map((v) => ({
      key: v.key as ProvisionVersion["key"],
      version: v.version,
      value: v.value,
      statement: v.statement,
      condition: v.condition,
      sourceTitle: v.sourceTitle,
      sourceUrl: v.sourceUrl,
      checkedOn: v.checkedOn,
      effectiveOn: v.effectiveOn,
      sources: (v.sources as ProvisionVersion["sources"]) ?? [],
      standing: v.standing,
      excerpt: v.excerpt,
      recordedAt: v.recordedAt,
    }));
}

/** The id of the re-review of `reviewId`, if one was started. */
export function reReviewIdOf(db: Db, reviewId: string): string | null {
  return db.select({ id: reviews.id }).from(reviews).where(eq(reviews.renewsReviewId, reviewId)).get()?.id ?? null;
}

/**
 * What the renewals calendar needs of each review with a renewal date (of one review, with `reviewId`):
 * read from the columns and two fields of the answers, never the whole answers of every review.
 */
export function calendarRenewals(db: Db, reviewId?: string): CalendarRenewal[] {
  const leadDays = sql<number | null>`json_extract(${reviews.answers}, '$.reviewLeadDays')`;
  const owner = sql<string | null>`json_extract(${reviews.answers}, '$.renewalOwner')`;
  return db
    .select({
      reviewId: reviews.id,
      buyerName: reviews.buyerName,
      vendorName: reviews.vendorName,
      renewalDate: reviews.renewalDate,
      leadDays,
      owner,
      updatedAt: reviews.updatedAt,
    })
    .from(reviews)
    .where(reviewId ? and(isNotNull(reviews.renewalDate), eq(reviews.id, reviewId)) : isNotNull(reviews.renewalDate))
    .orderBy(asc(reviews.renewalDate), asc(reviews.id))
    .all()
    .map(({ leadDays: lead, ...r }) => ({
      ...r,
      renewalDate: r.renewalDate!,
      reviewDue: reviewDueDate({
        renewalDate: r.renewalDate!,
        ...(typeof lead === "number" ? { reviewLeadDays: lead } : {}),
      }),
      owner: typeof r.owner === "string" ? r.owner : null,
    }));
}
