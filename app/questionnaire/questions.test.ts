import { describe, expect, it } from "vitest";

import type { Answers } from "./answers.ts";
import { OPTION_HINTS, QUESTION_HELP } from "./question-help.ts";
import {
  defaultAnswer,
  isConsumerInUse,
  isGdprJurisdiction,
  isGlbaInScope,
  paperSizeFor,
  isPersonalDataInScope,
  QUESTION_IDS,
  QUESTIONS,
  questionById,
  questionsOnStep,
  STEP_IDS,
  STEPS,
  type Question,
} from "./questions.ts";

// The public format of docs/specs/answers-file.md, restated by hand: [id, step, kind, values or [min, max], required].
// A change here is a change of the answers file format. "later" is questionnaire.md's "Version 2
// additions": required by the wizard, optional in a file.
type Required = true | false | "when" | "later" | "later-when";
const PUBLIC_FORMAT: [string, string, Question["kind"], string[] | [number, number] | null, Required][] = [
  ["buyerName", "context", "text", [1, 200], true],
  ["vendorId", "context", "vendor", null, true],
  ["vendorName", "context", "text", [1, 200], "when"],
  ["productLine", "context", "choice", ["api", "business", "consumer", "marketplace", "unsure"], true],
  ["otherProductsInUse", "context", "multi", ["api", "business", "consumer", "marketplace"], false],
  ["stage", "context", "choice", ["new", "renewal", "expansion"], true],
  ["signatureDate", "context", "date", null, false],
  ["renewalDate", "context", "date", null, "when"],
  ["termMonths", "context", "integer", [1, 120], false],
  ["paperSize", "context", "choice", ["letter", "a4"], "later"],
  [
    "dataCategories",
    "data",
    "multi",
    ["personal", "specialCategory", "phi", "financial", "sourceCode", "tradeSecrets", "customerData", "publicOnly"],
    true,
  ],
  ["jurisdictions", "data", "multi", ["eea", "uk", "switzerland", "california", "usOther", "other"], true],
  [
    "regulatedSectors",
    "data",
    "multi",
    ["usFinancialInstitution", "euFinancialEntity", "usHealthcare", "publicSector", "education", "none"],
    "later",
  ],
  ["endUsers", "data", "choice", ["employees", "customers", "both"], true],
  ["minorsPossible", "data", "boolean", null, "when"],
  ["useCase", "use", "text", [1, 500], "later"],
  [
    "highRiskUses",
    "use",
    "multi",
    ["health", "credit", "employment", "education", "essentialServices", "lawEnforcement", "legal", "none"],
    "later",
  ],
  [
    "customizations",
    "use",
    "multi",
    ["fineTuning", "embeddings", "retrievalIndexes", "memory", "promptCaching", "none"],
    "later",
  ],
  ["toolUse", "use", "multi", ["webSearch", "connectors", "codeExecution", "computerUse", "none"], "later"],
  ["trainingRequirement", "training", "choice", ["never", "optInOnly", "aggregatedOnly", "noRequirement"], true],
  ["feedbackUse", "training", "choice", ["yes", "no", "unknown"], true],
  ["safetyReview", "training", "choice", ["abuseDetectionOnly", "acceptable", "notAcceptable"], true],
  ["usageDataLimits", "training", "boolean", null, true],
  ["retentionRequirement", "retention", "choice", ["zero", "limited", "vendorStandard"], true],
  ["maxRetentionDays", "retention", "integer", [0, 3650], "when"],
  ["deletionOnTermination", "retention", "boolean", null, true],
  ["deletionDays", "retention", "integer", [1, 365], "when"],
  ["backupsIncluded", "retention", "boolean", null, "when"],
  ["humanReview", "access", "choice", ["none", "safetyOnly", "vendorStandard"], true],
  ["subprocessorNoticeDays", "access", "integer", [0, 180], true],
  ["subprocessorObjection", "access", "boolean", null, true],
  ["dataResidency", "access", "choice", ["none", "eea", "uk", "us", "other"], true],
  ["dataResidencyOther", "access", "text", [1, 200], "when"],
  ["certifications", "access", "multi", ["soc2type2", "iso27001", "iso27701", "iso42001", "pentestSummary"], false],
  ["breachNoticeHours", "access", "integer", [1, 720], true],
  ["outputOwnership", "outputs", "choice", ["assignmentRequired", "licenseAcceptable"], true],
  ["ipIndemnity", "outputs", "boolean", null, true],
  ["unconditionalAssignment", "outputs", "boolean", null, true],
  ["competingModelRestriction", "outputs", "choice", ["accept", "narrow", "unknown"], true],
  ["liabilityPosition", "outputs", "choice", ["uncapped", "superCap", "vendorStandard"], "later"],
  ["superCapMultiple", "outputs", "integer", [1, 10], "later-when"],
  ["insuranceRequired", "outputs", "boolean", null, "later"],
  ["auditRight", "assurance", "choice", ["onsite", "reports", "none"], true],
  ["changeControl", "assurance", "boolean", null, true],
  ["changeNoticeDays", "assurance", "integer", [0, 365], "when"],
  ["writtenCommitment", "assurance", "boolean", null, true],
  ["modelChangeNoticeDays", "assurance", "integer", [0, 365], "later"],
  ["dpaStatus", "regulatory", "choice", ["signed", "needed", "notApplicable"], "when"],
  ["transferMechanism", "regulatory", "choice", ["sccs", "dpf", "ukIdta", "none", "unknown"], "when"],
  ["baaStatus", "regulatory", "choice", ["signed", "needed", "notApplicable"], "when"],
  ["dpiaDone", "regulatory", "boolean", null, "when"],
  ["reconfirmAtRenewal", "renewal", "boolean", null, true],
  ["reviewLeadDays", "renewal", "integer", [7, 365], true],
  ["noticeDays", "renewal", "integer", [0, 365], false],
  ["renewalOwner", "renewal", "text", [1, 200], false],
  ["renewalOwnerEmail", "renewal", "email", null, false],
];

describe("the questions follow the public format of docs/specs/answers-file.md", () => {
  it("has exactly the ids of the format, in its order", () => {
    expect(QUESTION_IDS).toEqual(PUBLIC_FORMAT.map(([id]) => id));
  });

  it.each(PUBLIC_FORMAT)("%s: step %s, kind %s, values %j, required %s", (id, step, kind, values, required) => {
    const q = questionById(id) as Question;
    expect(q.step).toBe(step);
    expect(q.kind).toBe(kind);
    if (q.kind === "choice" || q.kind === "multi") expect(q.options.map((o) => o.value)).toEqual(values);
    if (q.kind === "integer" || q.kind === "text") expect([q.min, q.max]).toEqual(values);
    expect(q.optionalInFile === true).toBe(required === "later" || required === "later-when");
    if (required === "when" || required === "later-when") {
      // Either the question appears only under a condition, or its requiredness depends on one.
      expect(q.relevantWhen !== undefined || typeof q.required === "function").toBe(true);
    } else {
      expect(q.required).toBe(required === "later" ? true : required);
      expect(q.relevantWhen).toBeUndefined();
    }
  });

  it("gives the defaults of the format", () => {
    const defaults = Object.fromEntries(
      QUESTIONS.filter((q) => "defaultValue" in q && q.defaultValue !== undefined).map((q) => [
        q.id,
        (q as { defaultValue: unknown }).defaultValue,
      ]),
    );
    expect(defaults).toEqual({
      deletionDays: 30,
      subprocessorNoticeDays: 30,
      breachNoticeHours: 72,
      changeNoticeDays: 60,
      writtenCommitment: true,
      reconfirmAtRenewal: true,
      reviewLeadDays: 90,
      liabilityPosition: "superCap",
      superCapMultiple: 3,
      insuranceRequired: true,
      modelChangeNoticeDays: 90,
    });
  });

  it.each<[Answers, string | undefined]>([
    [{}, "letter"],
    [{ jurisdictions: ["california", "usOther"] }, "letter"],
    [{ jurisdictions: ["usOther", "switzerland"] }, "a4"],
    [{ jurisdictions: ["other"] }, "a4"],
    [{ jurisdictions: ["eea"], paperSize: "letter" }, "letter"],
  ])("paper size for %j: %s (Letter when every jurisdiction is in the US, else A4)", (answers, expected) => {
    expect(defaultAnswer(questionById("paperSize") as Question, answers)).toBe(expected);
    expect(paperSizeFor(answers)).toBe(expected);
  });

  it("explains every question and option, and says when a conditional question applies", () => {
    for (const q of QUESTIONS) {
      expect(q.label, q.id).not.toBe("");
      expect(QUESTION_HELP[q.id].length, q.id).toBeGreaterThan(30);
      if (q.relevantWhen) {
        expect(q.relevantWhenText, q.id).toBeTruthy();
        expect(q.dependsOn?.length, q.id).toBeGreaterThan(0);
      }
      if (typeof q.required === "function") expect(q.requiredWhenText, q.id).toBeTruthy();
      if (q.kind === "choice" || q.kind === "multi")
        for (const o of q.options) expect(o.label, `${q.id}.${o.value}`).not.toBe("");
    }
  });

  it("gives hints only to options the questions have, and none twice", () => {
    for (const [id, hints] of Object.entries(OPTION_HINTS)) {
      const q = questionById(id) as Question;
      expect(q.kind === "choice" || q.kind === "multi", id).toBe(true);
      const options = q.kind === "choice" || q.kind === "multi" ? q.options : [];
      for (const value of Object.keys(hints ?? {})) {
        const option = options.find((o) => o.value === value);
        expect(option, `${id}.${value}`).toBeDefined();
        expect(option?.hint, `${id}.${value} has its hint in one place`).toBeUndefined();
      }
    }
  });

  it("puts every question on a step that asks questions, and gives every step a title and an intro", () => {
    expect(STEP_IDS).toEqual([
      "context",
      "data",
      "use",
      "training",
      "retention",
      "access",
      "outputs",
      "assurance",
      "regulatory",
      "renewal",
      "review",
    ]);
    for (const step of STEP_IDS) {
      expect(STEPS[step].title).not.toBe("");
      expect(STEPS[step].intro).not.toBe("");
      expect(questionsOnStep(step).length > 0).toBe(step !== "review");
    }
  });

  it("answers undefined for an id it does not have", () => {
    expect(questionById("buyername")).toBeUndefined();
    expect(questionById("buyerName")?.label).toBe("Buyer’s legal name");
  });
});

describe("facts derived from the answers", () => {
  it.each<[Answers, boolean]>([
    [{}, false],
    [{ dataCategories: ["publicOnly"] }, false],
    [{ dataCategories: ["financial", "sourceCode", "tradeSecrets"] }, false],
    [{ dataCategories: ["personal"] }, true],
    [{ dataCategories: ["specialCategory"] }, true],
    [{ dataCategories: ["phi"] }, true],
    [{ dataCategories: ["financial", "customerData"] }, true],
  ])("personal data in scope for %j: %s", (answers, expected) => {
    expect(isPersonalDataInScope(answers)).toBe(expected);
  });

  it.each<[Answers, boolean]>([
    [{}, false],
    [{ productLine: "consumer" }, true],
    [{ productLine: "api", otherProductsInUse: ["consumer"] }, true],
    [{ productLine: "api", otherProductsInUse: ["business", "marketplace"] }, false],
    [{ productLine: "unsure", otherProductsInUse: [] }, false],
  ])("consumer product in use for %j: %s", (answers, expected) => {
    expect(isConsumerInUse(answers)).toBe(expected);
  });

  it.each<[Answers, boolean]>([
    [{}, false],
    [{ jurisdictions: ["california", "usOther", "other"] }, false],
    [{ jurisdictions: ["eea"] }, true],
    [{ jurisdictions: ["usOther", "uk"] }, true],
    [{ jurisdictions: ["switzerland"] }, true],
  ])("people in the EEA, the UK or Switzerland for %j: %s", (answers, expected) => {
    expect(isGdprJurisdiction(answers)).toBe(expected);
  });

  it.each<[Answers, boolean]>([
    // A file written before regulatedSectors existed: the financial information alone decides, as then.
    [{ dataCategories: ["financial"] }, true],
    [{ dataCategories: ["personal"] }, false],
    [{ dataCategories: ["financial"], regulatedSectors: ["usFinancialInstitution"] }, true],
    [{ dataCategories: ["financial"], regulatedSectors: ["euFinancialEntity"] }, false],
    [{ dataCategories: ["financial"], regulatedSectors: ["none"] }, false],
    [{ dataCategories: ["personal"], regulatedSectors: ["usFinancialInstitution"] }, false],
  ])("GLBA in scope for %j: %s", (answers, expected) => {
    expect(isGlbaInScope(answers)).toBe(expected);
  });
});
