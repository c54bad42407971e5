// /reviews/:reviewId/renew: starts the re-review (POST). The page shows only a refusal: a draft has
// nothing to re-review. Success redirects to the new review's first step.
import type { MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";

import type { action } from "./renew.server";

export { action, loader } from "./renew.server";

export const meta: MetaFunction = () => [{ title: "Start the re-review · Clausewise" }];

export default function RenewPage() {
  const refusal = useActionData<typeof action>();
  return (
    <>
      <h1>Start the re-review</h1>
      {refusal ? (
        <div className="banner banner--error" role="alert">
          <p>{refusal.message}</p>
          <p>
            <a href={`/reviews/${encodeURIComponent(refusal.reviewId)}/review`}>Back to the review</a> ·{" "}
            <a href="/renewals">Renewals</a>
          </p>
        </div>
      ) : (
        <p>
          <a href="/renewals">Renewals</a>
        </p>
      )}
    </>
  );
}
