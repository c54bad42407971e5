// One step of the questionnaire: /reviews/:reviewId/:stepId. The page and its form; saving is saveStep.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { MetaFunction, ShouldRevalidateFunction } from "@remix-run/react";
import { useActionData, useLoaderData } from "@remix-run/react";

import { ReviewLine } from "../components/review-line.tsx";
import { Stepper } from "../components/stepper.tsx";
import { StepForm } from "../components/step-form.tsx";
import { VENDOR_TERMS_ID, VendorTermsAside } from "../components/vendor-terms.tsx";

import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { saveStep } from "../use-cases/reviews/save-step.server.ts";
import { stepPage } from "../use-cases/reviews/step-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  stepPage(getDb(), params.reviewId, params.stepId, new URL(request.url));

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(saveStep(getDb(), params.reviewId, params.stepId, await request.formData(), actorFrom(context)));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? `${data.step.title} · ${data.review.buyerName ?? "New review"} · Clausewise` : "Review · Clausewise",
  },
];

// After a refused save (409) the page must keep the version it was built from: reloading it quietly
// would let the next save overwrite what the other tab saved, unseen.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  (actionResult as { kind?: string } | undefined)?.kind === "conflict" ? false : defaultShouldRevalidate;

export default function StepPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { review, step, stepper } = data;
  const number = stepper.findIndex((s) => s.id === step.id) + 1;
  return (
    <div className="wizard">
      <ReviewLine review={review} />
      <Stepper reviewId={review.id} steps={stepper} current={step.id} />
      <div className="wizard__heading">
        <h1>
          <span className="wizard__step-number">
            Step {number} of {stepper.length}
            <span className="visually-hidden">:</span>
          </span>{" "}
          {step.title}
        </h1>
        <p className="lede">{step.intro}</p>
        {data.terms.kind === "noTopic" && step.id !== "context" ? null : (
          <p className="wizard__jump">
            <a href={`#${VENDOR_TERMS_ID}`}>What the vendor’s terms say ↓</a>
          </p>
        )}
      </div>
      <div className="wizard__body">
        <div className="wizard__main">
          <StepForm key={`${review.id}:${step.id}`} data={data} actionData={actionData} />
        </div>
        <VendorTermsAside terms={data.terms} stepId={step.id} reviewId={review.id} />
      </div>
    </div>
  );
}
