// The re-review of a complete review: the button that starts it (a plain form, so it works without
// JavaScript), or once started, the way to it. On the Renewals page and on the review page.
import { Form } from "@remix-run/react";

export function ReReviewAction({
  reviewId,
  reReview,
  canStart,
  small = false,
}: {
  reviewId: string;
  reReview: { id: string; startedAt: string } | null;
  /** Whether the signed-in role may start one (reviews:write); the server decides regardless. */
  canStart: boolean;
  small?: boolean;
}) {
  if (reReview) {
    return (
      <a href={`/reviews/${encodeURIComponent(reReview.id)}`}>
        Re-review started {reReview.startedAt.slice(0, 10)} — continue
      </a>
    );
  }
  if (!canStart) return <span className="muted">Not started</span>;
  return (
    <Form method="post" action={`/reviews/${encodeURIComponent(reviewId)}/renew`} className="inline-form">
      <button type="submit" className={small ? "button button--small" : "button"}>
        Start the re-review
      </button>
    </Form>
  );
}
