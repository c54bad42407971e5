import { describe, expect, it } from "vitest";

import {
  clauseNumber,
  definitionParts,
  fallbackLetter,
  formatGeneratedAt,
  provisionKey,
  provisionSource,
  quoted,
  subClauseNumber,
} from "./format.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

describe("format", () => {
  it("numbers clauses, sub-clauses and fallbacks as the document does", () => {
    expect(clauseNumber(0)).toBe("1.");
    expect(subClauseNumber(9, 1)).toBe("10.2");
    expect([0, 1, 25, 26, 27].map(fallbackLetter)).toEqual(["(a)", "(b)", "(z)", "(aa)", "(bb)"]);
  });

  it.each([
    ["2026-04-21T14:05:00Z", "2026-04-21 14:05 UTC"],
    ["2026-04-21T16:05:00.123+02:00", "2026-04-21 14:05 UTC"],
    ["not a date", "not a date"],
    ["2026-13-45T00:00:00Z", "2026-13-45T00:00:00Z"],
  ])("formatGeneratedAt(%j) = %j", (iso, expected) => {
    expect(formatGeneratedAt(iso)).toBe(expected);
  });

  it("cites a provision by key, version, source and date", () => {
    const [known, unknown] = [
      samplePack.findings[0].because.provisions[0],
      samplePack.findings[1].because.provisions[0],
    ];
    expect(provisionKey(known)).toBe("Training by default, catalog version 3");
    expect(provisionSource(known)).toBe("Anthropic Consumer Terms and privacy settings, checked 2026-04-18");
    expect(provisionKey(unknown)).toBe("Business associate agreement (HIPAA), catalog version not recorded");
    expect(provisionSource(unknown)).toBe("date not recorded in the source");
    expect(quoted("")).toBe("");
    expect(quoted("(if any)")).toBe("“(if any)”");
  });
});

describe("definitionParts", () => {
  it.each([
    [
      { term: "Output", text: "“Output” means any content." },
      { term: "“Output”", rest: " means any content." },
    ],
    [
      { term: "Output", text: '"Output" means any content.' },
      { term: '"Output"', rest: " means any content." },
    ],
    [
      { term: "Output", text: "means any content." },
      { term: "“Output”", rest: " means any content." },
    ],
    [
      { term: "Output", text: "“Outputs” means …" },
      { term: "“Output”", rest: " “Outputs” means …" },
    ],
  ])("%j", (definition, expected) => {
    expect(definitionParts(definition)).toEqual(expected);
  });
});
