/**
 * The clause selection rules, restated by hand, against the real clause library in templates/: for every clause,
 * answers where it must apply (with the variant where one is prescribed) and answers where it must not.
 */
import { beforeAll, describe, expect, it } from "vitest";

import type { ClauseLibrary } from "../clauses/library.ts";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { type AnswerOverrides, PERSONAL_EEA, answersWith } from "../../tests/support/test-answers.ts";

import { evaluateReview, type ClauseResult } from "./evaluate.ts";
import { ALWAYS } from "../../tests/support/fixture-expectations.ts";
import { TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";

let library: ClauseLibrary;
beforeAll(() => {
  library = loadClauseLibrary();
});

function evaluate(overrides: AnswerOverrides) {
  return evaluateReview({
    answers: answersWith(overrides),
    provisions: TEST_PROVISIONS,
    library,
    vendorName: "Anthropic",
  });
}

/** Every text of a clause as the pack prints it: language, fallbacks, note, questions, renewal line. */
function renderedTexts(c: ClauseResult): string[] {
  const r = c.rendered;
  return [...r.language, ...r.fallbacks, r.negotiationNote, ...r.questions, r.reconfirmAtRenewal];
}

type Row = [clause: string, name: string, overrides: AnswerOverrides, applies: boolean];
const rows: Row[] = [
  ...ALWAYS.map((id): Row => [id, "always (quiet answers)", {}, true]),
  ...ALWAYS.map((id): Row => [
    id,
    "always (vendor other, consumer)",
    { vendorId: "other", vendorName: "Acme", productLine: "consumer" },
    true,
  ]),

  ["no-training", "never", { trainingRequirement: "never" }, true],
  ["no-training", "optInOnly", { trainingRequirement: "optInOnly" }, true],
  ["no-training", "aggregatedOnly", { trainingRequirement: "aggregatedOnly" }, true],
  ["no-training", "noRequirement", { trainingRequirement: "noRequirement" }, false],

  ["feedback-excluded", "never, feedback yes", { trainingRequirement: "never", feedbackUse: "yes" }, true],
  [
    "feedback-excluded",
    "optInOnly, feedback unknown",
    { trainingRequirement: "optInOnly", feedbackUse: "unknown" },
    true,
  ],
  ["feedback-excluded", "never, no feedback", { trainingRequirement: "never", feedbackUse: "no" }, false],
  [
    "feedback-excluded",
    "no requirement, feedback yes",
    { trainingRequirement: "noRequirement", feedbackUse: "yes" },
    false,
  ],

  ["safety-review-limits", "abuse detection only", { safetyReview: "abuseDetectionOnly" }, true],
  ["safety-review-limits", "not acceptable", { safetyReview: "notAcceptable" }, true],
  ["safety-review-limits", "acceptable", { safetyReview: "acceptable" }, false],

  ["usage-data", "limits wanted", { usageDataLimits: true }, true],
  ["usage-data", "no limits", { usageDataLimits: false }, false],

  ["retention-limit", "limited", { retentionRequirement: "limited", maxRetentionDays: 30 }, true],
  ["retention-limit", "zero", { retentionRequirement: "zero" }, false],
  ["retention-limit", "vendor standard", { retentionRequirement: "vendorStandard" }, false],

  ["zero-data-retention", "zero", { retentionRequirement: "zero" }, true],
  ["zero-data-retention", "limited", { retentionRequirement: "limited", maxRetentionDays: 30 }, false],

  [
    "deletion-on-termination",
    "deletion, backups",
    { deletionOnTermination: true, deletionDays: 30, backupsIncluded: true },
    true,
  ],
  [
    "deletion-on-termination",
    "deletion, no backups",
    { deletionOnTermination: true, deletionDays: 30, backupsIncluded: false },
    true,
  ],
  ["deletion-on-termination", "no deletion", { deletionOnTermination: false }, false],

  ["personnel-access", "none", { humanReview: "none" }, true],
  ["personnel-access", "safety only", { humanReview: "safetyOnly" }, true],
  ["personnel-access", "vendor standard", { humanReview: "vendorStandard" }, false],

  ["data-residency", "eea", { dataResidency: "eea" }, true],
  ["data-residency", "other", { dataResidency: "other", dataResidencyOther: "Switzerland" }, true],
  ["data-residency", "none", { dataResidency: "none" }, false],

  ["security-reports", "SOC 2", { certifications: ["soc2type2"] }, true],
  ["security-reports", "empty list", { certifications: [] }, false],
  ["security-reports", "not answered", { certifications: undefined }, false],

  ["output-ownership", "assignment required", { outputOwnership: "assignmentRequired" }, true],
  ["output-ownership", "licence acceptable", { outputOwnership: "licenseAcceptable" }, false],

  ["output-ip-indemnity", "indemnity wanted", { ipIndemnity: true }, true],
  ["output-ip-indemnity", "not wanted", { ipIndemnity: false }, false],

  ["unconditional-assignment", "wanted", { unconditionalAssignment: true }, true],
  ["unconditional-assignment", "not wanted", { unconditionalAssignment: false }, false],

  ["audit-verification", "on site", { auditRight: "onsite" }, true],
  ["audit-verification", "reports", { auditRight: "reports" }, true],
  ["audit-verification", "none", { auditRight: "none" }, false],

  ["change-control", "wanted", { changeControl: true, changeNoticeDays: 60 }, true],
  ["change-control", "not wanted", { changeControl: false }, false],

  ["dpa", "needed", { ...PERSONAL_EEA, dpaStatus: "needed" }, true],
  ["dpa", "signed", PERSONAL_EEA, false],
  ["dpa", "needed, but no personal data (stale)", { dataCategories: ["sourceCode"], dpaStatus: "needed" }, false],

  ["international-transfers", "SCCs", PERSONAL_EEA, true],
  ["international-transfers", "none", { ...PERSONAL_EEA, transferMechanism: "none" }, true],
  [
    "international-transfers",
    "unknown",
    { ...PERSONAL_EEA, jurisdictions: ["uk"], transferMechanism: "unknown" },
    true,
  ],
  ["international-transfers", "not asked: no EEA/UK people", { ...PERSONAL_EEA, jurisdictions: ["usOther"] }, false],
  [
    "international-transfers",
    "not asked: no personal data",
    { ...PERSONAL_EEA, dataCategories: ["sourceCode"] },
    false,
  ],

  ["hipaa-baa", "needed", { ...PERSONAL_EEA, dataCategories: ["phi"], baaStatus: "needed" }, true],
  ["hipaa-baa", "signed", { ...PERSONAL_EEA, dataCategories: ["phi"], baaStatus: "signed" }, false],
  ["hipaa-baa", "needed, but no PHI (stale)", { ...PERSONAL_EEA, baaStatus: "needed" }, false],

  ["glba-safeguards", "financial (a version-1 file: no sectors said)", { dataCategories: ["financial"] }, true],
  ["glba-safeguards", "no financial", { dataCategories: ["sourceCode"] }, false],
  [
    "glba-safeguards",
    "financial, a US financial institution",
    { dataCategories: ["financial"], regulatedSectors: ["usFinancialInstitution"] },
    true,
  ],
  [
    "glba-safeguards",
    "financial, not a US financial institution",
    { dataCategories: ["financial"], regulatedSectors: ["euFinancialEntity"] },
    false,
  ],

  ["ccpa-service-provider", "california, personal", { ...PERSONAL_EEA, jurisdictions: ["california"] }, true],
  [
    "ccpa-service-provider",
    "california, customer data",
    { jurisdictions: ["california"], dataCategories: ["customerData"], dpaStatus: "signed" },
    true,
  ],
  [
    "ccpa-service-provider",
    "california, no personal data",
    { jurisdictions: ["california"], dataCategories: ["sourceCode"] },
    false,
  ],
  ["ccpa-service-provider", "personal, not california", { ...PERSONAL_EEA, jurisdictions: ["usOther"] }, false],

  ["confidentiality", "trade secrets", { dataCategories: ["tradeSecrets"] }, true],
  ["confidentiality", "source code", { dataCategories: ["sourceCode"] }, true],
  ["confidentiality", "public only", { dataCategories: ["publicOnly"] }, false],
  ["confidentiality", "personal only", PERSONAL_EEA, false],

  ["renewal-reconfirmation", "wanted", { reconfirmAtRenewal: true }, true],
  ["renewal-reconfirmation", "not wanted", { reconfirmAtRenewal: false }, false],

  // clauses.md, "Version 2", "New clauses"
  ["liability-and-insurance", "source code", { dataCategories: ["sourceCode"] }, true],
  ["liability-and-insurance", "personal data", PERSONAL_EEA, true],
  ["liability-and-insurance", "financial only", { dataCategories: ["financial"] }, true],
  ["liability-and-insurance", "public only", { dataCategories: ["publicOnly"] }, false],

  ["customer-models-and-derived-data", "fine-tuning", { customizations: ["fineTuning"] }, true],
  [
    "customer-models-and-derived-data",
    "embeddings and prompt caching",
    { customizations: ["embeddings", "promptCaching"] },
    true,
  ],
  ["customer-models-and-derived-data", "memory", { customizations: ["memory"] }, true],
  ["customer-models-and-derived-data", "retrieval indexes", { customizations: ["retrievalIndexes"] }, true],
  ["customer-models-and-derived-data", "none", { customizations: ["none"] }, false],
  ["customer-models-and-derived-data", "not answered (a version-1 file)", { customizations: undefined }, false],

  ["agents-and-tools", "web search", { toolUse: ["webSearch"] }, true],
  ["agents-and-tools", "connectors", { toolUse: ["connectors"] }, true],
  ["agents-and-tools", "code execution and computer use", { toolUse: ["codeExecution", "computerUse"] }, true],
  ["agents-and-tools", "none", { toolUse: ["none"] }, false],
  ["agents-and-tools", "not answered (a version-1 file)", { toolUse: undefined }, false],

  ["ai-act-support", "EEA", { jurisdictions: ["eea"] }, true],
  ["ai-act-support", "EEA and the US", { jurisdictions: ["usOther", "eea"] }, true],
  ["ai-act-support", "UK only", { jurisdictions: ["uk"] }, false],
  ["ai-act-support", "Switzerland only", { jurisdictions: ["switzerland"] }, false],
  ["ai-act-support", "US only", { jurisdictions: ["california", "usOther"] }, false],

  ["output-accuracy", "credit", { highRiskUses: ["credit"] }, true],
  ["output-accuracy", "health and employment", { highRiskUses: ["health", "employment"] }, true],
  ["output-accuracy", "legal", { highRiskUses: ["legal"] }, true],
  ["output-accuracy", "none", { highRiskUses: ["none"] }, false],
  ["output-accuracy", "not answered (a version-1 file)", { highRiskUses: undefined }, false],

  ["minors-safeguards", "minors possible", { endUsers: "customers", minorsPossible: true }, true],
  ["minors-safeguards", "no minors", { endUsers: "both", minorsPossible: false }, false],
  ["minors-safeguards", "employees only (stale answer pruned)", { endUsers: "employees", minorsPossible: true }, false],

  ["marketplace-purchase", "bought through a marketplace", { productLine: "marketplace" }, true],
  [
    "marketplace-purchase",
    "marketplace also in use",
    { productLine: "api", otherProductsInUse: ["marketplace"] },
    true,
  ],
  ["marketplace-purchase", "API and business seats", { productLine: "api", otherProductsInUse: ["business"] }, false],
  ["marketplace-purchase", "not sure which line", { productLine: "unsure" }, false],

  ["dora-ict-services", "EU financial entity", { regulatedSectors: ["euFinancialEntity"] }, true],
  [
    "dora-ict-services",
    "EU and US financial",
    { regulatedSectors: ["usFinancialInstitution", "euFinancialEntity"] },
    true,
  ],
  ["dora-ict-services", "US financial institution only", { regulatedSectors: ["usFinancialInstitution"] }, false],
  ["dora-ict-services", "no regulated sector", { regulatedSectors: ["none"] }, false],
  ["dora-ict-services", "not answered (a version-1 file)", { regulatedSectors: undefined }, false],
];

describe("every clause: where it must apply and where it must not", () => {
  it.each(rows)("%s: %s → %s", (id, _name, overrides, applies) => {
    const ids = evaluate(overrides).clauses.map((c) => c.id);
    expect(ids.includes(id)).toBe(applies);
  });

  it("covers every clause of the library both ways (but those that always apply)", () => {
    for (const c of library.clauses) {
      expect(
        rows.some((r) => r[0] === c.id && r[3]),
        `${c.id} applies`,
      ).toBe(true);
      if (!ALWAYS.includes(c.id))
        expect(
          rows.some((r) => r[0] === c.id && !r[3]),
          `${c.id} does not apply`,
        ).toBe(true);
    }
  });
});

describe("variants", () => {
  it("no-training follows the training requirement", () => {
    for (const requirement of ["never", "optInOnly", "aggregatedOnly"] as const) {
      const c = evaluate({ trainingRequirement: requirement }).clauses.find((x) => x.id === "no-training");
      expect(c?.variant).toBe(requirement);
      expect(c?.because.answers).toContainEqual({ id: "trainingRequirement", value: requirement });
    }
  });

  it("dpa follows the jurisdictions: GDPR Art. 28 for the EEA, the UK or Switzerland, the US state laws otherwise", () => {
    const dpa = (jurisdictions: AnswerOverrides["jurisdictions"]) =>
      evaluate({ ...PERSONAL_EEA, jurisdictions, dpaStatus: "needed" }).clauses.find((x) => x.id === "dpa")!;
    for (const where of [["eea"], ["uk", "usOther"], ["switzerland"]] as const) {
      expect(dpa([...where]).variant, where.join()).toBe("gdpr");
      expect(
        dpa([...where])
          .sources.map((s) => s.title)
          .join(" "),
      ).toMatch(/GDPR/);
    }
    const us = dpa(["california", "usOther"]);
    expect(us.variant).toBe("us-state");
    const all = [...renderedTexts(us), ...us.sources.map((s) => s.title)].join(" ");
    expect(all).not.toMatch(/GDPR|Article 28|Art\. 28/);
    expect(all).toMatch(/US State Privacy Laws/);
  });

  it("subprocessors gives the objection right whenever the dpa is in its GDPR variant (Art. 28(2))", () => {
    const sub = (overrides: AnswerOverrides) => evaluate(overrides).clauses.find((x) => x.id === "subprocessors")!;
    const noObjection = { subprocessorObjection: false, subprocessorNoticeDays: 30 } as const;
    expect(sub({ ...PERSONAL_EEA, ...noObjection, dpaStatus: "needed" }).variant).toBe("withObjection");
    expect(sub({ ...PERSONAL_EEA, ...noObjection, dpaStatus: "signed" }).variant).toBe("noticeOnly");
    expect(sub({ ...PERSONAL_EEA, ...noObjection, jurisdictions: ["usOther"], dpaStatus: "needed" }).variant).toBe(
      "noticeOnly",
    );
    expect(sub({ ...noObjection, subprocessorObjection: true }).variant).toBe("withObjection");
    // The GDPR source is cited only with the language it supports.
    expect(
      sub(noObjection)
        .sources.map((s) => s.title)
        .join(" "),
    ).not.toMatch(/GDPR/);
  });

  it("covered-services speaks of the consumer product only where one is in use", () => {
    const consumer = evaluate({ otherProductsInUse: ["consumer"] }).clauses.find((x) => x.id === "covered-services");
    const commercial = evaluate({}).clauses.find((x) => x.id === "covered-services");
    expect(consumer?.variant).not.toBe(commercial?.variant);
    expect(consumer?.rendered.language.join(" ")).toMatch(/consumer/);
  });
});

describe("variants of the version-2 clauses", () => {
  const clause = (overrides: AnswerOverrides, id: string) => {
    const c = evaluate(overrides).clauses.find((x) => x.id === id);
    if (!c) throw new Error(`${id} not selected`);
    return c;
  };
  const text = (c: ClauseResult) => renderedTexts(c).join("\n");

  it("liability-and-insurance follows the liability position and the insurance answer", () => {
    const data = { dataCategories: ["personal" as const] };
    const cases = [
      [{ liabilityPosition: "uncapped", insuranceRequired: true }, "uncappedInsured"],
      [{ liabilityPosition: "uncapped", insuranceRequired: false }, "uncapped"],
      [{ liabilityPosition: "vendorStandard", insuranceRequired: true }, "standardInsured"],
      [{ liabilityPosition: "vendorStandard", insuranceRequired: false }, "standard"],
      [{ liabilityPosition: "superCap", superCapMultiple: 4, insuranceRequired: true }, "superCapInsured"],
      [{ liabilityPosition: "superCap", superCapMultiple: 4, insuranceRequired: false }, "superCap"],
    ] as const;
    for (const [answers, variant] of cases) {
      const c = clause({ ...data, ...answers }, "liability-and-insurance");
      expect(c.variant, variant).toBe(variant);
      const language = c.rendered.language.join("\n");
      expect(language.includes("technology errors and omissions insurance"), variant).toBe(variant.endsWith("Insured"));
      expect(language.includes("Data Claims Cap"), variant).toBe(variant.startsWith("superCap"));
      if (variant.startsWith("superCap")) expect(language).toContain("the greater of (a) four times the Fees");
      if (variant.startsWith("uncapped")) expect(language).toContain("No limitation or exclusion of liability");
    }
  });

  it("liability-and-insurance in a file written before the questions: the defaults, a super-cap of three times, insured", () => {
    const c = clause({ dataCategories: ["sourceCode"] }, "liability-and-insurance");
    expect(c.variant).toBe("superCapInsured");
    expect(c.rendered.language.join(" ")).toContain("three times the Fees paid and payable in the 12 months");
  });

  it("acceptable-use prints the use case exactly as typed, and asks for it where the file has none", () => {
    const typed = "Answering “policy” questions from staff\r\n— and drafting <short> replies & notes  ";
    const stated = clause({ useCase: typed }, "acceptable-use");
    expect(stated.variant).toBe("stated");
    expect(stated.rendered.language[0].endsWith(`as follows: “${typed}”`)).toBe(true);
    expect(stated.because.answers).toContainEqual({ id: "useCase", value: typed });
    const unstated = clause({}, "acceptable-use");
    expect(unstated.variant).toBe("notStated");
    expect(unstated.rendered.language[0]).toMatch(/^Before it first uses the Services/);
  });

  it("customer-models-and-derived-data adds the terms on weights and base models only for fine-tuning", () => {
    const tuned = clause({ customizations: ["fineTuning", "embeddings"] }, "customer-models-and-derived-data");
    expect(tuned.variant).toBe("withFineTuning");
    expect(tuned.rendered.language[0]).toContain("the following from Customer Data: fine-tuned models and embeddings.");
    expect(text(tuned)).toContain("successor model");
    const indexes = clause({ customizations: ["retrievalIndexes"] }, "customer-models-and-derived-data");
    expect(indexes.variant).toBe("withoutFineTuning");
    expect(text(indexes)).not.toContain("successor model");
    expect(indexes.rendered.language.join(" ")).not.toContain("each Customer Model to the extent it embodies");
    // The model-level remedy for unauthorised training is in both.
    for (const c of [tuned, indexes]) expect(c.rendered.language.join(" ")).toContain("“Affected Model”");
  });

  it("model-changes gives the notice asked for, 90 days by default, and words 0 without a number", () => {
    expect(clause({ modelChangeNoticeDays: 45 }, "model-changes").rendered.language[1]).toContain(
      "at least 45 days’ prior written notice",
    );
    expect(clause({ modelChangeNoticeDays: 1 }, "model-changes").rendered.language[1]).toContain(
      "at least 1 day’s prior written notice",
    );
    expect(clause({}, "model-changes").rendered.language[1]).toContain("at least 90 days’ prior written notice");
    const none = clause({ modelChangeNoticeDays: 0 }, "model-changes");
    expect(none.variant).toBe("noNoticePeriod");
    expect(text(none)).not.toMatch(/\b0 days?/);
  });

  it("ai-act-support states the high-risk uses and cites Articles 25(4), 26 and 27 only where there is one", () => {
    const high = clause({ jurisdictions: ["eea"], highRiskUses: ["employment", "health"] }, "ai-act-support");
    expect(high.variant).toBe("highRisk");
    expect(high.rendered.language.join(" ")).toContain(
      "in the areas of health (diagnosis, treatment or access to care) and employment (hiring, promotion, dismissal or the monitoring of workers)",
    );
    // Citations keep their number with a no-break space (keepCitationsTogether): \s matches it.
    expect(high.rendered.language.join(" ")).toMatch(/Article\s25\(4\) of the AI Act/);
    expect(high.sources.map((s) => s.title).join(" ")).toMatch(/Articles\s6, 25, 26 and 27/);
    for (const highRiskUses of [["none" as const], undefined]) {
      const general = clause({ jurisdictions: ["eea"], highRiskUses }, "ai-act-support");
      expect(general.variant).toBe("general");
      expect(general.rendered.language.join(" ")).not.toMatch(/Article\s2[567]\b/);
      expect(general.sources.map((s) => s.title).join(" ")).not.toMatch(/Articles\s6, 25/);
    }
  });

  it("minors-safeguards names COPPA for people in the US and Article 8 for the EEA and the UK, each only there", () => {
    const minors = (jurisdictions: AnswerOverrides["jurisdictions"]) =>
      clause({ endUsers: "customers", minorsPossible: true, jurisdictions }, "minors-safeguards");
    const cases = [
      [["eea", "california"], "gdprAndCoppa", true, true],
      [["uk"], "gdpr", false, true],
      [["usOther"], "coppa", true, false],
    ] as const;
    for (const [where, variant, coppa, gdpr] of cases) {
      const c = minors([...where]);
      expect(c.variant, where.join()).toBe(variant);
      const all = [...c.rendered.language, ...c.sources.map((s) => s.title)].join(" ");
      expect(/COPPA|6501/.test(all), `${where.join()} COPPA`).toBe(coppa);
      expect(/Article\s8\b/.test(all), `${where.join()} Article 8`).toBe(gdpr);
    }
    // Switzerland alone: the regimes are named only to the extent they apply.
    const swiss = minors(["switzerland"]);
    expect(swiss.variant).toBe("elsewhere");
    expect(swiss.rendered.language.join(" ")).toContain("to the extent they apply");
    for (const c of [minors(["eea"]), minors(["usOther"]), swiss]) {
      expect(c.rendered.language[1]).toMatch(/shall not use Personal Data of a Minor.* for Model Improvement/);
    }
  });

  it("marketplace-purchase speaks of the line bought, or of the one also in use", () => {
    expect(clause({ productLine: "marketplace" }, "marketplace-purchase").rendered.language[0]).toMatch(
      /^The Customer buys the Services through the cloud platform or marketplace/,
    );
    const inUse = clause({ productLine: "business", otherProductsInUse: ["marketplace"] }, "marketplace-purchase");
    expect(inUse.variant).toBe("inUse");
    expect(inUse.rendered.language[0]).toMatch(/^Authorized Users also use the Services through/);
  });

  it("the tools, the high-risk uses and what is built from the data are named in words", () => {
    expect(clause({ toolUse: ["computerUse", "webSearch"] }, "agents-and-tools").rendered.language[0]).toContain(
      "the following Tools: web search (including the fetching of web pages) and computer use.",
    );
    expect(clause({ highRiskUses: ["legal"] }, "output-accuracy").rendered.language[0]).toContain(
      "in the areas of legal matters (the administration of justice or legal advice to individuals).",
    );
  });
});

describe("rendered clauses", () => {
  it("fill the variables from the answers and list the answers that brought them in", () => {
    const r = evaluate({
      retentionRequirement: "limited",
      maxRetentionDays: 17,
      deletionOnTermination: true,
      deletionDays: 23,
      backupsIncluded: true,
      breachNoticeHours: 36,
      subprocessorNoticeDays: 41,
    });
    const text = (id: string) => {
      const c = r.clauses.find((x) => x.id === id);
      return c ? [...c.rendered.language, ...c.rendered.fallbacks, c.rendered.negotiationNote].join(" ") : "";
    };
    expect(text("retention-limit")).toContain("17");
    expect(text("deletion-on-termination")).toContain("23");
    expect(text("breach-notification")).toContain("36");
    expect(text("subprocessors")).toContain("41");
    const retention = r.clauses.find((x) => x.id === "retention-limit");
    // maxRetentionDays chooses the variant (0 has its own wording), so it is among the reasons.
    expect(retention?.because.answers).toEqual([
      { id: "retentionRequirement", value: "limited" },
      { id: "maxRetentionDays", value: 17 },
    ]);
    for (const c of r.clauses) {
      for (const t of renderedTexts(c)) expect(t, c.id).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("come in the library's order, and their questions reach the vendor questions once each", () => {
    const r = evaluate({
      trainingRequirement: "never",
      feedbackUse: "yes",
      usageDataLimits: true,
      auditRight: "reports",
    });
    const orders = r.clauses.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const questions = r.vendorQuestions.map((q) => q.question);
    expect(new Set(questions).size).toBe(questions.length);
    for (const c of r.clauses) {
      for (const q of c.rendered.questions) expect(questions).toContain(q);
    }
    expect(r.libraryVersion).toBe(library.version);
  });
});
