/**
 * The answers files of tests/fixtures/answers against the findings and clauses clauses.md prescribes.
 * The expectations are worked out by hand from the tables of clauses.md (and the test catalog of
 * test-provisions.ts, shaped like vendor-facts.md), not computed by the code under test.
 */
import fs from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import type { ClauseLibrary } from "~/clauses/library";
import { loadClauseLibrary } from "~/clauses/library.server";
import { parseAnswersFile } from "~/questionnaire/answers";

import { evaluateReview } from "./evaluate";
import type { FindingId, Severity } from "./findings";
import { TEST_PROVISIONS } from "./test-provisions";

const DIR = path.resolve("tests/fixtures/answers");

interface Expected {
  exposure: Severity | "none";
  counts: Record<Severity, number>;
  /** In the order of the report: severity, then clauses.md. */
  findings: FindingId[];
  clauses: string[];
  /** Findings whose vendor provision is unknown in the catalog. */
  unknown: Partial<Record<FindingId, string[]>>;
}

const ALWAYS = ["written-commitment", "covered-services", "subprocessors", "breach-notification"];

const EXPECTED: Record<string, Expected> = {
  // Anthropic commercial API, business seats too; personal + financial data of EEA/UK people; DPA needed.
  "bank-api-eu.json": {
    exposure: "high",
    counts: { high: 1, medium: 5, low: 1, info: 0 },
    findings: [
      "dpa-missing",
      "usage-data-retained", // usage_data: not in the catalog for the API
      "no-audit-right", // audit_right: none stated
      "assignment-conditional", // "subject to Customer's compliance"
      "terms-can-change", // changed before
      "financial-data-glba",
      "output-assignment-qualified", // "(if any)"
    ],
    unknown: { "usage-data-retained": ["usage_data"] },
    clauses: [
      ...ALWAYS,
      "no-training",
      "safety-review-limits",
      "usage-data",
      "retention-limit",
      "deletion-on-termination",
      "personnel-access",
      "data-residency",
      "security-reports",
      "output-ownership",
      "output-ip-indemnity",
      "unconditional-assignment",
      "audit-verification",
      "change-control",
      "dpa",
      "international-transfers",
      "glba-safeguards",
      "renewal-reconfirmation",
    ],
  },
  // Anthropic consumer app; special-category data and PHI; zero retention wanted; no renewal date.
  "hospital-consumer-app.json": {
    exposure: "high",
    counts: { high: 7, medium: 5, low: 1, info: 0 },
    findings: [
      "consumer-product-in-use",
      "feedback-training-carve-out",
      "safety-review-carve-out",
      "special-category-data",
      "dpa-missing",
      "transfer-mechanism-missing",
      "baa-missing",
      "usage-data-retained",
      "no-audit-right",
      "zero-retention-not-default",
      "terms-can-change",
      "dpia-recommended",
      "renewal-date-missing",
    ],
    // The consumer line bought: none of these is in the catalog for it.
    unknown: {
      "usage-data-retained": ["usage_data"],
      "no-audit-right": ["audit_right"],
      "zero-retention-not-default": ["zero_data_retention", "retention"],
      "terms-can-change": ["terms_change"],
      "dpa-missing": ["dpa"],
    },
    clauses: [
      ...ALWAYS,
      "no-training",
      "feedback-excluded",
      "safety-review-limits",
      "usage-data",
      "zero-data-retention",
      "deletion-on-termination",
      "personnel-access",
      "data-residency",
      "security-reports",
      "audit-verification",
      "change-control",
      "dpa",
      "international-transfers",
      "hipaa-baa",
      "renewal-reconfirmation",
    ],
  },
  // A vendor outside the catalog: business seats, staff also on consumer accounts; no written commitment.
  "other-vendor.json": {
    exposure: "high",
    counts: { high: 4, medium: 5, low: 1, info: 0 },
    findings: [
      "consumer-product-in-use",
      "feedback-training-carve-out",
      "safety-review-carve-out",
      "policy-by-reference",
      "vendor-not-in-catalog",
      "usage-data-retained",
      "no-audit-right",
      "assignment-conditional",
      "terms-can-change",
      "output-assignment-qualified",
    ],
    unknown: {
      "usage-data-retained": ["usage_data"],
      "no-audit-right": ["audit_right"],
      "assignment-conditional": ["output_assignment_conditional"],
      "terms-can-change": ["terms_change"],
      "output-assignment-qualified": ["output_assignment_qualified", "output_ownership"],
      "consumer-product-in-use": ["training_default", "training_carve_outs"],
      "feedback-training-carve-out": ["training_carve_outs"],
      "safety-review-carve-out": ["training_carve_outs"],
    },
    clauses: [
      ...ALWAYS,
      "no-training",
      "feedback-excluded",
      "safety-review-limits",
      "usage-data",
      "retention-limit",
      "deletion-on-termination",
      "personnel-access",
      "data-residency",
      "security-reports",
      "output-ownership",
      "output-ip-indemnity",
      "unconditional-assignment",
      "audit-verification",
      "change-control",
      "confidentiality",
      "renewal-reconfirmation",
    ],
  },
  // OpenAI API, public data only, no requirements: only the missing renewal date.
  "startup-public-data.json": {
    exposure: "low",
    counts: { high: 0, medium: 0, low: 1, info: 0 },
    findings: ["renewal-date-missing"],
    unknown: {},
    clauses: [...ALWAYS],
  },
};

const VENDOR_NAMES: Record<string, string> = { anthropic: "Anthropic", openai: "OpenAI" };

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
    const parsed = parseAnswersFile(json, {
      vendorIds: ["anthropic", "openai", "google", "microsoft", "luma", "writer"],
    });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
    const answers = parsed.answers;
    const vendorName = answers.vendorId === "other" ? (answers.vendorName ?? "") : VENDOR_NAMES[answers.vendorId ?? ""];
    const r = evaluateReview({ answers, provisions: TEST_PROVISIONS, library, vendorName });
    const want = EXPECTED[file];

    expect(r.findings.map((f) => f.id)).toEqual(want.findings);
    expect(r.exposure).toBe(want.exposure);
    expect(r.counts).toEqual(want.counts);
    expect(r.clauses.map((c) => c.id).sort()).toEqual([...want.clauses].sort());
    const unknown = Object.fromEntries(
      r.findings.filter((f) => f.unknownProvisions.length).map((f) => [f.id, [...f.unknownProvisions].sort()]),
    );
    expect(unknown).toEqual(Object.fromEntries(Object.entries(want.unknown).map(([k, v]) => [k, [...v].sort()])));
  });
});
