/**
 * A complete set of answers: every question answered, conditional ones included, with plausible values.
 * The rendering check varies it to reach every clause variant, and tests override a few fields of it.
 * Pruning removes what does not apply (vendorName here, since the vendor is in the catalog).
 */
import type { Answers } from "../questionnaire/answers.ts";

export const COMPLETE_BASE_ANSWERS: Readonly<Answers> = Object.freeze({
  buyerName: "Example Manufacturing GmbH",
  vendorId: "anthropic",
  vendorName: "Example AI Ltd",
  productLine: "api",
  otherProductsInUse: ["business"],
  stage: "new",
  signatureDate: "2026-07-31",
  renewalDate: "2027-07-31",
  termMonths: 12,
  dataCategories: ["personal", "phi", "financial", "tradeSecrets"],
  jurisdictions: ["eea", "uk", "california"],
  endUsers: "both",
  minorsPossible: false,
  trainingRequirement: "never",
  feedbackUse: "yes",
  safetyReview: "abuseDetectionOnly",
  usageDataLimits: true,
  retentionRequirement: "limited",
  maxRetentionDays: 30,
  deletionOnTermination: true,
  deletionDays: 30,
  backupsIncluded: true,
  humanReview: "safetyOnly",
  subprocessorNoticeDays: 30,
  subprocessorObjection: true,
  dataResidency: "eea",
  dataResidencyOther: "Switzerland",
  certifications: ["soc2type2", "iso27001"],
  breachNoticeHours: 72,
  outputOwnership: "assignmentRequired",
  ipIndemnity: true,
  unconditionalAssignment: true,
  competingModelRestriction: "narrow",
  auditRight: "reports",
  changeControl: true,
  changeNoticeDays: 60,
  writtenCommitment: true,
  dpaStatus: "needed",
  transferMechanism: "sccs",
  baaStatus: "needed",
  dpiaDone: true,
  reconfirmAtRenewal: true,
  reviewLeadDays: 90,
  noticeDays: 60,
  renewalOwner: "Procurement, Example Manufacturing GmbH",
  renewalOwnerEmail: "procurement@example.com",
} satisfies Answers);

/** The vendor name the checks render with. */
export const BASE_VENDOR_NAME = "Example AI Ltd";
