// The line above every page of a review: whose review it is, of which vendor, and whether it is complete
// (or, on the first step of a new review, that nothing is saved yet).
import { REVIEW_STATUS_WORDS, type ReviewStatus } from "../models/review-status.ts";

export function ReviewLine({
  review,
  unsaved = false,
}: {
  review: { buyerName: string | null; vendorName: string | null; status: ReviewStatus };
  unsaved?: boolean;
}) {
  return (
    <p className="wizard__review">
      Review for <strong>{review.buyerName ?? "a new buyer"}</strong>
      {review.vendorName ? <> · {review.vendorName}</> : null}
      {" · "}
      {unsaved ? (
        <span className="badge">Not saved yet</span>
      ) : (
        <span className={`badge${review.status === "complete" ? " badge--ok" : ""}`}>
          {REVIEW_STATUS_WORDS[review.status]}
        </span>
      )}
    </p>
  );
}
