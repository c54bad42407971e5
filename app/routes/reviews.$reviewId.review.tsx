// /reviews/:reviewId/review: the last step — every answer with an Edit link, the findings, the clause pack.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";
import { AuditTrail } from "../components/audit-trail.tsx";
import { CatalogChangesSection } from "../components/catalog-changes.tsx";
import { FindingsByStatus } from "../components/findings-list.tsx";
import { NegotiationCard } from "../components/negotiation-card.tsx";
import { PackHistory } from "../components/pack-history.tsx";
import { ReReviewAction } from "../components/re-review-action.tsx";
import { ReviewLine } from "../components/review-line.tsx";
import { Stepper } from "../components/stepper.tsx";
import { VendorAnswersLink } from "../components/vendor-answers-link.tsx";
import {
  AnswersByStep,
  ExposureSummary,
  PackActions,
  ProductLineFirst,
  UnfinishedReview,
} from "../components/review-summary.tsx";
import { reviewPage } from "../use-cases/reviews/review-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  reviewPage(getDb(), params.reviewId, new URL(request.url).searchParams);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Review and generate · ${data?.review.buyerName ?? "New review"} · Clausewise` },
];

export default function ReviewStepPage() {
  const data = useLoaderData<typeof loader>();
  const { review, steps, evaluation } = data;
  const canEdit = useCan("reviews:write");
  return (
    <div className="wizard">
      <ReviewLine review={review} />
      <Stepper reviewId={review.id} steps={data.stepper} current="review" />
      <h1>
        <span className="wizard__step-number">
          Step {data.stepper.length} of {data.stepper.length}
          <span className="visually-hidden">:</span>
        </span>{" "}
        Review and generate
      </h1>
      <p className="lede">
        Check every answer, read the findings, then generate the documents: the negotiation memo, the addendum and the
        vendor questionnaire.
      </p>
      {data.notice ? (
        <p className="banner banner--ok" role="status">
          {data.notice}
        </p>
      ) : null}
      <nav className="page-toc" aria-label="On this page">
        <a href="#findings-title">Findings</a> · <a href="#answers-title">Your answers, step by step</a> ·{" "}
        <a href="#review-pack-title">The documents</a>
      </nav>

      {data.catalogChanges ? (
        <CatalogChangesSection changes={data.catalogChanges} vendorName={data.vendorName} />
      ) : null}
      {/* A re-review starts from what was agreed: the reconfirmation comes first, beside the changes. */}
      {data.negotiation && data.catalogChanges ? (
        <NegotiationCard reviewId={review.id} negotiation={data.negotiation} />
      ) : null}

      {evaluation ? (
        <>
          {evaluation.productLineAdvice ? <ProductLineFirst advice={evaluation.productLineAdvice} /> : null}
          <ExposureSummary
            exposure={evaluation.exposure}
            counts={evaluation.counts}
            split={evaluation.split}
            findings={evaluation.findings.length}
          />
          <PackActions reviewId={review.id}>
            {review.status === "complete" ? (
              <ReReviewAction reviewId={review.id} reReview={data.reReview} canStart={canEdit} />
            ) : null}
          </PackActions>
          <PackHistory reviewId={review.id} packs={data.packs} />
          {data.negotiation && !data.catalogChanges ? (
            <NegotiationCard reviewId={review.id} negotiation={data.negotiation} />
          ) : null}
          {data.vendorAnswers ? <VendorAnswersLink summary={data.vendorAnswers} /> : null}
          <section aria-labelledby="findings-title">
            <h2 id="findings-title">Findings</h2>
            {evaluation.findings.length > 0 ? (
              <FindingsByStatus findings={evaluation.findings} vendorName={data.vendorName} />
            ) : (
              <p>None: nothing in your answers and the vendor’s terms calls for attention.</p>
            )}
          </section>
        </>
      ) : (
        <UnfinishedReview reviewId={review.id} firstIncomplete={data.firstIncomplete} canEdit={canEdit} />
      )}

      <AnswersByStep reviewId={review.id} steps={steps} canEdit={canEdit} />

      <AuditTrail
        id="history-title"
        title="History"
        events={data.events}
        empty="Nothing recorded yet."
        intro="Who started this review, saved each step, imported or downloaded its answers and generated its documents."
      />
    </div>
  );
}
