// One page of the wizard's questionnaire, as the step route and the unsaved first step of a new review
// draw it: whose review, the stepper, the step's heading, its form, and the vendor's terms beside it.
import { useState } from "react";

import { useCan, useUser } from "../auth/use-user.ts";
import type { StepPage } from "../use-cases/reviews/step-page.server.ts";
import type { StepActionData } from "../wizard/step-view.ts";

import { ReviewLine } from "./review-line.tsx";
import { StepForm } from "./step-form.tsx";
import { Stepper } from "./stepper.tsx";
import { VENDOR_TERMS_ID, VendorTermsAside } from "./vendor-terms.tsx";

interface WizardStepProps {
  data: StepPage;
  actionData: StepActionData | undefined;
}

/** A step's page; everything typed on it (the form, the name above it) starts afresh on another step. */
export function WizardStep(props: WizardStepProps) {
  return <StepPageBody key={`${props.data.review.id}:${props.data.step.id}`} {...props} />;
}

function StepPageBody({ data, actionData }: WizardStepProps) {
  const { review, step, stepper } = data;
  const number = stepper.findIndex((s) => s.id === step.id) + 1;
  const user = useUser();
  const readOnly = !useCan("reviews:write");
  // The buyer's name as typed on this page (with JavaScript), so the line above follows it.
  const [typedBuyerName, setTypedBuyerName] = useState<string | null>(null);
  const buyerName = typedBuyerName?.trim() || review.buyerName;
  return (
    <div className="wizard">
      <ReviewLine review={{ ...review, buyerName }} unsaved={review.id === null} />
      <Stepper reviewId={review.id} steps={stepper} current={step.id} />
      {readOnly ? (
        <p className="banner banner--info" role="status">
          You can read this review{user ? ` as ${user.roleLabel}` : ""}, but not change its answers: only {data.editors}{" "}
          users can. The answers are shown as they were last saved.
        </p>
      ) : null}
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
          <StepForm data={data} actionData={actionData} readOnly={readOnly} onBuyerNameChange={setTypedBuyerName} />
        </div>
        <VendorTermsAside terms={data.terms} stepId={step.id} reviewId={review.id} />
      </div>
    </div>
  );
}
