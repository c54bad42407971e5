// What starting the re-review does (/reviews/:reviewId/renew), its button, and why a draft cannot.
import type { RenewPage } from "../use-cases/renewals/start-re-review.server.ts";
import { ReReviewAction } from "./re-review-action.tsx";

export function ReReviewStart({
  page,
  refusal,
  canStart,
}: {
  page: RenewPage;
  refusal: { message: string } | undefined;
  canStart: boolean;
}) {
  const { reviewId, buyerName, complete } = page;
  const reviewAddress = `/reviews/${encodeURIComponent(reviewId)}/review`;
  return (
    <>
      {refusal ? (
        <div className="banner banner--error" role="alert">
          <p>{refusal.message}</p>
        </div>
      ) : null}
      <p className="lede">
        A re-review of {buyerName ?? "this review"} starts from its answers, at the renewal stage, and shows what
        changed in the vendor’s terms since. Check each step, especially the next renewal date.
      </p>
      {complete ? (
        <ReReviewAction reviewId={reviewId} reReview={null} canStart={canStart} />
      ) : (
        <p>This review is still a draft: finish it first.</p>
      )}
      <p>
        <a href={reviewAddress}>Back to the review</a> · <a href="/renewals">Renewals</a>
      </p>
    </>
  );
}
