// The reviews list: every review, the latest change first, filtered by status and vendor (a GET query,
// so a filtered list can be bookmarked and works without JavaScript).
import { listReviews, listReviewVendors } from "../../models/review.server.ts";
import { REVIEW_STATUSES } from "../../models/review-status.ts";
import type { Db } from "../../utils/db.server.ts";

export function reviewsPage(db: Db, url: URL) {
  const statusParam = url.searchParams.get("status") ?? "";
  const status = REVIEW_STATUSES.find((s) => s === statusParam);
  const vendorId = url.searchParams.get("vendor") || undefined;
  return {
    reviews: listReviews(db, { status, vendorId }),
    vendors: listReviewVendors(db),
    filter: { status: status ?? "", vendor: vendorId ?? "" },
  };
}

export type ReviewsPage = ReturnType<typeof reviewsPage>;
