// /reviews/:reviewId/checklist: the reconfirmation checklist of the positions agreed, for the renewal owner.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { ReconfirmationChecklist } from "../components/reconfirmation-checklist.tsx";
import { checklistPage } from "../use-cases/negotiation/reconfirmation.server.ts";
import { getDb } from "../utils/db.server.ts";
import { reviewPath } from "../wizard/paths.ts";

export const loader = ({ params }: LoaderFunctionArgs) => checklistPage(getDb(), params.reviewId);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Reconfirmation checklist · ${data?.review.buyerName ?? "Review"} · Clausewise` },
];

export default function ChecklistPage() {
  const { review, reconfirmation } = useLoaderData<typeof loader>();
  return (
    <div className="wizard">
      <p className="wizard__review">
        <Link to={reviewPath(review.id)}>← Back to the review for {review.buyerName ?? "a new buyer"}</Link>
      </p>
      <h1>Reconfirmation checklist</h1>
      <p className="lede">
        Before the renewal, each position agreed with {review.vendorName ?? "the vendor"} in the last negotiation,
        beside what the vendor’s published terms said then and say now, with what to check and the question to re-ask in
        writing.
      </p>
      {reconfirmation ? (
        <ReconfirmationChecklist r={reconfirmation} reviewId={review.id} />
      ) : (
        <p>
          This review is still a draft, so nothing was settled to reconfirm.{" "}
          <Link to={reviewPath(review.id)}>Finish the review</Link>, record what was agreed, then come back.
        </p>
      )}
    </div>
  );
}
