// The line above every page of a review: whose review it is, of which vendor, and whether it is complete.
import { REVIEW_STATUS_WORDS, type ReviewStatus } from "../models/review-status.ts";

export function ReviewLine({
  review,
}: {
  review: { buyerName: string | null; vendorName: string | null; status: ReviewStatus };
}) {
  return (
    <p className="wizard__review">
      Review for <strong>{review.buyerName ?? "a new buyer"}</strong>
      {review.vendorName ? <> · {review.vendorName}</> : null}
      {" · "}
      <span className={`badge${review.status === "complete" ? " badge--ok" : ""}`}>
        {REVIEW_STATUS_WORDS[review.status]}
      </span>
    </p>
  );
}
