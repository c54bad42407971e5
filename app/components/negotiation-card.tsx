// The review page's card for the record of the negotiation: what was agreed, and at renewal what to reconfirm.
import { Link } from "@remix-run/react";
import type { ReviewPage } from "../use-cases/reviews/review-page.server.ts";

export function NegotiationCard({
  reviewId,
  negotiation,
}: {
  reviewId: string;
  negotiation: NonNullable<ReviewPage["negotiation"]>;
}) {
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  const { reconfirmation } = negotiation;
  return (
    <section aria-labelledby="negotiation-title" className="card" data-testid="negotiation">
      <h2 id="negotiation-title">The negotiation</h2>
      {reconfirmation ? (
        <p>
          <strong>Reconfirm what was agreed last time:</strong> {reconfirmation.positions} position
          {reconfirmation.positions === 1 ? "" : "s"} recorded, {reconfirmation.touched} touched by a change in the
          vendor’s published terms since; {reconfirmation.newQuestions} question
          {reconfirmation.newQuestions === 1 ? "" : "s"} new since then.{" "}
          <Link to={`${base}/checklist`}>Open the reconfirmation checklist</Link> ·{" "}
          <a href={`${base}/checklist.docx`} download>
            Download it (.docx)
          </a>
        </p>
      ) : null}
      {negotiation.complete ? (
        <p>
          {negotiation.clauses === null
            ? `${negotiation.recorded} positions recorded`
            : `${negotiation.recorded} of ${negotiation.clauses} clauses recorded`}
          {negotiation.agreement
            ? `; signed agreement “${negotiation.agreement.title}” of ${negotiation.agreement.signedOn}.`
            : "; no signed agreement recorded yet."}{" "}
          <Link to={`${base}/agreed`}>Record what was agreed</Link>
          {reconfirmation ? null : (
            <>
              {" "}
              · <Link to={`${base}/checklist`}>The reconfirmation checklist</Link>
            </>
          )}
        </p>
      ) : (
        <p className="muted">What is agreed in this negotiation is recorded once every step is saved.</p>
      )}
    </section>
  );
}
