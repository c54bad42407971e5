// The Reviews list: one page of the reviews the filter keeps, the latest change first, with how many there
// are. Filtered, counted and paged in SQL (app/models/review-list.server.ts): never every review, never
// their answers. A filter that cannot be read is answered 400 with what is wrong, field by field.
import type { Outcome } from "../../http/outcome.ts";
import { pageWindow, type FilterProblem, type PageWindow, type ReviewFilter } from "../../lists/review-filter.ts";
import { countReviews, listReviewPage, type ReviewListRow } from "../../models/review-list.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { modelFilter, readListQuery } from "./list-query.server.ts";

export interface ReviewsPage {
  filter: ReviewFilter;
  vendors: { id: string; name: string }[];
  problems: FilterProblem[];
  reviews: ReviewListRow[];
  page: PageWindow;
}

export function reviewsPage(db: Db, url: URL, now = new Date()): Outcome<ReviewsPage> {
  const query = readListQuery(db, url);
  if (!query.ok) {
    const { filter, vendors, problems } = query;
    return { status: 400, body: { filter, vendors, problems, reviews: [], page: pageWindow(0, 1) } };
  }
  const filter = modelFilter(query.filter, now.toISOString().slice(0, 10));
  const page = pageWindow(countReviews(db, filter), query.page);
  const reviews = page.total === 0 ? [] : listReviewPage(db, filter, page);
  return { body: { filter: query.filter, vendors: query.vendors, problems: [], reviews, page } };
}
