// /reviews/:reviewId/agreed: what was agreed in the negotiation, clause by clause, and the signed agreement.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { actorFrom } from "../auth/actor.server.ts";
import { useCan } from "../auth/use-user.ts";
import { AgreementSection, ClauseOutcomes, OutcomeSummary } from "../components/agreed-positions.tsx";
import { respond } from "../http/outcome.ts";
import { agreedPage, recordAgreedFromForm } from "../use-cases/negotiation/agreed.server.ts";
import { getDb } from "../utils/db.server.ts";
import { reviewPath } from "../wizard/paths.ts";

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  agreedPage(getDb(), params.reviewId, new URL(request.url).searchParams);

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(recordAgreedFromForm(getDb(), params.reviewId, await request.formData(), actorFrom(context)));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `What was agreed · ${data?.review.buyerName ?? "Review"} · Clausewise` },
];

export default function AgreedPage() {
  const data = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() ?? null;
  const canRecord = useCan("negotiation:write");
  const { review } = data;
  return (
    <div className="wizard">
      <p className="wizard__review">
        <Link to={reviewPath(review.id)}>← Back to the review for {review.buyerName ?? "a new buyer"}</Link>
      </p>
      <h1>What was agreed</h1>
      <p className="lede">
        The position the negotiation with {review.vendorName ?? "the vendor"} reached on each clause of the pack, and
        the agreement signed. The re-review at renewal starts from them: its reconfirmation checklist sets each
        commitment against the vendor’s published terms then and now.
      </p>
      {refused?.intent === "form" ? (
        <div className="banner banner--error" role="alert">
          <p>{refused.errors.form}</p>
        </div>
      ) : null}
      {!data.complete ? (
        <>
          <p>
            This review is still a draft, so its pack is not settled.{" "}
            <Link to={reviewPath(review.id)}>Finish the review</Link>, generate the documents, then record here what was
            agreed.
          </p>
          {data.carried.length > 0 ? (
            <section aria-labelledby="carried-title">
              <h2 id="carried-title">Agreed in the review this one renews</h2>
              <p className="muted">The re-review starts from these; once it is complete, keep or correct each.</p>
              {data.carried.map((o) => (
                <div key={o.clauseId} className="card" id={`clause-${o.clauseId}`}>
                  <h3>{o.clauseTitle}</h3>
                  <OutcomeSummary outcome={o} />
                </div>
              ))}
            </section>
          ) : null}
        </>
      ) : !canRecord ? (
        <>
          <p className="muted">Your role reads what was recorded; admin, legal and procurement record it.</p>
          <ul className="outcome-list">
            {data.clauses.map((c) => (
              <li key={c.id}>
                <h3>
                  {c.number}. {c.title}
                </h3>
                {c.outcome ? <OutcomeSummary outcome={c.outcome} /> : <p className="unknown">Nothing recorded yet.</p>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            <a href={`/reviews/${encodeURIComponent(review.id)}/checklist`}>The reconfirmation checklist</a> lists what
            is recorded here for the renewal.
          </p>
          <AgreementSection
            agreement={data.agreement}
            refused={refused?.intent === "agreement" ? refused : null}
            recorded={data.recorded === "agreement"}
          />
          <ClauseOutcomes
            clauses={data.clauses}
            carriedBefore={data.carriedBefore}
            refused={refused?.intent === "outcome" ? refused : null}
            recorded={data.recorded}
          />
          {data.earlier.length > 0 ? (
            <section aria-labelledby="earlier-title">
              <h2 id="earlier-title">Recorded for clauses no longer in the pack</h2>
              <p className="muted">The answers changed after these were recorded; they are kept as they were.</p>
              {data.earlier.map((o) => (
                <div key={o.clauseId} className="card">
                  <h3>{o.clauseTitle}</h3>
                  <OutcomeSummary outcome={o} />
                </div>
              ))}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
