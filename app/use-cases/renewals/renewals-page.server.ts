// The Renewals page: the reviews the filter keeps, grouped by when their re-review falls due — overdue, due
// in 30 days, later, no date — one page at a time, read in SQL (app/models/review-list.server.ts).
//
// The whole page is paginated in due order, rather than each group on its own: the groups are consecutive
// ranges of one order (the soonest due first, the reviews with no date last), so previous / next walk
// through every renewal once, the address carries one page number, and a page that ends one group
// starts the next. The count of each group is shown at the top, and links to that group alone.
import type { Outcome } from "../../http/outcome.ts";
import {
  groupSlices,
  pageWindow,
  type FilterProblem,
  type PageWindow,
  type ReviewFilter,
} from "../../lists/review-filter.ts";
import { countReviewsByDue, listReviewsDue, reReviewsOf, type ReviewListRow } from "../../models/review-list.server.ts";
import { DUE_BANDS, dueRange, type DueBand } from "../../renewal/due-date.ts";
import type { Db } from "../../utils/db.server.ts";
import { modelFilter, readListQuery } from "../reviews/list-query.server.ts";

export interface Renewal {
  reviewId: string;
  buyerName: string | null;
  vendorName: string | null;
  productLine: string | null;
  status: "draft" | "complete";
  renewalDate: string | null;
  /** When the re-review should start; the renewal date itself while no lead time is answered (`atRenewal`). */
  reviewDue: string | null;
  /** No lead time answered yet: the due date is the renewal date (a lead time is at least 7 days). */
  atRenewal: boolean;
  owner: string | null;
  /** Whole days from today to the re-review date (negative when overdue); null with no date. */
  daysLeft: number | null;
  /** The review this one re-reviews, if it is a re-review: its row offers no further re-review. */
  renewsReviewId: string | null;
  /** The re-review started from this review, if one was; `startedAt` is ISO 8601. */
  reReview: { id: string; startedAt: string } | null;
  /**
   * What the row offers: to start the re-review (a complete review not yet re-reviewed), to continue the
   * one started, to finish a draft first, or — on a re-review's own row — the review it renews, never a
   * re-review of the re-review.
   */
  offers: "start" | "continue" | "finishFirst" | "renewedReview";
}

function offerOf(row: ReviewListRow, reReview: Renewal["reReview"]): Renewal["offers"] {
  if (row.renewsReviewId) return "renewedReview";
  if (reReview) return "continue";
  return row.status === "complete" ? "start" : "finishFirst";
}

export interface RenewalsPage {
  today: string;
  filter: ReviewFilter;
  vendors: { id: string; name: string }[];
  problems: FilterProblem[];
  /** How many reviews the filter (all but its due band) keeps in each group. */
  counts: { group: DueBand; count: number }[];
  /** This page's renewals, in their groups, in due order. */
  groups: { group: DueBand; renewals: Renewal[] }[];
  page: PageWindow;
}

const DAY = 24 * 60 * 60 * 1000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function renewalOf(row: ReviewListRow, today: string, reReview: Renewal["reReview"]): Renewal {
  return {
    reviewId: row.id,
    buyerName: row.buyerName,
    vendorName: row.vendorName,
    productLine: row.productLine,
    status: row.status,
    renewalDate: row.renewalDate,
    reviewDue: row.reviewDue,
    atRenewal: row.reviewDue !== null && row.reviewDue === row.renewalDate,
    owner: row.renewalOwner,
    daysLeft: row.reviewDue ? days(today, row.reviewDue) : null,
    renewsReviewId: row.renewsReviewId,
    reReview,
    offers: offerOf(row, reReview),
  };
}

export function renewalsPage(db: Db, url: URL, now: Date): Outcome<RenewalsPage> {
  const today = now.toISOString().slice(0, 10);
  const query = readListQuery(db, url);
  if (!query.ok) {
    const { filter, vendors, problems } = query;
    const body = { today, filter, vendors, problems, counts: [], groups: [], page: pageWindow(0, 1) };
    return { status: 400, body };
  }
  const ranges = DUE_BANDS.map((group) => ({ group, range: dueRange(group, today) }));
  const filter = modelFilter({ ...query.filter, due: "" }, today);
  const counts = countReviewsByDue(db, filter, ranges);
  const shown = counts.filter((c) => query.filter.due === "" || c.group === query.filter.due);
  const page = pageWindow(
    shown.reduce((sum, c) => sum + c.count, 0),
    query.page,
  );
  const slices = groupSlices(shown, page).map((slice) => ({
    group: slice.group,
    rows: listReviewsDue(db, filter, dueRange(slice.group, today), slice),
  }));
  const reReviews = reReviewsOf(
    db,
    slices.flatMap((s) => s.rows.map((r) => r.id)),
  );
  const groups = slices.map(({ group, rows }) => ({
    group,
    renewals: rows.map((row) => renewalOf(row, today, reReviews.get(row.id) ?? null)),
  }));
  return { body: { today, filter: query.filter, vendors: query.vendors, problems: [], counts, groups, page } };
}
