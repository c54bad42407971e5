// Renewals as stored: which review re-reviews which, the versions of a product line's provisions to
// compare, and the re-review dates the calendar holds. (The Renewals page's list is read a page at a time by
// review-list.server.ts.)
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { provisions, reviews } from "../../db/schema.ts";
import type { ProductLine } from "../catalog/types.ts";
import type { CalendarRenewal } from "../renewal/calendar.ts";
import type { ProvisionVersion } from "../renewal/catalog-changes.ts";
import type { Db } from "../utils/db.server.ts";

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
 * the listing columns, never the answers.
 */
export function calendarRenewals(db: Db, reviewId?: string): CalendarRenewal[] {
  const dated = isNotNull(reviews.renewalDate);
  return db
    .select({
      reviewId: reviews.id,
      buyerName: reviews.buyerName,
      vendorName: reviews.vendorName,
      renewalDate: reviews.renewalDate,
      reviewDue: reviews.reviewDue,
      owner: reviews.renewalOwner,
      updatedAt: reviews.updatedAt,
    })
    .from(reviews)
    .where(reviewId ? and(dated, eq(reviews.id, reviewId)) : dated)
    .orderBy(asc(reviews.reviewDue), asc(reviews.id))
    .all()
    .map((r) => ({ ...r, renewalDate: r.renewalDate! }));
}
