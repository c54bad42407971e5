/**
 * Answers shared by the questionnaire's tests. Pure data, so a test can start from a complete review
 * and change one thing.
 */
import type { Answers } from "./answers";

/** The catalog the tests check vendor ids against. */
export const VENDOR_IDS = ["anthropic", "openai", "google", "microsoft", "luma", "writer"] as const;
export const CATALOG = { vendorIds: VENDOR_IDS };

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

/** The same answers with some changed; `undefined` removes an answer. */
export function changed(base: Readonly<Answers>, changes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete result[id];
    else result[id] = value;
  }
  return result;
}
