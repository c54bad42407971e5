// /reviews/:reviewId/renew: what starting the re-review does, and its button (the Renewals page and the
// review page post here directly). A refused post (a draft has nothing to re-review) shows why.
import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { ReReviewAction } from "../../components/re-review-action.tsx";
import { useCan } from "../../auth/use-user.ts";

import type { action, loader } from "./renew.server.ts";

export { action, loader } from "./renew.server.ts";

export const meta: MetaFunction = () => [{ title: "Start the re-review · Clausewise" }];

export default function RenewPage() {
  const { reviewId, buyerName, complete } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const canStart = useCan("reviews:write");
  const reviewAddress = `/reviews/${encodeURIComponent(reviewId)}/review`;
  return (
    <div className="narrow">
      <h1>Start the re-review</h1>
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
    </div>
  );
}
