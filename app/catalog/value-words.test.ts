import { describe, expect, it } from "vitest";
import { PROVISION_KEYS } from "./types.ts";
import { describeValue, VALUE_WORDS } from "./value-words.ts";

describe("provision values in words", () => {
  it("every value token the rules understand has words for the people who record it", () => {
    const tokens = Object.values(PROVISION_KEYS).flatMap((k) => (typeof k.values === "string" ? [] : (k.values ?? [])));
    expect(tokens.filter((t) => !(t in VALUE_WORDS))).toEqual([]);
  });

  it("shows the token to type with its meaning, and a plain word alone", () => {
    expect(describeValue("optIn")).toBe("optIn (only if the customer opts in)");
    expect(describeValue("no")).toBe("no");
  });
});
