import { describe, expect, it } from "vitest";
import { describeCondition } from "./condition-words.ts";

describe("describeCondition", () => {
  it("reads every form in words", () => {
    expect(describeCondition("always")).toBe("always");
    expect(describeCondition({ fact: "consumerInUse" })).toBe("a consumer product is in use");
    expect(describeCondition({ answer: "deletionOnTermination", is: true })).toMatch(/is “Yes”$/);
    expect(
      describeCondition({
        all: [{ answer: "dataCategories", includes: "financial" }, { fact: "personalDataInScope" }],
      }),
    ).toMatch(/includes “.*financial.*” and personal data is in scope/i);
    expect(describeCondition({ answer: "transferMechanism", answered: true })).toMatch(/is answered$/);
  });
});
