// Reading a list's query string (the Reviews list and the Renewals page share it): the filter checked
// against the catalog's vendors, and turned into what the model filters on.
import {
  FILTER_FIELDS,
  parseReviewListQuery,
  type FilterProblem,
  type ReviewFilter,
} from "../../lists/review-filter.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { ReviewListFilter } from "../../models/review-list.server.ts";
import { listReviewVendors } from "../../models/review-list.server.ts";
import { dueRange } from "../../renewal/due-date.ts";
import type { Db } from "../../utils/db.server.ts";

export type ListQuery =
  | { ok: true; filter: ReviewFilter; page: number; vendors: { id: string; name: string }[] }
  | { ok: false; filter: ReviewFilter; problems: FilterProblem[]; vendors: { id: string; name: string }[] };

/** The filter and page of `url`, or what is wrong with them; with the vendors the filter offers. */
export function readListQuery(db: Db, url: URL): ListQuery {
  const vendors = listReviewVendors(db);
  // Any vendor a review may name is a valid filter, though no review names it yet (then the list is empty).
  const parsed = parseReviewListQuery(url.searchParams, [...listVendorIds(db), "other"]);
  if (!parsed.ok) return { ok: false, filter: parsed.filter, problems: parsed.problems, vendors };
  return { ok: true, ...parsed.query, vendors };
}

/** What the model filters on: "" is no condition, and the due band is a range of dates from `today`. */
export function modelFilter(filter: ReviewFilter, today: string): ReviewListFilter {
  const set = <F extends (typeof FILTER_FIELDS)[number]>(field: F) =>
    filter[field] === "" ? undefined : (filter[field] as Exclude<ReviewFilter[F], "">);
  return {
    buyer: set("buyer"),
    vendorId: set("vendor"),
    status: set("status"),
    stage: set("stage"),
    exposure: set("exposure"),
    owner: set("owner"),
    due: filter.due === "" ? undefined : dueRange(filter.due, today),
  };
}
