import { describe, expect, it } from "vitest";

import type { Answers } from "./answers.ts";
import {
  firstIncompleteStep,
  isQuestionnaireComplete,
  isStepComplete,
  nextStep,
  previousStep,
  relevantQuestions,
  stepSequence,
} from "./flow.ts";
import { STEP_IDS, type StepId } from "./questions.ts";
import { changed, PUBLIC_DATA_REVIEW, WIZARD_PUBLIC_DATA_REVIEW } from "../../tests/support/test-answers.ts";

// Every step of the questionnaire (questions.test.ts pins their ids), and all but the regulatory one.
const ALL: StepId[] = [...STEP_IDS];
const ALL_BUT_REGULATORY: StepId[] = STEP_IDS.filter((step) => step !== "regulatory");

describe("stepSequence", () => {
  it.each<[string, Answers, StepId[]]>([
    ["nothing answered yet", {}, ALL_BUT_REGULATORY],
    ["public data only", { dataCategories: ["publicOnly"], jurisdictions: ["eea"] }, ALL_BUT_REGULATORY],
    ["source code and trade secrets", { dataCategories: ["sourceCode", "tradeSecrets"] }, ALL_BUT_REGULATORY],
    ["financial data alone", { dataCategories: ["financial"], jurisdictions: ["eea"] }, ALL_BUT_REGULATORY],
    ["personal data", { dataCategories: ["personal"], jurisdictions: ["usOther"] }, ALL],
    ["PHI", { dataCategories: ["phi"] }, ALL],
    ["customers' data of EEA residents", { dataCategories: ["customerData"], jurisdictions: ["eea"] }, ALL],
  ])("%s", (_, answers, expected) => {
    expect(stepSequence(answers)).toEqual(expected);
  });
});

describe("relevantQuestions", () => {
  it.each<[StepId, Answers, string[]]>([
    [
      "context",
      {},
      [
        "buyerName",
        "vendorId",
        "productLine",
        "otherProductsInUse",
        "stage",
        "signatureDate",
        "renewalDate",
        "termMonths",
        "paperSize",
      ],
    ],
    [
      "context",
      { vendorId: "other" },
      [
        "buyerName",
        "vendorId",
        "vendorName",
        "productLine",
        "otherProductsInUse",
        "stage",
        "signatureDate",
        "renewalDate",
        "termMonths",
        "paperSize",
      ],
    ],
    ["data", {}, ["dataCategories", "jurisdictions", "regulatedSectors", "endUsers"]],
    ["data", { endUsers: "employees" }, ["dataCategories", "jurisdictions", "regulatedSectors", "endUsers"]],
    [
      "data",
      { endUsers: "customers" },
      ["dataCategories", "jurisdictions", "regulatedSectors", "endUsers", "minorsPossible"],
    ],
    [
      "data",
      { endUsers: "both" },
      ["dataCategories", "jurisdictions", "regulatedSectors", "endUsers", "minorsPossible"],
    ],
    ["use", {}, ["useCase", "highRiskUses", "customizations", "toolUse"]],
    ["retention", {}, ["retentionRequirement", "deletionOnTermination"]],
    [
      "retention",
      { retentionRequirement: "zero", deletionOnTermination: false },
      ["retentionRequirement", "deletionOnTermination"],
    ],
    [
      "retention",
      { retentionRequirement: "limited", deletionOnTermination: true },
      ["retentionRequirement", "maxRetentionDays", "deletionOnTermination", "deletionDays", "backupsIncluded"],
    ],
    [
      "access",
      { dataResidency: "eea" },
      [
        "humanReview",
        "subprocessorNoticeDays",
        "subprocessorObjection",
        "dataResidency",
        "certifications",
        "breachNoticeHours",
      ],
    ],
    [
      "access",
      { dataResidency: "other" },
      [
        "humanReview",
        "subprocessorNoticeDays",
        "subprocessorObjection",
        "dataResidency",
        "dataResidencyOther",
        "certifications",
        "breachNoticeHours",
      ],
    ],
    [
      "outputs",
      { liabilityPosition: "superCap" },
      [
        "outputOwnership",
        "ipIndemnity",
        "unconditionalAssignment",
        "competingModelRestriction",
        "liabilityPosition",
        "superCapMultiple",
        "insuranceRequired",
      ],
    ],
    [
      "outputs",
      { liabilityPosition: "uncapped" },
      [
        "outputOwnership",
        "ipIndemnity",
        "unconditionalAssignment",
        "competingModelRestriction",
        "liabilityPosition",
        "insuranceRequired",
      ],
    ],
    [
      "assurance",
      { changeControl: false },
      ["auditRight", "changeControl", "writtenCommitment", "modelChangeNoticeDays"],
    ],
    [
      "assurance",
      { changeControl: true },
      ["auditRight", "changeControl", "changeNoticeDays", "writtenCommitment", "modelChangeNoticeDays"],
    ],
    ["regulatory", {}, []],
    ["regulatory", { dataCategories: ["publicOnly"], jurisdictions: ["eea", "uk"] }, []],
    ["regulatory", { dataCategories: ["personal"], jurisdictions: ["usOther"] }, ["dpaStatus"]],
    ["regulatory", { dataCategories: ["specialCategory"], jurisdictions: ["california"] }, ["dpaStatus"]],
    [
      "regulatory",
      { dataCategories: ["personal"], jurisdictions: ["eea"] },
      ["dpaStatus", "transferMechanism", "dpiaDone"],
    ],
    [
      "regulatory",
      { dataCategories: ["customerData"], jurisdictions: ["uk", "other"] },
      ["dpaStatus", "transferMechanism", "dpiaDone"],
    ],
    // Switzerland counts with the EEA and the UK.
    [
      "regulatory",
      { dataCategories: ["personal"], jurisdictions: ["switzerland"] },
      ["dpaStatus", "transferMechanism", "dpiaDone"],
    ],
    ["regulatory", { dataCategories: ["phi"], jurisdictions: ["usOther"] }, ["dpaStatus", "baaStatus"]],
    [
      "regulatory",
      { dataCategories: ["phi", "personal"], jurisdictions: ["eea", "usOther"] },
      ["dpaStatus", "transferMechanism", "baaStatus", "dpiaDone"],
    ],
    ["renewal", {}, ["reconfirmAtRenewal", "reviewLeadDays", "noticeDays", "renewalOwner", "renewalOwnerEmail"]],
    ["review", {}, []],
  ])("%s with %j", (step, answers, expected) => {
    expect(relevantQuestions(step, answers).map((q) => q.id)).toEqual(expected);
  });
});

const PERSONAL: Answers = { dataCategories: ["personal"], jurisdictions: ["usOther"] };
const PUBLIC: Answers = { dataCategories: ["publicOnly"], jurisdictions: ["usOther"] };

describe("nextStep and previousStep", () => {
  it.each<[StepId, Answers, StepId | null, StepId | null]>([
    // [step, answers, previous, next]
    ["context", {}, null, "data"],
    ["data", PUBLIC, "context", "use"],
    ["use", PUBLIC, "data", "training"],
    ["training", PUBLIC, "use", "retention"],
    ["assurance", PERSONAL, "outputs", "regulatory"],
    ["assurance", PUBLIC, "outputs", "renewal"],
    ["regulatory", PERSONAL, "assurance", "renewal"],
    // A buyer on the regulatory step whose data answers no longer call for it still finds the way on.
    ["regulatory", PUBLIC, "assurance", "renewal"],
    ["renewal", PERSONAL, "regulatory", "review"],
    ["renewal", PUBLIC, "assurance", "review"],
    ["review", PUBLIC, "renewal", null],
  ])("around %s with %j: %s before, %s after", (step, answers, previous, next) => {
    expect(previousStep(step, answers)).toBe(previous);
    expect(nextStep(step, answers)).toBe(next);
  });
});

describe("completeness", () => {
  const REVIEW = WIZARD_PUBLIC_DATA_REVIEW;
  it.each<[string, Record<string, unknown>, StepId]>([
    ["nothing answered", {}, "context"],
    ["a complete review", REVIEW, "review"],
    ["no use case", changed(REVIEW, { useCase: undefined }), "use"],
    ["no tools said", changed(REVIEW, { toolUse: [] }), "use"],
    ["a super-cap without its multiple", changed(REVIEW, { superCapMultiple: undefined }), "outputs"],
    ["no paper size", changed(REVIEW, { paperSize: undefined }), "context"],
    ["a renewal without its renewal date", changed(REVIEW, { stage: "renewal" }), "context"],
    ["another vendor without its name", changed(REVIEW, { vendorId: "other" }), "context"],
    ["no data categories ticked", changed(REVIEW, { dataCategories: [] }), "data"],
    ["customers type in, minors not asked yet", changed(REVIEW, { endUsers: "both" }), "data"],
    ["a retention maximum without its number", changed(REVIEW, { retentionRequirement: "limited" }), "retention"],
    ["no breach notice", changed(REVIEW, { breachNoticeHours: undefined }), "access"],
    ["personal data, no DPA status yet", changed(REVIEW, { dataCategories: ["personal"] }), "regulatory"],
    ["optional answers left out", changed(REVIEW, { certifications: undefined, termMonths: undefined }), "review"],
  ])("%s: resume at %s", (_, answers, expected) => {
    expect(firstIncompleteStep(answers as Answers)).toBe(expected);
    const onlyNewQuestionsOpen = ["no use case", "no tools said", "a super-cap without its multiple", "no paper size"];
    expect(isQuestionnaireComplete(answers as Answers)).toBe(expected === "review" || onlyNewQuestionsOpen.includes(_));
  });

  it("takes a version-1 file without the questions added later as complete, and shows those steps as still to do", () => {
    expect(isQuestionnaireComplete(PUBLIC_DATA_REVIEW)).toBe(true);
    // The wizard still asks them: the first step with one of them is where it resumes.
    expect(firstIncompleteStep(PUBLIC_DATA_REVIEW)).toBe("context");
    expect(isStepComplete("use", PUBLIC_DATA_REVIEW)).toBe(false);
    expect(isStepComplete("training", PUBLIC_DATA_REVIEW)).toBe(true);
  });

  it("counts a text of spaces only as not answered", () => {
    expect(isStepComplete("context", changed(WIZARD_PUBLIC_DATA_REVIEW, { buyerName: "   " }) as Answers)).toBe(false);
  });

  it("ignores a stale answer rather than counting it", () => {
    const answers = changed(PUBLIC_DATA_REVIEW, { retentionRequirement: "zero", maxRetentionDays: 30 }) as Answers;
    expect(isStepComplete("retention", answers)).toBe(true);
    expect(relevantQuestions("retention", answers).map((q) => q.id)).not.toContain("maxRetentionDays");
  });
});
