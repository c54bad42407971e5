import { describe, expect, it } from "vitest";
import { STEP_IDS } from "../questionnaire/questions.ts";
import { PUBLIC_DATA_REVIEW, WIZARD_PUBLIC_DATA_REVIEW } from "../../tests/support/test-answers.ts";
import { stepperSteps } from "./step-view.ts";

describe("the stepper's steps", () => {
  it("are always every step, in order, so the count does not jump as answers bring a step in", () => {
    expect(stepperSteps({}).map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(stepperSteps(PUBLIC_DATA_REVIEW).map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it("mark a step the answers make irrelevant as not needed, and never complete", () => {
    // Public data only: no regulatory questions apply.
    const regulatory = stepperSteps(PUBLIC_DATA_REVIEW).find((s) => s.id === "regulatory")!;
    expect(regulatory).toMatchObject({ needed: false, complete: false });
    expect(stepperSteps(WIZARD_PUBLIC_DATA_REVIEW).find((s) => s.id === "context")).toMatchObject({
      needed: true,
      complete: true,
    });
  });

  it("show the steps a version-1 file leaves open (the questions added later) as still to do", () => {
    const steps = stepperSteps(PUBLIC_DATA_REVIEW);
    const open = steps.filter((s) => s.needed && !s.complete && s.id !== "review").map((s) => s.id);
    expect(open).toEqual(["context", "data", "use", "outputs", "assurance"]);
  });
});
