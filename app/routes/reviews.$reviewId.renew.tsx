// /reviews/:reviewId/renew: what starting the re-review does, and its button (the Renewals page and the
// review page post here directly). A refused post (a draft has nothing to re-review) shows why.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { renewPage, startReReviewOf } from "../use-cases/renewals/start-re-review.server.ts";
import { getDb } from "../utils/db.server.ts";
import { useActionData, useLoaderData } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";
import { ReReviewStart } from "../components/re-review-start.tsx";

export const loader = ({ params }: LoaderFunctionArgs) => renewPage(getDb(), params.reviewId);

export const action = ({ params, context }: ActionFunctionArgs) =>
  respond(startReReviewOf(getDb(), params.reviewId, actorFrom(context)));

export const meta: MetaFunction = () => [{ title: "Start the re-review · Clausewise" }];

export default function RenewPage() {
  const { reviewId, buyerName, complete } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const canStart = useCan("reviews:write");
  return (
    <div className="narrow">
      <h1>Start the re-review</h1>
      <ReReviewStart page={{ reviewId, buyerName, complete }} refusal={refusal} canStart={canStart} />
    </div>
  );
}
