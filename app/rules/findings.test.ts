import { describe, expect, it } from "vitest";

import { PROVISION_KEYS, type VendorProvision } from "../catalog/types.ts";
import { type AnswerOverrides, PERSONAL_EEA, answersWith } from "../../tests/support/test-answers.ts";

import { evaluateReview, type KnownProvisionEvidence, type UnknownProvisionEvidence } from "./evaluate.ts";
import { productLineAdviceText } from "../pack/format.ts";
import { FINDINGS, FINDING_IDS, type FindingId } from "./findings.ts";
import { ANTHROPIC_PROVISIONS, OPENAI_PROVISIONS, TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";

const EMPTY_LIBRARY = { clauses: [], version: "test" };

function evaluate(overrides: AnswerOverrides, provisions: readonly VendorProvision[] = TEST_PROVISIONS) {
  const answers = answersWith(overrides);
  const vendorName =
    answers.vendorId === "other" ? (answers.vendorName ?? "") : answers.vendorId === "openai" ? "OpenAI" : "Anthropic";
  return evaluateReview({ answers, provisions, library: EMPTY_LIBRARY, vendorName });
}

function findingIds(overrides: AnswerOverrides, provisions?: readonly VendorProvision[]): FindingId[] {
  return evaluate(overrides, provisions).findings.map((f) => f.id);
}

/** A provision replacing the test catalog's for the same line and key. */
function withProvision(
  productLine: VendorProvision["productLine"],
  key: VendorProvision["key"],
  value: string,
  aspect = "",
): VendorProvision[] {
  const rest = ANTHROPIC_PROVISIONS.filter(
    (p) => !(p.productLine === productLine && p.key === key && p.aspect === aspect),
  );
  return [
    ...rest,
    {
      ...ANTHROPIC_PROVISIONS[0],
      productLine,
      key,
      aspect,
      value,
      statement: `Test position: ${value}.`,
      version: 1,
    },
  ];
}

describe("the quiet base raises nothing", () => {
  it("has no findings and no exposure", () => {
    const r = evaluate({});
    expect(r.findings).toEqual([]);
    expect(r.exposure).toBe("none");
    expect(r.counts).toEqual({ high: 0, medium: 0, low: 0, info: 0 });
  });
});

describe("every finding: where it must be raised and where it must not", () => {
  type Row = [FindingId, string, AnswerOverrides, boolean, VendorProvision[]?];
  const rows: Row[] = [
    ["product-line-unknown", "productLine unsure", { productLine: "unsure" }, true],
    ["product-line-unknown", "productLine api", { productLine: "api" }, false],

    ["consumer-product-in-use", "consumer bought", { productLine: "consumer" }, true],
    ["consumer-product-in-use", "consumer also used", { otherProductsInUse: ["business", "consumer"] }, true],
    ["consumer-product-in-use", "business also used", { otherProductsInUse: ["business"] }, false],

    ["feedback-training-carve-out", "consumer, feedback yes", { productLine: "consumer", feedbackUse: "yes" }, true],
    [
      "feedback-training-carve-out",
      "consumer, feedback unknown",
      { otherProductsInUse: ["consumer"], feedbackUse: "unknown" },
      true,
    ],
    ["feedback-training-carve-out", "consumer, feedback no", { productLine: "consumer", feedbackUse: "no" }, false],
    ["feedback-training-carve-out", "no consumer, feedback yes", { feedbackUse: "yes" }, false],

    [
      "safety-review-carve-out",
      "consumer, not acceptable",
      { productLine: "consumer", safetyReview: "notAcceptable" },
      true,
    ],
    [
      "safety-review-carve-out",
      "consumer, abuse detection only",
      { otherProductsInUse: ["consumer"], safetyReview: "abuseDetectionOnly" },
      true,
    ],
    ["safety-review-carve-out", "consumer, acceptable", { productLine: "consumer", safetyReview: "acceptable" }, false],
    ["safety-review-carve-out", "no consumer", { safetyReview: "notAcceptable" }, false],

    ["policy-by-reference", "writtenCommitment no", { writtenCommitment: false }, true],
    ["policy-by-reference", "writtenCommitment yes", { writtenCommitment: true }, false],

    ["vendor-not-in-catalog", "vendor other", { vendorId: "other", vendorName: "Acme Models Ltd" }, true],
    ["vendor-not-in-catalog", "catalog vendor", { vendorId: "openai" }, false],

    ["usage-data-retained", "limits wanted, position unknown", { usageDataLimits: true }, true],
    [
      "usage-data-retained",
      "limits wanted, vendor owns",
      { usageDataLimits: true },
      true,
      withProvision("api", "usage_data", "vendorOwns"),
    ],
    [
      "usage-data-retained",
      "limits wanted, clear no",
      { usageDataLimits: true },
      false,
      withProvision("api", "usage_data", "no"),
    ],
    ["usage-data-retained", "no limits wanted", { usageDataLimits: false }, false],

    ["no-audit-right", "reports wanted, none in terms", { auditRight: "reports" }, true],
    [
      "no-audit-right",
      "onsite wanted, reports in terms",
      { auditRight: "onsite" },
      true,
      withProvision("api", "audit_right", "reports"),
    ],
    [
      "no-audit-right",
      "onsite wanted, audit right given",
      { auditRight: "onsite" },
      false,
      withProvision("api", "audit_right", "yes"),
    ],
    ["no-audit-right", "no audit wanted", { auditRight: "none" }, false],

    ["output-assignment-qualified", "assignment wanted, qualified", { outputOwnership: "assignmentRequired" }, true],
    [
      "output-assignment-qualified",
      "assignment wanted, unknown (OpenAI)",
      { vendorId: "openai", outputOwnership: "assignmentRequired" },
      true,
    ],
    [
      "output-assignment-qualified",
      "assignment wanted, unqualified",
      { outputOwnership: "assignmentRequired" },
      false,
      withProvision("api", "output_assignment_qualified", "no"),
    ],
    ["output-assignment-qualified", "licence acceptable", { outputOwnership: "licenseAcceptable" }, false],

    ["assignment-conditional", "unconditional wanted, conditional", { unconditionalAssignment: true }, true],
    [
      "assignment-conditional",
      "unconditional wanted, unconditional",
      { unconditionalAssignment: true },
      false,
      withProvision("api", "output_assignment_conditional", "no"),
    ],
    ["assignment-conditional", "not wanted", { unconditionalAssignment: false }, false],

    ["zero-retention-not-default", "zero wanted, on request", { retentionRequirement: "zero" }, true],
    [
      "zero-retention-not-default",
      "zero wanted, business line unknown",
      { productLine: "business", retentionRequirement: "zero" },
      true,
    ],
    [
      "zero-retention-not-default",
      "zero wanted, default",
      { retentionRequirement: "zero" },
      false,
      withProvision("api", "zero_data_retention", "default"),
    ],
    ["zero-retention-not-default", "limited wanted", { retentionRequirement: "limited", maxRetentionDays: 30 }, false],

    ["terms-can-change", "change control wanted, unilateral", { changeControl: true, changeNoticeDays: 60 }, true],
    [
      "terms-can-change",
      "change control wanted, consent required",
      { changeControl: true, changeNoticeDays: 60 },
      false,
      withProvision("api", "terms_change", "consentRequired"),
    ],
    ["terms-can-change", "no change control", { changeControl: false }, false],

    ["special-category-data", "special category", { ...PERSONAL_EEA, dataCategories: ["specialCategory"] }, true],
    ["special-category-data", "personal only", PERSONAL_EEA, false],

    ["dpa-missing", "DPA needed", { ...PERSONAL_EEA, dpaStatus: "needed" }, true],
    ["dpa-missing", "DPA signed", PERSONAL_EEA, false],
    [
      "dpa-missing",
      "DPA needed but no personal data (stale answer)",
      { dataCategories: ["sourceCode"], dpaStatus: "needed" },
      false,
    ],

    ["transfer-mechanism-missing", "none", { ...PERSONAL_EEA, transferMechanism: "none" }, true],
    [
      "transfer-mechanism-missing",
      "unknown",
      { ...PERSONAL_EEA, jurisdictions: ["uk"], transferMechanism: "unknown" },
      true,
    ],
    ["transfer-mechanism-missing", "SCCs", PERSONAL_EEA, false],
    [
      "transfer-mechanism-missing",
      "no EEA/UK people (stale answer)",
      { ...PERSONAL_EEA, jurisdictions: ["usOther"], transferMechanism: "none" },
      false,
    ],

    ["baa-missing", "BAA needed", { ...PERSONAL_EEA, dataCategories: ["phi"], baaStatus: "needed" }, true],
    ["baa-missing", "BAA signed", { ...PERSONAL_EEA, dataCategories: ["phi"], baaStatus: "signed" }, false],
    ["baa-missing", "no PHI (stale answer)", { ...PERSONAL_EEA, baaStatus: "needed" }, false],

    ["dpia-recommended", "no DPIA", { ...PERSONAL_EEA, dpiaDone: false }, true],
    ["dpia-recommended", "DPIA done", PERSONAL_EEA, false],
    [
      "dpia-recommended",
      "no EEA/UK people (stale answer)",
      { ...PERSONAL_EEA, jurisdictions: ["california"], dpiaDone: false },
      false,
    ],

    // A version-1 file (no regulatedSectors): the financial information alone decides, as then.
    ["financial-data-glba", "financial data", { dataCategories: ["financial"] }, true],
    ["financial-data-glba", "no financial data", { dataCategories: ["tradeSecrets"] }, false],
    [
      "financial-data-glba",
      "financial data of a US financial institution",
      { dataCategories: ["financial"], regulatedSectors: ["usFinancialInstitution"] },
      true,
    ],
    [
      "financial-data-glba",
      "financial data, an EU financial entity only",
      { dataCategories: ["financial"], regulatedSectors: ["euFinancialEntity"] },
      false,
    ],
    [
      "financial-data-glba",
      "financial data, no regulated sector",
      { dataCategories: ["financial"], regulatedSectors: ["none"] },
      false,
    ],
    [
      "dora-ict-contract",
      "an EU financial entity",
      { regulatedSectors: ["euFinancialEntity", "usFinancialInstitution"] },
      true,
    ],
    ["dora-ict-contract", "a US financial institution only", { regulatedSectors: ["usFinancialInstitution"] }, false],
    ["dora-ict-contract", "a version-1 file, no sectors said", {}, false],

    ["minors-possible", "customers, minors possible", { endUsers: "customers", minorsPossible: true }, true],
    ["minors-possible", "both, minors not possible", { endUsers: "both", minorsPossible: false }, false],
    ["minors-possible", "employees only (stale answer)", { endUsers: "employees", minorsPossible: true }, false],

    ["renewal-date-missing", "no renewal date", { renewalDate: undefined }, true],
    ["renewal-date-missing", "renewal without a date", { stage: "renewal", renewalDate: undefined }, true],
    ["renewal-date-missing", "renewal date given", { renewalDate: "2027-01-31" }, false],

    // Version 2.
    [
      "sensitive-data-in-consumer-product",
      "source code into a consumer product staff use",
      { otherProductsInUse: ["consumer"], dataCategories: ["sourceCode"] },
      true,
    ],
    [
      "sensitive-data-in-consumer-product",
      "public data only into a consumer product",
      { otherProductsInUse: ["consumer"], dataCategories: ["publicOnly"] },
      false,
    ],
    [
      "sensitive-data-in-consumer-product",
      "source code, no consumer product",
      { dataCategories: ["sourceCode"] },
      false,
    ],
    [
      "retention-exceeds-requirement",
      "at most 14 days, 30 recorded",
      { retentionRequirement: "limited", maxRetentionDays: 14 },
      true,
      withProvision("api", "retention_days", "30"),
    ],
    [
      "retention-exceeds-requirement",
      "at most 30 days, 30 recorded",
      { retentionRequirement: "limited", maxRetentionDays: 30 },
      false,
      withProvision("api", "retention_days", "30"),
    ],
    [
      "retention-exceeds-requirement",
      "at most 30 days, not recorded",
      { retentionRequirement: "limited", maxRetentionDays: 30 },
      true,
    ],
    ["retention-exceeds-requirement", "vendor standard accepted", { retentionRequirement: "vendorStandard" }, false],
    [
      "retention-exceeds-requirement",
      "zero wanted, 30 days kept even under zero retention",
      { retentionRequirement: "zero" },
      true,
      withProvision("api", "retention_days", "30", "under-zero-retention"),
    ],
    [
      "retention-exceeds-requirement",
      "zero wanted, nothing recorded as kept under zero retention",
      { retentionRequirement: "zero" },
      false,
    ],
    [
      "retention-exceeds-requirement",
      "zero wanted, 30 days by default (not under zero retention)",
      { retentionRequirement: "zero" },
      false,
      withProvision("api", "retention_days", "30"),
    ],
    ["human-review-conflict", "nobody may read it, not recorded", { humanReview: "none" }, true],
    [
      "human-review-conflict",
      "nobody may read it, none recorded",
      { humanReview: "none" },
      false,
      withProvision("api", "human_review", "none"),
    ],
    ["human-review-conflict", "safety review accepted", { humanReview: "safetyOnly" }, false],
    ["competing-model-restriction", "narrow wanted, restricted", { competingModelRestriction: "narrow" }, true],
    [
      "competing-model-restriction",
      "narrow wanted, no restriction",
      { competingModelRestriction: "narrow" },
      false,
      withProvision("api", "competing_model_restriction", "no"),
    ],
    ["competing-model-restriction", "restriction accepted", { competingModelRestriction: "accept" }, false],
    [
      "minimum-age-conflict",
      "minors, 18 recorded",
      { endUsers: "customers", minorsPossible: true },
      true,
      withProvision("api", "minimum_age", "18"),
    ],
    [
      "minimum-age-conflict",
      "minors, 13 recorded",
      { endUsers: "customers", minorsPossible: true },
      false,
      withProvision("api", "minimum_age", "13"),
    ],
    ["minimum-age-conflict", "minors, age not recorded", { endUsers: "customers", minorsPossible: true }, false],
    [
      "minimum-age-conflict",
      "no minors, 18 recorded",
      { endUsers: "customers", minorsPossible: false },
      false,
      withProvision("api", "minimum_age", "18"),
    ],
    [
      "baa-not-offered",
      "BAA needed, not offered",
      { dataCategories: ["phi"], baaStatus: "needed" },
      true,
      withProvision("api", "baa", "notOffered"),
    ],
    [
      "baa-not-offered",
      "BAA needed, offered",
      { dataCategories: ["phi"], baaStatus: "needed" },
      false,
      withProvision("api", "baa", "offered"),
    ],
    ["baa-not-offered", "BAA needed, not recorded", { dataCategories: ["phi"], baaStatus: "needed" }, false],
    [
      "terms-changed-before",
      "never raised without the history of the terms",
      { changeControl: true, changeNoticeDays: 60 },
      false,
    ],
  ];

  it.each(rows)("%s: %s → %s", (id, _name, overrides, raised, provisions) => {
    expect(findingIds(overrides, provisions).includes(id)).toBe(raised);
  });

  it("covers every finding both ways", () => {
    // terms-changed-before reads the history of the terms: its own cases are below.
    for (const id of FINDING_IDS.filter((f) => f !== "terms-changed-before")) {
      expect(
        rows.some((r) => r[0] === id && r[3]),
        `${id} raised`,
      ).toBe(true);
      expect(
        rows.some((r) => r[0] === id && !r[3]),
        `${id} not raised`,
      ).toBe(true);
    }
  });
});

describe("finding definitions", () => {
  it("are the 28 of docs/specs/finding-ids.md, in its order, with its severities", () => {
    expect(FINDINGS.map((f) => [f.id, f.severity])).toEqual([
      ["sensitive-data-in-consumer-product", "high"],
      ["product-line-unknown", "high"],
      ["consumer-product-in-use", "high"],
      ["feedback-training-carve-out", "high"],
      ["safety-review-carve-out", "high"],
      ["policy-by-reference", "high"],
      ["vendor-not-in-catalog", "medium"],
      ["usage-data-retained", "medium"],
      ["no-audit-right", "medium"],
      ["output-assignment-qualified", "low"],
      ["assignment-conditional", "medium"],
      ["zero-retention-not-default", "medium"],
      ["terms-can-change", "medium"],
      ["special-category-data", "high"],
      ["dpa-missing", "high"],
      ["transfer-mechanism-missing", "high"],
      ["baa-missing", "high"],
      ["dpia-recommended", "medium"],
      ["financial-data-glba", "medium"],
      ["minors-possible", "medium"],
      ["renewal-date-missing", "low"],
      ["retention-exceeds-requirement", "medium"],
      ["human-review-conflict", "medium"],
      ["competing-model-restriction", "low"],
      ["minimum-age-conflict", "high"],
      ["baa-not-offered", "high"],
      ["dora-ict-contract", "high"],
      ["terms-changed-before", "low"],
    ]);
  });

  it("each has a title, an explanation and a question, in typeset quotation marks", () => {
    for (const f of FINDINGS) {
      for (const text of [f.title, f.explanation, f.vendorQuestion]) {
        expect(text.length, f.id).toBeGreaterThan(10);
        expect(text, f.id).not.toMatch(/["']/);
      }
    }
  });

  it("the provision-dependent findings read the line bought, the carve-outs the consumer line", () => {
    const tests = Object.fromEntries(
      FINDINGS.filter((f) => f.raisedWhen.provision).map((f) => [f.id, f.raisedWhen.provision]),
    );
    expect(tests).toEqual({
      "usage-data-retained": { key: "usage_data", line: "bought", clearWhen: ["no"] },
      "no-audit-right": { key: "audit_right", line: "bought", clearWhen: ["yes"] },
      "output-assignment-qualified": { key: "output_assignment_qualified", line: "bought", clearWhen: ["no"] },
      "assignment-conditional": { key: "output_assignment_conditional", line: "bought", clearWhen: ["no"] },
      "zero-retention-not-default": { key: "zero_data_retention", line: "bought", clearWhen: ["default"] },
      "terms-can-change": { key: "terms_change", line: "bought", clearWhen: ["consentRequired"] },
      // Version 2: the consumer carve-outs test that line's training_carve_outs.
      "feedback-training-carve-out": {
        key: "training_carve_outs",
        line: "consumer",
        clearWhen: ["none", "feedbackOptIn"],
      },
      "safety-review-carve-out": {
        key: "training_carve_outs",
        line: "consumer",
        clearWhen: ["none", "feedback", "feedbackOptIn"],
      },
      "baa-missing": { key: "baa", line: "bought", clearWhen: ["notOffered"], recordedStatus: "requirement" },
      "retention-exceeds-requirement": {
        key: "retention_days",
        line: "bought",
        clearWhen: [],
        clearWhenAtMost: "maxRetentionDays",
      },
      "human-review-conflict": { key: "human_review", line: "bought", clearWhen: ["none"] },
      "competing-model-restriction": { key: "competing_model_restriction", line: "bought", clearWhen: ["no"] },
      "minimum-age-conflict": { key: "minimum_age", line: "bought", clearWhen: [], raiseOnlyWhen: { atLeast: 18 } },
      "baa-not-offered": { key: "baa", line: "bought", clearWhen: [], raiseOnlyWhen: { values: ["notOffered"] } },
    });
    // Every finding with a provision test that can be unknown says what is not known, without stating a position.
    for (const f of FINDINGS.filter((d) => d.raisedWhen.provision && !d.raisedWhen.provision.raiseOnlyWhen)) {
      expect(f.unknown?.title, f.id).toMatch(/^Unknown: whether .* — ask in writing$/);
      expect(f.unknown?.explanation, f.id).toMatch(/^The catalog does not record whether /);
    }
  });
});

describe("provisions behind a finding", () => {
  it("a known gap quotes the vendor's provision with its source and date, and asks in writing", () => {
    const f = evaluate({ auditRight: "reports" }).findings.find((x) => x.id === "no-audit-right");
    expect(f?.unknownProvisions).toEqual([]);
    expect(f?.because.provisions).toEqual([
      expect.objectContaining({
        known: true,
        key: "audit_right",
        productLine: "api",
        value: "none",
        statement: "The terms state no right for the customer to audit compliance.",
        sourceTitle: "Anthropic Commercial Terms of Service",
        checkedOn: "2026-04-18",
        version: 1,
      }),
    ]);
    expect(f?.explanation).not.toMatch(/does not record/);
    expect(f?.vendorQuestion).toMatch(/verify/);
  });

  it("an unknown provision raises the finding, says the catalog does not know, and gives the question", () => {
    const r = evaluate({ vendorId: "openai", outputOwnership: "assignmentRequired" });
    const f = r.findings.find((x) => x.id === "output-assignment-qualified");
    expect(f?.unknownProvisions).toEqual(["output_assignment_qualified"]);
    const unknown = f?.because.provisions[0] as UnknownProvisionEvidence;
    expect(unknown).toMatchObject({
      known: false,
      key: "output_assignment_qualified",
      productLine: "api",
      reason: "notInCatalog",
    });
    expect(unknown.statement).toBe(
      "The catalog does not record OpenAI’s position on whether its assignment of outputs is qualified for the commercial API.",
    );
    expect(f?.vendorQuestion).toBeTruthy();
    // The known evidence beside it is still quoted.
    const ownership = f?.because.provisions[1] as KnownProvisionEvidence;
    expect(ownership).toMatchObject({ known: true, key: "output_ownership", value: "customer" });
    expect(r.vendorQuestions).toContainEqual({
      question: f?.vendorQuestion,
      from: [{ kind: "finding", id: "output-assignment-qualified" }],
    });
  });

  it("a vendor not in the catalog: every provision unknown, even when provisions are passed", () => {
    const r = evaluate({
      vendorId: "other",
      vendorName: "Acme Models Ltd",
      usageDataLimits: true,
      auditRight: "onsite",
      outputOwnership: "assignmentRequired",
      unconditionalAssignment: true,
      retentionRequirement: "zero",
      changeControl: true,
      changeNoticeDays: 30,
    });
    const provisionFindings = [
      "usage-data-retained",
      "no-audit-right",
      "output-assignment-qualified",
      "assignment-conditional",
      "zero-retention-not-default",
      "terms-can-change",
    ];
    for (const id of provisionFindings) {
      const f = r.findings.find((x) => x.id === id);
      expect(f, id).toBeDefined();
      expect(
        f?.because.provisions.every((p) => !p.known && p.reason === "vendorNotInCatalog"),
        id,
      ).toBe(true);
      expect((f?.because.provisions[0] as UnknownProvisionEvidence).statement).toContain(
        "Acme Models Ltd is not in the catalog",
      );
    }
    expect(r.findings.map((f) => f.id)).toContain("vendor-not-in-catalog");
    expect(r.vendorQuestions.map((q) => q.from[0].id)).toEqual(
      expect.arrayContaining(["vendor-not-in-catalog", ...provisionFindings]),
    );
  });

  it("an unsure product line makes the bought line's provisions unknown", () => {
    const f = evaluate({ productLine: "unsure", auditRight: "reports" }).findings.find(
      (x) => x.id === "no-audit-right",
    );
    expect(f?.because.provisions[0]).toMatchObject({
      known: false,
      productLine: "unsure",
      reason: "productLineUnknown",
    });
  });

  it("reads the product line bought: a marketplace purchase knows nothing of the API's terms", () => {
    const f = evaluate({ productLine: "marketplace", auditRight: "reports" }).findings.find(
      (x) => x.id === "no-audit-right",
    );
    expect(f?.because.provisions[0]).toMatchObject({
      known: false,
      productLine: "marketplace",
      reason: "notInCatalog",
    });
  });

  it("the carve-out findings quote the consumer line whatever line is bought", () => {
    const f = evaluate({ otherProductsInUse: ["consumer"], feedbackUse: "yes" }).findings.find(
      (x) => x.id === "feedback-training-carve-out",
    );
    expect(f?.because.provisions).toEqual([
      expect.objectContaining({ known: true, productLine: "consumer", key: "training_carve_outs" }),
    ]);
    expect(f?.unknownProvisions).toEqual([]);
    // OpenAI's consumer line is not in the catalog.
    const o = evaluate({ vendorId: "openai", productLine: "consumer", feedbackUse: "yes" }).findings.find(
      (x) => x.id === "feedback-training-carve-out",
    );
    expect(o?.unknownProvisions).toEqual(["training_carve_outs"]);
  });

  it("uses the latest version of a provision and ignores other vendors' provisions", () => {
    const f = evaluate({ vendorId: "openai", retentionRequirement: "zero" }).findings.find(
      (x) => x.id === "zero-retention-not-default",
    );
    const retention = f?.because.provisions.find((p) => p.key === "retention") as KnownProvisionEvidence;
    expect(retention.version).toBe(2);
    expect(retention.statement).toMatch(/reasonably necessary to protect/);
    // Anthropic's audit_right is not OpenAI's.
    const audit = evaluate({ vendorId: "openai", auditRight: "reports" }, [
      ...ANTHROPIC_PROVISIONS,
      ...OPENAI_PROVISIONS,
    ]).findings.find((x) => x.id === "no-audit-right");
    expect(audit?.unknownProvisions).toEqual(["audit_right"]);
  });
});

describe("because: the answers each finding read", () => {
  it("lists exactly the answers the condition read, with their values", () => {
    const r = evaluate({ otherProductsInUse: ["consumer"], feedbackUse: "unknown", renewalDate: undefined });
    const byId = Object.fromEntries(r.findings.map((f) => [f.id, f.because.answers]));
    expect(byId["consumer-product-in-use"]).toEqual([
      { id: "productLine", value: "api" },
      { id: "otherProductsInUse", value: ["consumer"] },
    ]);
    expect(byId["feedback-training-carve-out"]).toEqual([
      { id: "productLine", value: "api" },
      { id: "otherProductsInUse", value: ["consumer"] },
      { id: "feedbackUse", value: "unknown" },
    ]);
    expect(byId["renewal-date-missing"]).toEqual([{ id: "renewalDate", value: null }]);
  });
});

describe("exposure, counts and order", () => {
  it("is the highest severity, with the count per severity", () => {
    expect(evaluate({ renewalDate: undefined })).toMatchObject({
      exposure: "low",
      counts: { high: 0, medium: 0, low: 1, info: 0 },
    });
    expect(evaluate({ renewalDate: undefined, dataCategories: ["financial"] })).toMatchObject({
      exposure: "medium",
      counts: { high: 0, medium: 1, low: 1, info: 0 },
    });
    expect(evaluate({ renewalDate: undefined, dataCategories: ["financial"], writtenCommitment: false })).toMatchObject(
      {
        exposure: "high",
        counts: { high: 1, medium: 1, low: 1, info: 0 },
      },
    );
  });

  it("orders findings by severity, then by the order of docs/specs/finding-ids.md", () => {
    const r = evaluate({
      renewalDate: undefined,
      outputOwnership: "assignmentRequired",
      dataCategories: ["financial", "specialCategory"],
      jurisdictions: ["usOther"],
      dpaStatus: "signed",
      auditRight: "reports",
      writtenCommitment: false,
      productLine: "consumer",
    });
    expect(r.findings.map((f) => f.id)).toEqual([
      "sensitive-data-in-consumer-product", // financial and special-category data into the consumer app
      "consumer-product-in-use",
      "policy-by-reference",
      "special-category-data",
      "no-audit-right",
      "financial-data-glba",
      "output-assignment-qualified",
      "renewal-date-missing",
    ]);
  });

  it("prunes first: answers to questions that do not apply raise nothing", () => {
    expect(
      evaluate({
        dataCategories: ["publicOnly"],
        dpaStatus: "needed",
        baaStatus: "needed",
        dpiaDone: false,
        transferMechanism: "none",
      }).findings,
    ).toEqual([]);
    expect(evaluate({ endUsers: "employees", minorsPossible: true }).answers).not.toHaveProperty("minorsPossible");
  });
});

describe("the status of every finding with a provision test (version 2)", () => {
  /** Answers that raise each provision-tested finding, whatever the vendor's terms say. */
  const RAISING: Partial<Record<FindingId, AnswerOverrides>> = {
    "usage-data-retained": { usageDataLimits: true },
    "no-audit-right": { auditRight: "reports" },
    "output-assignment-qualified": { outputOwnership: "assignmentRequired" },
    "assignment-conditional": { unconditionalAssignment: true },
    "zero-retention-not-default": { retentionRequirement: "zero" },
    "terms-can-change": { changeControl: true },
    "feedback-training-carve-out": { otherProductsInUse: ["consumer"], feedbackUse: "yes" },
    "safety-review-carve-out": { otherProductsInUse: ["consumer"], safetyReview: "notAcceptable" },
    "baa-missing": { dataCategories: ["phi"], baaStatus: "needed" },
    "retention-exceeds-requirement": { retentionRequirement: "limited", maxRetentionDays: 14 },
    "human-review-conflict": { humanReview: "none" },
    "competing-model-restriction": { competingModelRestriction: "narrow" },
    "minimum-age-conflict": { endUsers: "customers", minorsPossible: true },
    "baa-not-offered": { dataCategories: ["phi"], baaStatus: "needed" },
  };
  /** Per finding: a recorded value that settles it, and one that falls short (token keys: from clearWhen). */
  const VALUES: Partial<Record<FindingId, { settles: string; short: string }>> = {
    "retention-exceeds-requirement": { settles: "14", short: "30" },
    "minimum-age-conflict": { settles: "13", short: "18" },
    "baa-not-offered": { settles: "offered", short: "notOffered" },
    "baa-missing": { settles: "notOffered", short: "offered" },
  };
  const tested = FINDINGS.filter((f) => f.raisedWhen.provision);

  it("covers every finding with a provision test", () => {
    expect(Object.keys(RAISING).sort()).toEqual(tested.map((f) => f.id).sort());
  });

  /** The line the test reads under these answers, and the test catalog without that provision. */
  function catalogWithout(def: (typeof tested)[number]) {
    const { key, line } = def.raisedWhen.provision!;
    const productLine = line === "consumer" ? "consumer" : "api";
    return {
      key,
      productLine,
      rest: ANTHROPIC_PROVISIONS.filter((p) => !(p.productLine === productLine && p.key === key)),
    } as const;
  }

  it.each(tested.map((f) => [f.id, f] as const))(
    "%s: settled → not raised, short → raised, not recorded → unknown",
    (id, def) => {
      const { key, productLine, rest } = catalogWithout(def);
      const test = def.raisedWhen.provision!;
      const clear = test.clearWhen;
      const recorded = (value: string): VendorProvision[] => [
        ...rest,
        { ...ANTHROPIC_PROVISIONS[0], productLine, key, value, statement: `Recorded: ${value}.`, version: 1 },
      ];
      const find = (provisions: VendorProvision[]) =>
        evaluate({ ...RAISING[id], productLine: "api" }, provisions).findings.find((f) => f.id === id);
      const values = VALUES[id] ?? {
        settles: clear[0],
        short: (PROVISION_KEYS[key].values as readonly string[]).find((v) => !clear.includes(v))!,
      };

      expect(find(recorded(values.settles)), "settled").toBeUndefined();

      const raised = find(recorded(values.short));
      expect(raised).toMatchObject({
        status: test.recordedStatus ?? "gap",
        title: def.title,
        explanation: def.explanation,
      });
      expect(raised!.because.provisions.find((p) => p.key === key)).toMatchObject({
        known: true,
        statement: `Recorded: ${values.short}.`,
      });

      // Raised only on a recorded position: with nothing recorded, another finding asks.
      if (test.raiseOnlyWhen) {
        expect(find(rest), "not recorded").toBeUndefined();
        return;
      }
      const unknown = find(rest);
      expect(unknown).toMatchObject({
        status: "unknown",
        title: def.unknown!.title,
        explanation: def.unknown!.explanation,
      });
      expect(unknown!.unknownProvisions).toContain(key);
      expect(unknown!.vendorQuestion).toBeDefined();
    },
  );

  it("a vendor not in the catalog produces no gap; findings from the answers alone are requirements", () => {
    const overrides = Object.assign({}, ...Object.values(RAISING), {
      vendorId: "other",
      vendorName: "Acme AI",
      dataCategories: ["specialCategory"],
    });
    const { findings, split } = evaluate(overrides);
    expect(findings.filter((f) => f.status === "gap")).toEqual([]);
    for (const f of findings)
      expect(f.status, f.id).toBe(
        FINDINGS.find((d) => d.id === f.id)!.raisedWhen.provision ? "unknown" : "requirement",
      );
    expect(findings.find((f) => f.id === "special-category-data")?.status).toBe("requirement");
    const total = Object.values(split).reduce((n, c) => n + c.confirmed + c.unknown, 0);
    expect(total).toBe(findings.length);
    expect(Object.values(split).reduce((n, c) => n + c.unknown, 0)).toBe(
      findings.filter((f) => f.status === "unknown").length,
    );
  });
});

describe("terms-changed-before", () => {
  const history = (statements: string[]) =>
    statements.map((statement, i) => ({
      productLine: "api" as const,
      key: "terms_change" as const,
      version: i + 1,
      statement,
      effectiveOn: `2025-0${i + 1}-01`,
      recordedAt: "2026-01-01T00:00:00.000Z",
    }));
  const run = (statements: string[]) =>
    evaluateReview({
      answers: answersWith({ changeControl: true, changeNoticeDays: 60 }),
      provisions: TEST_PROVISIONS,
      history: history(statements),
      library: EMPTY_LIBRARY,
      vendorName: "Anthropic",
    }).findings.find((f) => f.id === "terms-changed-before");

  it("is raised when a provision a raised finding reads has versions whose texts differ, each shown with its date", () => {
    const f = run(["Anthropic may change the terms at will.", "Changes take effect 30 days after notice."]);
    expect(f).toMatchObject({ status: "gap", severity: "low" });
    expect(f!.explanation).toContain("version 1 (effective 2025-01-01): Anthropic may change the terms at will.");
    expect(f!.explanation).toContain("version 2 (effective 2025-02-01): Changes take effect 30 days after notice.");
    expect(f!.because.provisions.map((p) => p.key)).toEqual(["terms_change"]);
  });

  it("is not raised for one version, or for versions whose texts are the same", () => {
    expect(run(["Changes take effect 30 days after notice."])).toBeUndefined();
    expect(run(["Same words.", "Same words."])).toBeUndefined();
  });
});

describe("product line first", () => {
  it("where sensitive data would go into a consumer product, names the vendor's commercial lines with what each offers", () => {
    const r = evaluate({ productLine: "consumer", dataCategories: ["phi"], baaStatus: "needed" });
    expect(r.findings[0].id).toBe("sensitive-data-in-consumer-product");
    expect(r.productLineAdvice?.commercialLines.map((l) => l.line)).toEqual(["api", "business"]);
    const api = r.productLineAdvice!.commercialLines.find((l) => l.line === "api")!;
    // Only what the test catalog records for the API: nothing on a BAA or a training default.
    expect(api).toMatchObject({ baa: null, trainingDefault: null });
    const text = productLineAdviceText(r.productLineAdvice!, "Anthropic");
    expect(text[0]).toMatch(/^Keep this data out of the consumer product/);
    expect(text[1]).toContain("Commercial API: business associate agreement not recorded");
    expect(text[1]).toContain("training default not recorded");
  });

  it("says the catalog does not know a vendor outside it, and gives no advice for public data", () => {
    const other = evaluate({
      vendorId: "other",
      vendorName: "Acme AI",
      productLine: "consumer",
      dataCategories: ["sourceCode"],
    });
    expect(other.productLineAdvice).toEqual({ commercialLines: [] });
    expect(productLineAdviceText(other.productLineAdvice!, "Acme AI")[1]).toMatch(
      /^The catalog does not record Acme AI’s commercial product lines/,
    );
    expect(evaluate({ productLine: "consumer", dataCategories: ["publicOnly"] }).productLineAdvice).toBeNull();
  });
});

describe("findings worded for the buyer's legal setting", () => {
  const texts = (overrides: AnswerOverrides, id: FindingId) => {
    const f = evaluate(overrides).findings.find((x) => x.id === id);
    if (!f) throw new Error(`${id} not raised`);
    return `${f.title} ${f.explanation} ${f.vendorQuestion ?? ""}`;
  };

  it("cites the GDPR only where some of the people are in the EEA, the UK or Switzerland", () => {
    const usOnly: AnswerOverrides = {
      dataCategories: ["personal", "specialCategory"],
      jurisdictions: ["usOther", "california"],
    };
    for (const id of ["dpa-missing", "special-category-data"] as const) {
      expect(texts({ ...usOnly, dpaStatus: "needed" }, id)).not.toMatch(/GDPR/);
      expect(texts({ ...PERSONAL_EEA, ...usOnly, jurisdictions: ["switzerland"], dpaStatus: "needed" }, id)).toMatch(
        /GDPR Art\.\s(28|9)/,
      );
    }
    expect(texts({ ...usOnly, dpaStatus: "needed" }, "dpa-missing")).toMatch(/US state privacy laws/);
  });

  it("says GLBA binds financial institutions, not financial data", () => {
    expect(texts({ dataCategories: ["financial"] }, "financial-data-glba")).toMatch(
      /binds US financial institutions, not financial data/,
    );
  });

  it("quotes what is kept even under zero retention, with its own title", () => {
    const f = evaluate(
      { retentionRequirement: "zero" },
      withProvision("api", "retention_days", "30", "under-zero-retention"),
    ).findings.find((x) => x.id === "retention-exceeds-requirement")!;
    expect(f).toMatchObject({ status: "gap", title: "The vendor keeps some content even under zero data retention" });
    expect(f.because.provisions).toMatchObject([{ known: true, key: "retention_days", value: "30" }]);
  });
});
