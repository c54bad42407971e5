/**
 * Answers for tests: a complete, quiet base (every required question answered, no finding raised, only
 * the clauses that always apply plus `confidentiality` for its source code), and a helper to override
 * a few fields (`undefined` removes an answer).
 */
import type { Answers } from "~/questionnaire/answers";

export const QUIET_ANSWERS: Readonly<Answers> = Object.freeze({
  buyerName: "Example Corp",
  vendorId: "anthropic",
  productLine: "api",
  otherProductsInUse: [],
  stage: "new",
  renewalDate: "2027-06-30",
  dataCategories: ["sourceCode"],
  jurisdictions: ["usOther"],
  endUsers: "employees",
  trainingRequirement: "noRequirement",
  feedbackUse: "no",
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
} satisfies Answers);

export type AnswerOverrides = { [K in keyof Answers]?: Answers[K] | undefined };

/** The base with these fields replaced; a field set to undefined is removed. */
export function answersWith(overrides: AnswerOverrides, base: Readonly<Answers> = QUIET_ANSWERS): Answers {
  const out: Record<string, unknown> = { ...base };
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[id];
    else out[id] = value;
  }
  return out as Answers;
}

export const VENDOR_NAMES: Record<string, string> = { anthropic: "Anthropic", openai: "OpenAI" };
