/**
 * Answers shared by the tests of the questionnaire, the rules and the server. Pure data, so a test can
 * start from a complete review and change one thing.
 */
import type { Answers } from "../../app/questionnaire/answers.ts";

/** The catalog the tests check vendor ids against. */
export const VENDOR_IDS = ["anthropic", "openai", "google", "microsoft", "luma", "writer"] as const;
export const CATALOG = { vendorIds: VENDOR_IDS };
/** The names of the catalog vendors the fixtures use, as the rules print them. */
export const VENDOR_NAMES: Record<string, string> = { anthropic: "Anthropic", openai: "OpenAI" };

/** A complete review of public data only: no regulatory step, no conditional question answered. */
export const PUBLIC_DATA_REVIEW: Readonly<Answers> = {
  buyerName: "Brightloop Labs, Inc.",
  vendorId: "openai",
  productLine: "api",
  stage: "new",
  dataCategories: ["publicOnly"],
  jurisdictions: ["usOther"],
  endUsers: "employees",
  trainingRequirement: "noRequirement",
  feedbackUse: "unknown",
  safetyReview: "acceptable",
  usageDataLimits: false,
  retentionRequirement: "vendorStandard",
  deletionOnTermination: false,
  humanReview: "vendorStandard",
  subprocessorNoticeDays: 30,
  subprocessorObjection: false,
  dataResidency: "none",
  certifications: [],
  breachNoticeHours: 72,
  outputOwnership: "licenseAcceptable",
  ipIndemnity: false,
  unconditionalAssignment: false,
  competingModelRestriction: "accept",
  auditRight: "none",
  changeControl: false,
  writtenCommitment: true,
  reconfirmAtRenewal: false,
  reviewLeadDays: 90,
};

/**
 * The answers to the questions questionnaire.md adds in "Version 2 additions", as the wizard's defaults
 * give them for a buyer with no regulated sector, no high-risk use, no customization and no tool: optional
 * in a file (PUBLIC_DATA_REVIEW is a version-1 file without them), asked by every step of the wizard.
 */
export const VERSION_2_ADDITIONS: Readonly<Answers> = Object.freeze({
  paperSize: "letter",
  regulatedSectors: ["none"],
  useCase: "Drafting marketing copy from our public product pages.",
  highRiskUses: ["none"],
  customizations: ["none"],
  toolUse: ["none"],
  liabilityPosition: "superCap",
  superCapMultiple: 3,
  insuranceRequired: true,
  modelChangeNoticeDays: 90,
} satisfies Answers);

/** PUBLIC_DATA_REVIEW as the wizard completes it: every step's questions answered, the new ones included. */
export const WIZARD_PUBLIC_DATA_REVIEW: Readonly<Answers> = Object.freeze({
  ...PUBLIC_DATA_REVIEW,
  ...VERSION_2_ADDITIONS,
} satisfies Answers);

/**
 * A complete, quiet base for the rules' tests: every required question answered, no finding raised, only
 * the clauses that always apply plus `confidentiality` for its source code. The public-data review with
 * Anthropic's API, source code, a renewal date and no feedback sent.
 */
export const QUIET_ANSWERS: Readonly<Answers> = Object.freeze({
  ...PUBLIC_DATA_REVIEW,
  buyerName: "Example Corp",
  vendorId: "anthropic",
  otherProductsInUse: [],
  renewalDate: "2027-06-30",
  dataCategories: ["sourceCode"],
  feedbackUse: "no",
} satisfies Answers);

/** The same answers with some changed; `undefined` removes an answer. Any id, so a test can write a bad file. */
export function changed(base: Readonly<Answers>, changes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete result[id];
    else result[id] = value;
  }
  return result;
}

export type AnswerOverrides = { [K in keyof Answers]?: Answers[K] | undefined };

/** The base (quiet unless given) with these fields replaced; a field set to undefined is removed. */
export function answersWith(overrides: AnswerOverrides, base: Readonly<Answers> = QUIET_ANSWERS): Answers {
  return changed(base, overrides) as Answers;
}

/** Personal data of people in the EEA with every regulatory answer settled: DPA signed, SCCs, DPIA done. */
export const PERSONAL_EEA: AnswerOverrides = {
  dataCategories: ["personal"],
  jurisdictions: ["eea"],
  dpaStatus: "signed",
  transferMechanism: "sccs",
  dpiaDone: true,
};
