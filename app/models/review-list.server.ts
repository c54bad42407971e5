// The lists of reviews as stored: one page at a time, filtered, counted and ordered in SQL on the listing
// columns, so a list never reads a review's answers, nor more rows than its page (and its counts, from
// the indexes). The indexes are in db/schema.ts beside the reviews table.
import { and, asc, count, desc, eq, exists, gte, inArray, isNull, lte, sql, type Column, type SQL } from "drizzle-orm";
import { reviews, vendors } from "../../db/schema.ts";
import type { DueRange } from "../renewal/due-date.ts";
import type { Exposure } from "../rules/evaluate.ts";
import type { Db } from "../utils/db.server.ts";
import type { ReviewStatus } from "./review-status.ts";

/** What a list filters on, each optional; the use case has checked the values. */
export interface ReviewListFilter {
  /** Any part of the buyer's name, in any case (ASCII letters: SQLite's LIKE folds no others). */
  buyer?: string;
  vendorId?: string;
  status?: ReviewStatus;
  stage?: string;
  exposure?: string;
  /** Any part of the renewal owner's name, as `buyer`. */
  owner?: string;
  due?: DueRange;
}

/** A review as the lists show it: the listing columns, never the answers. */
export interface ReviewListRow {
  id: string;
  buyerName: string | null;
  vendorId: string | null;
  vendorName: string | null;
  productLine: string | null;
  stage: string | null;
  status: ReviewStatus;
  exposure: Exposure | null;
  renewalDate: string | null;
  reviewDue: string | null;
  renewalOwner: string | null;
  renewsReviewId: string | null;
  createdBy: string | null;
  updatedAt: string;
}

const LIST_COLUMNS = {
  id: reviews.id,
  buyerName: reviews.buyerName,
  vendorId: reviews.vendorId,
  vendorName: reviews.vendorName,
  productLine: reviews.productLine,
  stage: reviews.stage,
  status: reviews.status,
  exposure: sql<Exposure | null>`${reviews.exposure}`,
  renewalDate: reviews.renewalDate,
  reviewDue: reviews.reviewDue,
  renewalOwner: reviews.renewalOwner,
  renewsReviewId: reviews.renewsReviewId,
  createdBy: reviews.createdBy,
  updatedAt: reviews.updatedAt,
};

// The lists' orders are the columns of their indexes (db/schema.ts), then the rowid every index entry ends
// in: a total order (a row is on exactly one page) that SQLite reads straight from the index, so rows
// skipped by an OFFSET are never read from the table.
const rowid = sql`${reviews}.rowid`;
const LATEST_CHANGE_FIRST = [desc(reviews.updatedAt), desc(reviews.buyerName), desc(reviews.renewalOwner), desc(rowid)];
const SOONEST_DUE_FIRST = [asc(reviews.reviewDue), asc(reviews.buyerName), asc(reviews.renewalOwner), asc(rowid)];

/** `text` anywhere in `column`: a LIKE pattern with the text's own % and _ taken literally. */
function contains(column: Column, text: string): SQL {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${column} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
}

function dueCondition(range: DueRange): SQL | undefined {
  if (range === "none") return isNull(reviews.reviewDue);
  return and(
    range.from ? gte(reviews.reviewDue, range.from) : sql`${reviews.reviewDue} IS NOT NULL`,
    range.to ? lte(reviews.reviewDue, range.to) : undefined,
  );
}

// The buyer and owner searches match inside a name, which no b-tree index can seek; they are checked on the
// rows the other conditions (or the sort's index) lead to, and the page stops at its LIMIT.
function conditions(filter: ReviewListFilter): SQL | undefined {
  const all: (SQL | undefined)[] = [
    filter.status ? eq(reviews.status, filter.status) : undefined,
    filter.vendorId ? eq(reviews.vendorId, filter.vendorId) : undefined,
    filter.stage ? eq(reviews.stage, filter.stage) : undefined,
    filter.exposure ? eq(reviews.exposure, filter.exposure) : undefined,
    filter.buyer ? contains(reviews.buyerName, filter.buyer) : undefined,
    filter.owner ? contains(reviews.renewalOwner, filter.owner) : undefined,
    filter.due ? dueCondition(filter.due) : undefined,
  ];
  const present = all.filter((c): c is SQL => c !== undefined);
  return present.length > 0 ? and(...present) : undefined;
}

/** How many reviews the filter keeps. */
export function countReviews(db: Db, filter: ReviewListFilter = {}): number {
  return db.select({ n: count() }).from(reviews).where(conditions(filter)).get()?.n ?? 0;
}

/** One page of the reviews the filter keeps, the latest change first. */
export function listReviewPage(
  db: Db,
  filter: ReviewListFilter,
  page: { offset: number; limit: number },
): ReviewListRow[] {
  return db
    .select(LIST_COLUMNS)
    .from(reviews)
    .where(conditions(filter))
    .orderBy(...LATEST_CHANGE_FIRST)
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/**
 * How many reviews the filter keeps in each due range, in one pass over the due index (with no other
 * filter, the index alone answers it).
 */
export function countReviewsByDue<G extends string>(
  db: Db,
  filter: ReviewListFilter,
  ranges: readonly { group: G; range: DueRange }[],
): { group: G; count: number }[] {
  const counts = Object.fromEntries(
    ranges.map(({ group, range }) => [group, sql<number>`count(*) FILTER (WHERE ${dueCondition(range)})`]),
  );
  const row = db.select(counts).from(reviews).where(conditions(filter)).get() as Record<G, number> | undefined;
  return ranges.map(({ group }) => ({ group, count: row?.[group] ?? 0 }));
}

/**
 * A slice of the reviews the filter keeps whose re-review falls in `range`: the soonest due first, or for
 * the reviews with no date, the latest change first.
 */
export function listReviewsDue(
  db: Db,
  filter: ReviewListFilter,
  range: DueRange,
  slice: { offset: number; limit: number },
): ReviewListRow[] {
  const order = range === "none" ? LATEST_CHANGE_FIRST : SOONEST_DUE_FIRST;
  return db
    .select(LIST_COLUMNS)
    .from(reviews)
    .where(conditions({ ...filter, due: range }))
    .orderBy(...order)
    .limit(slice.limit)
    .offset(slice.offset)
    .all();
}

/** The re-reviews started from the reviews `ids`, by the id of the review each renews; `startedAt` is ISO 8601. */
export function reReviewsOf(db: Db, ids: readonly string[]): Map<string, { id: string; startedAt: string }> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: reviews.id, renews: reviews.renewsReviewId, startedAt: reviews.createdAt })
    .from(reviews)
    .where(inArray(reviews.renewsReviewId, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.renews!, { id: r.id, startedAt: r.startedAt }]));
}

/**
 * The vendors that reviews name, for the lists' filter: id and the catalog's name. One index look-up per
 * catalog vendor, rather than reading every review's vendor.
 */
export function listReviewVendors(db: Db): { id: string; name: string }[] {
  const catalog = db
    .select({ id: vendors.id, name: vendors.name })
    .from(vendors)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(reviews)
          .where(eq(reviews.vendorId, vendors.id)),
      ),
    )
    .all();
  // Several "other" vendors share one id: the filter offers them once, as "Other vendors".
  const others = db
    .select({ one: sql`1` })
    .from(reviews)
    .where(eq(reviews.vendorId, "other"))
    .limit(1)
    .get();
  return [...catalog, ...(others ? [{ id: "other", name: "Other vendors" }] : [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}
