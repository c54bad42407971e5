import { describe, expect, it } from "vitest";
import { describeAnswer } from "./describe.ts";

describe("describeAnswer", () => {
  it.each([
    ["trainingRequirement", "never", undefined, "Never"],
    ["deletionOnTermination", true, undefined, "Yes"],
    ["usageDataLimits", false, undefined, "No"],
    ["dataCategories", [], undefined, "None of these"],
    ["vendorId", "anthropic", "Anthropic", "Anthropic"],
    ["vendorId", "other", undefined, "Another vendor"],
    ["buyerName", "Acme <Corp> & “Sons”\nLtd", undefined, "Acme <Corp> & “Sons”\nLtd"],
    ["maxRetentionDays", 30, undefined, "30"],
    ["renewalDate", undefined, undefined, "Not answered"],
  ] as const)("%s = %j reads %j", (id, value, vendorName, expected) => {
    const words = describeAnswer(id, value as never, vendorName);
    if (id === "trainingRequirement") expect(words.toLowerCase()).toContain(expected.toLowerCase());
    else expect(words).toBe(expected);
  });

  it("joins several options with their labels", () => {
    expect(describeAnswer("jurisdictions", ["eea", "uk"])).toMatch(/;/);
  });
});
