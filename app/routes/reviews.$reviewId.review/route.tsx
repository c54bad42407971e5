// /reviews/:reviewId/review: the last step — every answer with an Edit link, the findings, the clause pack.
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { useCan } from "../../auth/use-user.ts";
import { AuditTrail } from "../../components/audit-trail.tsx";
import { CatalogChangesSection } from "../../components/catalog-changes.tsx";
import { FindingsList } from "../../components/findings-list.tsx";
import { PackHistory } from "../../components/pack-history.tsx";
import { ReReviewAction } from "../../components/re-review-action.tsx";
import { ReviewLine } from "../../components/review-line.tsx";
import { Stepper } from "../../components/stepper.tsx";
import { SEVERITY_LABELS } from "../../pack/format.ts";
import type { Exposure } from "../../rules/evaluate.ts";
import { SEVERITIES, type Severity } from "../../rules/findings.ts";
import { exportPath, importPath, packDocxPath, packPath, stepPath } from "../../wizard/paths.ts";

import type { loader } from "./review.server.ts";

export { loader } from "./review.server.ts";

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
      <p className="lede">Check every answer, read the findings, then generate the clause pack for legal.</p>

      {data.catalogChanges ? (
        <CatalogChangesSection changes={data.catalogChanges} vendorName={data.vendorName} />
      ) : null}

      {evaluation ? (
        <>
          <Exposure exposure={evaluation.exposure} counts={evaluation.counts} findings={evaluation.findings.length} />
          <PackActions reviewId={review.id}>
            {review.status === "complete" ? (
              <ReReviewAction reviewId={review.id} reReview={data.reReview} canStart={canEdit} />
            ) : null}
          </PackActions>
          <PackHistory reviewId={review.id} packs={data.packs} />
          <section aria-labelledby="findings-title">
            <h2 id="findings-title">Findings</h2>
            {evaluation.findings.length > 0 ? (
              <FindingsList findings={evaluation.findings} vendorName={data.vendorName} />
            ) : (
              <p>None: nothing in your answers and the vendor’s terms calls for attention.</p>
            )}
          </section>
        </>
      ) : (
        <div className="banner banner--info">
          <h2>Some required questions are still unanswered</h2>
          <p>
            The findings and the clause pack are worked out from a complete set of answers, so they appear here once
            every step is done.{" "}
            <a href={stepPath(review.id, data.firstIncomplete)}>Continue with the first unanswered step</a>.
          </p>
          <p className="muted">
            <a href={exportPath(review.id)}>Download the answers file (.json)</a>
            {canEdit ? (
              <>
                {" "}
                · <a href={importPath(review.id)}>Replace the answers with a file</a>
              </>
            ) : null}
          </p>
        </div>
      )}

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">Your answers</h2>
        {steps.map((step) => (
          <section key={step.id} className="answers-step" aria-labelledby={`answers-${step.id}`}>
            <div className="answers-step__heading">
              <h3 id={`answers-${step.id}`}>
                {step.title} {step.complete ? null : <span className="badge badge--medium">incomplete</span>}
              </h3>
              <a href={stepPath(review.id, step.id)}>
                {canEdit ? "Edit" : "View"}
                <span className="visually-hidden"> {step.title}</span>
              </a>
            </div>
            <dl className="answers-list">
              {step.answers.map((a) => (
                <div key={a.id} data-answer={a.id}>
                  <dt>{a.label}</dt>
                  <dd className={a.missing ? "unknown" : undefined}>
                    {a.missing ? "Not answered yet (required)" : a.answer}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>

      <AuditTrail
        id="history-title"
        title="History"
        events={data.events}
        empty="Nothing recorded yet."
        intro="Who started this review, saved each step, imported or downloaded its answers and generated its clause packs."
      />
    </div>
  );
}

function Exposure({
  exposure,
  counts,
  findings,
}: {
  exposure: Exposure;
  counts: Record<Severity, number>;
  findings: number;
}) {
  return (
    <section aria-labelledby="exposure-title" className="exposure">
      <h2 id="exposure-title">
        Exposure: <span className={`badge badge--${exposure}`}>{SEVERITY_LABELS[exposure]}</span>
      </h2>
      <p>
        {findings === 0
          ? "No findings."
          : `${findings} finding${findings === 1 ? "" : "s"}: ${SEVERITIES.map((s) => `${counts[s]} ${SEVERITY_LABELS[s].toLowerCase()}`).join(" · ")}.`}{" "}
        The exposure is the highest severity among the findings.
      </p>
    </section>
  );
}

/** `children`: the re-review's action, for a complete review. */
function PackActions({ reviewId, children }: { reviewId: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="review-pack-title" className="card review-pack">
      <h2 id="review-pack-title">The clause pack</h2>
      <p>
        The contract language to negotiate into the agreement, the fallbacks, the questions for the vendor and the
        renewal checklist, each traced to the answers and terms that brought it in.
      </p>
      <p className="actions">
        <a className="button" href={packPath(reviewId)}>
          Preview the clause pack
        </a>
        <a className="button button--secondary" href={packDocxPath(reviewId)}>
          Download the clause pack (.docx)
        </a>
      </p>
      <p className="muted">
        <a href={exportPath(reviewId)}>Download the answers file (.json)</a>
      </p>
      {children ? (
        <div className="review-pack__renewal">
          <h3>At renewal</h3>
          <p>A re-review starts from these answers and shows what changed in the vendor’s terms since.</p>
          {children}
        </div>
      ) : null}
    </section>
  );
}
