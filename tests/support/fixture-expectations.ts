/**
 * What each answers file in tests/fixtures/answers should raise and select: worked out by hand from when
 * each finding is raised and each clause selected, and from the seed catalog, never computed by the code
 * under test. Read by the rules' fixture test and
 * by the command line's test, which runs `clausewise pack` on every fixture against the seeded catalog;
 * the clause library's test checks templates/ against CLAUSE_IDS.
 */
import type { FindingId, Severity } from "../../app/rules/findings.ts";

export interface Expected {
  exposure: Severity | "none";
  counts: Record<Severity, number>;
  /** In the order of the report: severity, then docs/specs/finding-ids.md. */
  findings: FindingId[];
  clauses: string[];
  /** Findings whose vendor provision is unknown in the catalog. */
  unknown: Partial<Record<FindingId, string[]>>;
}

/** The clause ids of docs/specs/clause-ids.md, written out by hand, in its order. */
export const CLAUSE_IDS = [
  "written-commitment",
  "covered-services",
  "no-training",
  "feedback-excluded",
  "safety-review-limits",
  "usage-data",
  "retention-limit",
  "zero-data-retention",
  "deletion-on-termination",
  "personnel-access",
  "subprocessors",
  "data-residency",
  "security-reports",
  "breach-notification",
  "output-ownership",
  "output-ip-indemnity",
  "unconditional-assignment",
  "audit-verification",
  "change-control",
  "dpa",
  "international-transfers",
  "hipaa-baa",
  "glba-safeguards",
  "ccpa-service-provider",
  "confidentiality",
  "renewal-reconfirmation",
  // clauses.md, "Version 2", "New clauses"
  "liability-and-insurance",
  "acceptable-use",
  "customer-models-and-derived-data",
  "agents-and-tools",
  "model-changes",
  "ai-act-support",
  "output-accuracy",
  "minors-safeguards",
  "marketplace-purchase",
  "dora-ict-services",
];

export const ALWAYS = [
  "written-commitment",
  "covered-services",
  "acceptable-use",
  "subprocessors",
  "model-changes",
  "breach-notification",
];

/** Every clause of docs/specs/clause-ids.md but these; a misspelt id throws rather than quietly leaving every clause in. */
function allClausesBut(...left: string[]): string[] {
  for (const id of left)
    if (!CLAUSE_IDS.includes(id)) throw new Error(`${id} is not a clause of docs/specs/clause-ids.md`);
  return CLAUSE_IDS.filter((id) => !left.includes(id));
}

export const FIXTURE_EXPECTATIONS: Record<string, Expected> = {
  // Anthropic commercial API, business seats too; personal + financial data of EEA/UK people; DPA needed.
  "bank-api-eu.json": {
    exposure: "high",
    counts: { high: 1, medium: 6, low: 2, info: 0 },
    findings: [
      "dpa-missing",
      "usage-data-retained", // usage_data: not in the catalog for the API
      "no-audit-right", // audit_right: none stated
      "assignment-conditional", // "subject to Customer's compliance"
      "terms-can-change", // changed before
      "financial-data-glba",
      "retention-exceeds-requirement", // a 30-day maximum; retention_days not recorded for the API
      "output-assignment-qualified", // "(if any)"
      "competing-model-restriction", // narrow wanted; "may not be used to develop a competing model"
    ],
    unknown: { "usage-data-retained": ["usage_data"], "retention-exceeds-requirement": ["retention_days"] },
    // A version-1 file: no customizations, tools, high-risk uses, regulated sectors or marketplace, so
    // none of the clauses that need them; people in the EEA bring in ai-act-support (its general variant),
    // personal and financial data liability-and-insurance (the default super-cap, insured).
    clauses: allClausesBut(
      "feedback-excluded",
      "zero-data-retention",
      "hipaa-baa",
      "ccpa-service-provider",
      "confidentiality",
      "customer-models-and-derived-data",
      "agents-and-tools",
      "output-accuracy",
      "minors-safeguards",
      "marketplace-purchase",
      "dora-ict-services",
    ),
  },
  // Anthropic consumer app; special-category data and PHI; zero retention wanted; no renewal date.
  "hospital-consumer-app.json": {
    exposure: "high",
    counts: { high: 8, medium: 6, low: 1, info: 0 },
    findings: [
      "sensitive-data-in-consumer-product", // PHI and special-category data into the consumer app
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
      "human-review-conflict", // nobody may read it; human_review not recorded for the consumer line
      "renewal-date-missing",
    ],
    // The consumer line bought: none of these is in the catalog for it.
    unknown: {
      "baa-missing": ["baa"],
      "human-review-conflict": ["human_review"],
      "usage-data-retained": ["usage_data"],
      "no-audit-right": ["audit_right"],
      "zero-retention-not-default": ["zero_data_retention", "retention"],
      "terms-can-change": ["terms_change"],
      "dpa-missing": ["dpa"],
    },
    // Employees only, so minorsPossible is not asked; people in the EEA bring in ai-act-support.
    clauses: allClausesBut(
      "retention-limit",
      "output-ownership",
      "output-ip-indemnity",
      "unconditional-assignment",
      "glba-safeguards",
      "ccpa-service-provider",
      "confidentiality",
      "customer-models-and-derived-data",
      "agents-and-tools",
      "output-accuracy",
      "minors-safeguards",
      "marketplace-purchase",
      "dora-ict-services",
    ),
  },
  // A vendor outside the catalog: business seats, staff also on consumer accounts; no written commitment.
  "other-vendor.json": {
    exposure: "high",
    counts: { high: 5, medium: 6, low: 1, info: 0 },
    findings: [
      "sensitive-data-in-consumer-product", // source code and trade secrets, staff on consumer accounts
      "consumer-product-in-use",
      "feedback-training-carve-out",
      "safety-review-carve-out",
      "policy-by-reference",
      "vendor-not-in-catalog",
      "usage-data-retained",
      "no-audit-right",
      "assignment-conditional",
      "terms-can-change",
      "retention-exceeds-requirement", // a 90-day maximum; nothing recorded for a vendor outside the catalog
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
      "retention-exceeds-requirement": ["retention_days"],
      "sensitive-data-in-consumer-product": ["training_default"],
    },
    // California only: no AI Act; source code and trade secrets bring in liability-and-insurance.
    clauses: allClausesBut(
      "zero-data-retention",
      "dpa",
      "international-transfers",
      "hipaa-baa",
      "glba-safeguards",
      "ccpa-service-provider",
      "customer-models-and-derived-data",
      "agents-and-tools",
      "ai-act-support",
      "output-accuracy",
      "minors-safeguards",
      "marketplace-purchase",
      "dora-ict-services",
    ),
  },
  // Written with the questions of version 2: an EU insurer (an EU financial entity under DORA), a vendor
  // outside the catalog, personal and financial data of people in the EEA and Switzerland, zero retention.
  // GLBA does not apply (not a US financial institution); the DPA is in its GDPR variant, so the
  // subprocessors clause gives the objection right though it was not asked for (GDPR Art. 28(2)).
  // Of the version-2 clauses: dora-ict-services (an EU financial entity), ai-act-support in its highRisk
  // variant and output-accuracy (credit among the high-risk uses, people in the EEA),
  // customer-models-and-derived-data (embeddings and retrieval indexes, no fine-tuning), a super-cap of
  // five times the Fees with insurance; no tools, employees only (no minors), and no marketplace.
  "eu-insurer-other-vendor.json": {
    exposure: "high",
    counts: { high: 2, medium: 5, low: 0, info: 0 },
    findings: [
      "dpa-missing",
      "dora-ict-contract",
      "vendor-not-in-catalog",
      "no-audit-right",
      "zero-retention-not-default",
      "terms-can-change",
      "human-review-conflict",
    ],
    unknown: {
      "dpa-missing": ["dpa"],
      "no-audit-right": ["audit_right"],
      "zero-retention-not-default": ["zero_data_retention", "retention"],
      "terms-can-change": ["terms_change"],
      "human-review-conflict": ["human_review"],
    },
    clauses: allClausesBut(
      "feedback-excluded",
      "usage-data",
      "retention-limit",
      "output-ownership",
      "output-ip-indemnity",
      "unconditional-assignment",
      "hipaa-baa",
      "glba-safeguards",
      "ccpa-service-provider",
      "confidentiality",
      "agents-and-tools",
      "minors-safeguards",
      "marketplace-purchase",
    ),
  },
  // OpenAI API, public data only, no requirements: only the missing renewal date, and the clauses that
  // always apply (public data brings in no liability clause; people in the US only, no AI Act).
  "startup-public-data.json": {
    exposure: "low",
    counts: { high: 0, medium: 0, low: 1, info: 0 },
    findings: ["renewal-date-missing"],
    unknown: {},
    clauses: [...ALWAYS],
  },
};
