// The wizard's steps in order: where you are, which steps are complete, each a link to its step.
import type { StepId } from "../questionnaire/questions.ts";
import { wizardStepPath } from "../wizard/paths.ts";

/** Short names that fit a row of eleven; the page heading gives each step's full title. */
const SHORT_TITLES: Record<StepId, string> = {
  context: "Purchase",
  data: "Data",
  use: "Use",
  training: "Training",
  retention: "Retention",
  access: "Access",
  outputs: "Outputs",
  assurance: "Verification",
  regulatory: "Regulatory",
  renewal: "Renewal",
  review: "Review",
};

export interface StepperStep {
  id: StepId;
  title: string;
  complete: boolean;
  /** False for a step the answers make irrelevant: shown, so the count stays put, but not a link. */
  needed: boolean;
}

export function Stepper({
  reviewId,
  steps,
  current,
}: {
  /** Null for a review not saved yet: only its first step has an address then. */
  reviewId: string | null;
  steps: readonly StepperStep[];
  current: StepId;
}) {
  return (
    <nav className="stepper" aria-label="Questionnaire steps">
      <ol>
        {steps.map((step, index) => {
          const isCurrent = step.id === current;
          const state = step.complete ? "complete" : "todo";
          if (!step.needed) {
            return (
              <li key={step.id} className="stepper__step stepper__step--skipped">
                <span title={`${step.title}: not needed for these answers`}>
                  <span className="stepper__marker" aria-hidden="true">
                    –
                  </span>
                  <span className="stepper__title">{SHORT_TITLES[step.id]}</span>
                  <span className="visually-hidden">{`: ${step.title} (not needed for these answers)`}</span>
                </span>
              </li>
            );
          }
          return (
            <li
              key={step.id}
              className={`stepper__step stepper__step--${state}${isCurrent ? " stepper__step--current" : ""}`}
            >
              {/* A later step of a review not saved yet has no address until the first step is saved: an
                  anchor without href, which is not a link. */}
              <a
                href={wizardStepPath(reviewId, step.id) ?? undefined}
                aria-current={isCurrent ? "step" : undefined}
                title={step.title}
              >
                <span className="stepper__marker" aria-hidden="true">
                  {step.complete ? "✓" : index + 1}
                </span>
                <span className="stepper__title">{SHORT_TITLES[step.id]}</span>
                <span className="visually-hidden">
                  {`: ${step.title}`}
                  {step.complete ? " (complete)" : step.id === "review" ? "" : " (not complete)"}
                  {isCurrent ? " (current step)" : ""}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
