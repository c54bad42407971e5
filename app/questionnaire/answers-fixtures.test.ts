// The answers files in tests/fixtures/answers are realistic, complete reviews that other tests (the
// rules, the pack, the command line) start from: they must stay valid.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { parseAnswersFile } from "./answers.ts";
import { isStepComplete, stepSequence } from "./flow.ts";
import { CATALOG } from "../../tests/support/test-answers.ts";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/answers");

describe.each([
  ["hospital-consumer-app.json", true],
  ["bank-api-eu.json", true],
  ["startup-public-data.json", false],
  ["other-vendor.json", false],
  ["eu-insurer-other-vendor.json", true],
])("%s", (name, regulatory) => {
  const json = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")) as unknown;

  it("is a valid, complete answers file", () => {
    const result = parseAnswersFile(json, CATALOG);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it(regulatory ? "walks through the regulatory step" : "skips the regulatory step", () => {
    const result = parseAnswersFile(json, CATALOG);
    if (!result.ok) throw new Error("invalid fixture");
    expect(stepSequence(result.answers).includes("regulatory")).toBe(regulatory);
  });
});

describe("the version-1 fixtures, written before the questions of version 2", () => {
  it.each(["hospital-consumer-app.json", "bank-api-eu.json", "startup-public-data.json", "other-vendor.json"])(
    "%s is still valid, and its steps ask the new questions",
    (name) => {
      const json = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")) as unknown;
      const result = parseAnswersFile(json, CATALOG);
      if (!result.ok) throw new Error("invalid fixture");
      expect(result.answers).not.toHaveProperty("useCase");
      expect(isStepComplete("use", result.answers)).toBe(false);
    },
  );
});
