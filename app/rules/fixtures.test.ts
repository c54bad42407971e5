/**
 * The answers files of tests/fixtures/answers against the findings and clauses worked out by hand for each.
 * The expectations are worked out by hand from when each finding is raised and each clause selected
 * (and the test catalog of test-provisions.ts, shaped like the seed catalog), not computed by the code under test.
 */
import fs from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import type { ClauseLibrary } from "../clauses/library.ts";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { parseAnswersFile } from "../questionnaire/answers.ts";
import { CATALOG, VENDOR_NAMES } from "../../tests/support/test-answers.ts";

import { evaluateReview, exposureOf } from "./evaluate.ts";
import { TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";
import { FIXTURE_EXPECTATIONS as EXPECTED } from "../../tests/support/fixture-expectations.ts";

const DIR = path.resolve("tests/fixtures/answers");

describe("answers fixtures", () => {
  let library: ClauseLibrary;
  beforeAll(() => {
    library = loadClauseLibrary();
  });
  const files = fs.existsSync(DIR)
    ? fs
        .readdirSync(DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];

  it("every fixture has an expectation", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(Object.keys(EXPECTED), f).toContain(f);
  });

  it.each(Object.keys(EXPECTED))("%s", (file) => {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8"));
    const parsed = parseAnswersFile(json, CATALOG);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
    const answers = parsed.answers;
    const vendorName = answers.vendorId === "other" ? (answers.vendorName ?? "") : VENDOR_NAMES[answers.vendorId ?? ""];
    const r = evaluateReview({ answers, provisions: TEST_PROVISIONS, library, vendorName });
    const want = EXPECTED[file];

    expect(r.findings.map((f) => f.id)).toEqual(want.findings);
    expect(r.exposure).toBe(want.exposure);
    // The list's exposure, worked out without the clauses, is the same.
    expect(exposureOf({ answers, provisions: TEST_PROVISIONS, vendorName })).toBe(want.exposure);
    expect(r.counts).toEqual(want.counts);
    expect(r.clauses.map((c) => c.id).sort()).toEqual([...want.clauses].sort());
    const unknown = Object.fromEntries(
      r.findings.filter((f) => f.unknownProvisions.length).map((f) => [f.id, [...f.unknownProvisions].sort()]),
    );
    expect(unknown).toEqual(Object.fromEntries(Object.entries(want.unknown).map(([k, v]) => [k, [...v].sort()])));
  });
});
