/**
 * The questionnaire as data: its steps, its questions, the values each question takes, and when a
 * question applies. Ids and values are the public answers-file format, docs/specs/answers-file.md
 * (version 1): rename nothing here without versioning that format.
 * Pure: no I/O, no framework, so the wizard, the server, the rules and the command line share it.
 */
import { PRODUCT_LINE_LABELS, PRODUCT_LINES, type ProductLine } from "../catalog/types.ts";

import type { Answers } from "./answers.ts";

// ---------------------------------------------------------------------------------------------------
// Steps

export const STEP_IDS = [
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
] as const;
export type StepId = (typeof STEP_IDS)[number];
/** Steps that ask questions; `review` only shows the answers. */
export type QuestionStepId = Exclude<StepId, "review">;

export interface Step {
  id: StepId;
  title: string;
  /** One line under the title: what the step is about and why it is asked. */
  intro: string;
}

export const STEPS: Record<StepId, Step> = {
  context: {
    id: "context",
    title: "The purchase",
    intro: "Who is buying which product line from whom: the product line decides which of the vendor’s terms apply.",
  },
  data: {
    id: "data",
    title: "Your data",
    intro: "What goes into the service, and whose it is, decides which laws and which clauses come in.",
  },
  use: {
    id: "use",
    title: "How you will use it",
    intro:
      "What the service is for, whether it decides anything about people, what the vendor will keep that is built from your data, and which tools reach beyond the model.",
  },
  training: {
    id: "training",
    title: "Training on your data",
    intro: "Whether the vendor may use what you send, and what comes back, to train or improve its models.",
  },
  retention: {
    id: "retention",
    title: "Retention and deletion",
    intro:
      "How long the vendor keeps your data and what happens to it when the agreement ends; a separate question from training.",
  },
  access: {
    id: "access",
    title: "Access and security",
    intro:
      "Who at the vendor, and which other companies, can see your data, where it is kept, and how soon you hear of a breach.",
  },
  outputs: {
    id: "outputs",
    title: "Outputs and intellectual property",
    intro: "Who owns what the service produces, and who answers for claims that it infringes someone else’s rights.",
  },
  assurance: {
    id: "assurance",
    title: "Verification and change control",
    intro: "How you can check that the vendor keeps its commitments, and whether it can change them during the term.",
  },
  regulatory: {
    id: "regulatory",
    title: "Regulatory agreements",
    intro: "The agreements the law expects when personal data or health information goes to the vendor.",
  },
  renewal: {
    id: "renewal",
    title: "Renewal",
    intro: "What to reconfirm before the agreement renews, when to start, and who does it.",
  },
  review: {
    id: "review",
    title: "Review and generate",
    intro: "Every answer, the findings so far, and the clause pack for legal.",
  },
};

// ---------------------------------------------------------------------------------------------------
// Vocabularies: the values of the choice and list questions (public format).

export const PRODUCT_LINE_ANSWERS = [...PRODUCT_LINES, "unsure"] as const;
export type ProductLineAnswer = (typeof PRODUCT_LINE_ANSWERS)[number];
export const STAGES = ["new", "renewal", "expansion"] as const;
export type Stage = (typeof STAGES)[number];
export const DATA_CATEGORIES = [
  "personal",
  "specialCategory",
  "phi",
  "financial",
  "sourceCode",
  "tradeSecrets",
  "customerData",
  "publicOnly",
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
/** The categories that put personal data in scope (docs/specs/answers-file.md). */
export const PERSONAL_DATA_CATEGORIES: readonly DataCategory[] = ["personal", "specialCategory", "phi", "customerData"];
export const JURISDICTIONS = ["eea", "uk", "switzerland", "california", "usOther", "other"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const END_USERS = ["employees", "customers", "both"] as const;
export type EndUsers = (typeof END_USERS)[number];
export const TRAINING_REQUIREMENTS = ["never", "optInOnly", "aggregatedOnly", "noRequirement"] as const;
export type TrainingRequirement = (typeof TRAINING_REQUIREMENTS)[number];
export const FEEDBACK_USES = ["yes", "no", "unknown"] as const;
export type FeedbackUse = (typeof FEEDBACK_USES)[number];
export const SAFETY_REVIEWS = ["abuseDetectionOnly", "acceptable", "notAcceptable"] as const;
export type SafetyReview = (typeof SAFETY_REVIEWS)[number];
export const RETENTION_REQUIREMENTS = ["zero", "limited", "vendorStandard"] as const;
export type RetentionRequirement = (typeof RETENTION_REQUIREMENTS)[number];
export const HUMAN_REVIEWS = ["none", "safetyOnly", "vendorStandard"] as const;
export type HumanReview = (typeof HUMAN_REVIEWS)[number];
export const DATA_RESIDENCIES = ["none", "eea", "uk", "us", "other"] as const;
export type DataResidency = (typeof DATA_RESIDENCIES)[number];
export const CERTIFICATIONS = ["soc2type2", "iso27001", "iso27701", "iso42001", "pentestSummary"] as const;
export type Certification = (typeof CERTIFICATIONS)[number];
export const OUTPUT_OWNERSHIPS = ["assignmentRequired", "licenseAcceptable"] as const;
export type OutputOwnership = (typeof OUTPUT_OWNERSHIPS)[number];
export const COMPETING_MODEL_RESTRICTIONS = ["accept", "narrow", "unknown"] as const;
export type CompetingModelRestriction = (typeof COMPETING_MODEL_RESTRICTIONS)[number];
export const AUDIT_RIGHTS = ["onsite", "reports", "none"] as const;
export type AuditRight = (typeof AUDIT_RIGHTS)[number];
export const AGREEMENT_STATUSES = ["signed", "needed", "notApplicable"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const TRANSFER_MECHANISMS = ["sccs", "dpf", "ukIdta", "none", "unknown"] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const PAPER_SIZES = ["letter", "a4"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const REGULATED_SECTORS = [
  "usFinancialInstitution",
  "euFinancialEntity",
  "usHealthcare",
  "publicSector",
  "education",
  "none",
] as const;
export type RegulatedSector = (typeof REGULATED_SECTORS)[number];
export const HIGH_RISK_USES = [
  "health",
  "credit",
  "employment",
  "education",
  "essentialServices",
  "lawEnforcement",
  "legal",
  "none",
] as const;
export type HighRiskUse = (typeof HIGH_RISK_USES)[number];
export const CUSTOMIZATIONS = [
  "fineTuning",
  "embeddings",
  "retrievalIndexes",
  "memory",
  "promptCaching",
  "none",
] as const;
export type Customization = (typeof CUSTOMIZATIONS)[number];
export const TOOL_USES = ["webSearch", "connectors", "codeExecution", "computerUse", "none"] as const;
export type ToolUse = (typeof TOOL_USES)[number];
export const LIABILITY_POSITIONS = ["uncapped", "superCap", "vendorStandard"] as const;
export type LiabilityPosition = (typeof LIABILITY_POSITIONS)[number];

/** `vendorId` of a vendor that is not in the catalog; its name is then asked in `vendorName`. */
export const OTHER_VENDOR_ID = "other";
/** The shape of a catalog vendor id (the catalog itself is passed in where answers are checked). */
export const VENDOR_ID_PATTERN = /^[a-z0-9-]+$/;

// ---------------------------------------------------------------------------------------------------
// Facts derived from the answers, shared by the flow, the rules and the clause conditions.

/** Personal data is in scope when the data categories name any kind of personal data. */
export function isPersonalDataInScope(answers: Answers): boolean {
  return answers.dataCategories?.some((c) => PERSONAL_DATA_CATEGORIES.includes(c)) ?? false;
}

/** A consumer product is in use when it is the product line bought, or staff also use it. */
export function isConsumerInUse(answers: Answers): boolean {
  return answers.productLine === "consumer" || (answers.otherProductsInUse?.includes("consumer") ?? false);
}

/** The jurisdictions whose people bring in the GDPR (the EU's, the UK's) or Switzerland's FADP, which follows it. */
export const GDPR_JURISDICTIONS: readonly Jurisdiction[] = ["eea", "uk", "switzerland"];

/** Some of the people whose data it is live in the EEA, the UK or Switzerland. */
export function isGdprJurisdiction(answers: Answers): boolean {
  return answers.jurisdictions?.some((j) => GDPR_JURISDICTIONS.includes(j)) ?? false;
}

function isGdprPersonalDataInScope(answers: Answers): boolean {
  return isGdprJurisdiction(answers) && isPersonalDataInScope(answers);
}

/**
 * The Gramm-Leach-Bliley Act is in scope: customers' financial information goes to the service and the
 * buyer is a US financial institution. A file written before `regulatedSectors` existed does not say
 * whether the buyer is one, so there the financial information alone decides, as it did then.
 */
export function isGlbaInScope(answers: Answers): boolean {
  if (!(answers.dataCategories?.includes("financial") ?? false)) return false;
  return answers.regulatedSectors === undefined || answers.regulatedSectors.includes("usFinancialInstitution");
}

/**
 * The paper the documents are printed on: the answer, else Letter when every jurisdiction is in the
 * United States, else A4. The paper is asked on the first step, before the jurisdictions: with none
 * named yet, every one named is in the US, so a new review starts on Letter (the help says when to change it).
 */
export function paperSizeFor(answers: Answers): PaperSize {
  if (answers.paperSize) return answers.paperSize;
  const where = answers.jurisdictions ?? [];
  return where.every((j) => j === "california" || j === "usOther") ? "letter" : "a4";
}

// ---------------------------------------------------------------------------------------------------
// Questions

export type QuestionId = keyof Answers;

export type QuestionKind = "text" | "email" | "choice" | "multi" | "boolean" | "integer" | "date" | "vendor";

export interface QuestionOption {
  /** The value stored in the answers (public format). */
  value: string;
  /** Plain words for the value. */
  label: string;
  /** One line that tells the options apart, where the label alone does not. */
  hint?: string;
}

interface QuestionCommon {
  id: QuestionId;
  step: QuestionStepId;
  label: string;
  /** Whether a relevant question must be answered; a predicate when that depends on other answers. */
  required: boolean | ((answers: Answers) => boolean);
  /** Why it is required, in words that follow "is required" (only with a predicate `required`). */
  requiredWhenText?: string;
  /**
   * The question applies only when this holds (the "applies" column of docs/specs/answers-file.md); absent: always.
   * Conditions are strict: an answer the condition reads that is not given yet does not satisfy it.
   */
  relevantWhen?: (answers: Answers) => boolean;
  /** The condition in words that follow "applies only when". */
  relevantWhenText?: string;
  /** The answers `relevantWhen` reads, so a form can watch them and a validator can tell cause from effect. */
  dependsOn?: readonly QuestionId[];
  /**
   * Added in a later edition of the questionnaire (questionnaire.md, "Version 2 additions"): the wizard
   * asks it, required as `required` says, but an answers file may leave it out — a file written before the
   * question existed stays valid and means what it meant (the default, or the behaviour the rules name).
   */
  optionalInFile?: true;
}

export type TextQuestion = QuestionCommon & {
  kind: "text";
  /** Length in characters. */
  min: number;
  max: number;
  defaultValue?: string;
};
export type EmailQuestion = QuestionCommon & { kind: "email"; max: number };
export type ChoiceQuestion = QuestionCommon & {
  kind: "choice";
  options: readonly QuestionOption[];
  defaultValue?: string;
  /** A default that depends on other answers (undefined: none yet); used where `defaultValue` is absent. */
  defaultFrom?: (answers: Answers) => string | undefined;
};
export type MultiQuestion = QuestionCommon & {
  kind: "multi";
  options: readonly QuestionOption[];
  /** Options that exclude every other option (e.g. `publicOnly`). */
  exclusive?: readonly string[];
  defaultValue?: readonly string[];
};
export type BooleanQuestion = QuestionCommon & { kind: "boolean"; defaultValue?: boolean };
export type IntegerQuestion = QuestionCommon & { kind: "integer"; min: number; max: number; defaultValue?: number };
export type DateQuestion = QuestionCommon & { kind: "date" };
/** A catalog vendor id, or `other`; the catalog's ids are passed in where answers are checked. */
export type VendorQuestion = QuestionCommon & { kind: "vendor" };

export type Question =
  | TextQuestion
  | EmailQuestion
  | ChoiceQuestion
  | MultiQuestion
  | BooleanQuestion
  | IntegerQuestion
  | DateQuestion
  | VendorQuestion;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type QuestionSpec = DistributiveOmit<Question, "id">;

type Words = string | { label: string; hint: string };

/** Options in the order of the vocabulary, each value with its words (a Record, so none is forgotten). */
function options<V extends string>(values: readonly V[], words: Record<V, Words>): QuestionOption[] {
  return values.map((value) => {
    const w = words[value];
    return typeof w === "string" ? { value, label: w } : { value, label: w.label, hint: w.hint };
  });
}

type Relevance = Required<Pick<QuestionCommon, "relevantWhen" | "relevantWhenText" | "dependsOn">>;

function when(
  dependsOn: readonly QuestionId[],
  relevantWhen: (a: Answers) => boolean,
  relevantWhenText: string,
): Relevance {
  return { dependsOn, relevantWhen, relevantWhenText };
}

const PRODUCT_LINE_HINTS: Record<ProductLine, string> = {
  api: "Your developers call the models from your own software, under the vendor’s commercial terms.",
  business: "Seats the organization buys for its staff, under a business agreement.",
  consumer: "Plans a person signs up for; their data terms usually differ from the business terms.",
  marketplace: "The vendor’s models bought through your cloud provider, under that provider’s agreement.",
};
const productLineWords = Object.fromEntries(
  PRODUCT_LINES.map((line) => [line, { label: PRODUCT_LINE_LABELS[line], hint: PRODUCT_LINE_HINTS[line] }]),
) as Record<ProductLine, Words>;

const YES_NO_UNKNOWN = { yes: "Yes", no: "No", unknown: "Not known yet" } as const;
const AGREEMENT_STATUS_WORDS: Record<AgreementStatus, Words> = {
  signed: "Already signed",
  needed: "Needed",
  notApplicable: { label: "Not applicable", hint: "The law does not call for one in this purchase." },
};

const vendorIsOther = when(
  ["vendorId"],
  (a) => a.vendorId === OTHER_VENDOR_ID,
  "the vendor is not in the catalog (vendorId is other)",
);
const customersTypeIn = when(
  ["endUsers"],
  (a) => a.endUsers === "customers" || a.endUsers === "both",
  "customers use the service (endUsers is customers or both)",
);
const retentionLimited = when(
  ["retentionRequirement"],
  (a) => a.retentionRequirement === "limited",
  "the retention requirement is a set maximum (retentionRequirement is limited)",
);
const deletionRequired = when(
  ["deletionOnTermination"],
  (a) => a.deletionOnTermination === true,
  "deletion when the agreement ends is required (deletionOnTermination is yes)",
);
const residencyElsewhere = when(
  ["dataResidency"],
  (a) => a.dataResidency === "other",
  "the data must stay in another region (dataResidency is other)",
);
const changeControlled = when(
  ["changeControl"],
  (a) => a.changeControl === true,
  "data-use terms must not get worse during the term (changeControl is yes)",
);
const personalDataInScope = when(
  ["dataCategories"],
  isPersonalDataInScope,
  "personal data is in scope (dataCategories has personal, specialCategory, phi or customerData)",
);
const gdprPersonalData = when(
  ["dataCategories", "jurisdictions"],
  isGdprPersonalDataInScope,
  "personal data of people in the EEA, the UK or Switzerland is in scope (jurisdictions has eea, uk or switzerland, and dataCategories has personal data)",
);
const superCapChosen = when(
  ["liabilityPosition"],
  (a) => a.liabilityPosition === "superCap",
  "the liability position is a super-cap (liabilityPosition is superCap)",
);
const phiSent = when(
  ["dataCategories"],
  (a) => a.dataCategories?.includes("phi") ?? false,
  "protected health information is sent (dataCategories has phi)",
);

const TEXT_MAX = 200;
const USE_CASE_MAX = 500;
/** The questions questionnaire.md adds in its "Version 2 additions": asked by the wizard, optional in a file. */
const addedLater = { optionalInFile: true } as const;

// Key order is question order. `satisfies Record<QuestionId, …>` makes the compiler check that every
// answer id has exactly one question.
const QUESTION_SPECS = {
  // 1. context
  buyerName: {
    step: "context",
    kind: "text",
    min: 1,
    max: TEXT_MAX,
    required: true,
    label: "Buyer’s legal name",
  },
  vendorId: {
    step: "context",
    kind: "vendor",
    required: true,
    label: "Vendor",
  },
  vendorName: {
    step: "context",
    kind: "text",
    min: 1,
    max: TEXT_MAX,
    required: true,
    ...vendorIsOther,
    label: "Vendor’s name",
  },
  productLine: {
    step: "context",
    kind: "choice",
    required: true,
    options: options(PRODUCT_LINE_ANSWERS, {
      ...productLineWords,
      unsure: "Not sure",
    }),
    label: "Product line",
  },
  otherProductsInUse: {
    step: "context",
    kind: "multi",
    required: false,
    options: options(PRODUCT_LINES, productLineWords),
    label: "Other product lines your staff use",
  },
  stage: {
    step: "context",
    kind: "choice",
    required: true,
    options: options(STAGES, {
      new: "New purchase",
      renewal: "Renewal",
      expansion: "Expansion",
    }),
    label: "Stage",
  },
  signatureDate: {
    step: "context",
    kind: "date",
    required: false,
    label: "Target signature date",
  },
  renewalDate: {
    step: "context",
    kind: "date",
    required: (a: Answers) => a.stage === "renewal",
    requiredWhenText: "for a renewal",
    label: "Next renewal date",
  },
  termMonths: {
    step: "context",
    kind: "integer",
    min: 1,
    max: 120,
    required: false,
    label: "Term (months)",
  },
  paperSize: {
    step: "context",
    kind: "choice",
    required: true,
    ...addedLater,
    options: options(PAPER_SIZES, {
      letter: "US Letter",
      a4: "A4",
    }),
    defaultFrom: paperSizeFor,
    label: "Paper size of the documents",
  },

  // 2. data
  dataCategories: {
    step: "data",
    kind: "multi",
    required: true,
    exclusive: ["publicOnly"],
    options: options(DATA_CATEGORIES, {
      personal: "Personal data",
      specialCategory: "Special-category personal data",
      phi: "Protected health information (PHI)",
      financial: "Customers’ financial information",
      sourceCode: "Source code",
      tradeSecrets: "Trade secrets and other confidential business information",
      customerData: "Your customers’ data",
      publicOnly: "Public information only",
    }),
    label: "Kinds of data sent to the service",
  },
  jurisdictions: {
    step: "data",
    kind: "multi",
    required: true,
    options: options(JURISDICTIONS, {
      eea: "European Economic Area (EEA)",
      uk: "United Kingdom",
      switzerland: "Switzerland",
      california: "California",
      usOther: "Elsewhere in the United States",
      other: "Elsewhere",
    }),
    label: "Where the people whose data it is live",
  },
  regulatedSectors: {
    step: "data",
    kind: "multi",
    required: true,
    ...addedLater,
    exclusive: ["none"],
    options: options(REGULATED_SECTORS, {
      usFinancialInstitution: "A US financial institution",
      euFinancialEntity: "An EU financial entity",
      usHealthcare: "US healthcare",
      publicSector: "The public sector",
      education: "Education",
      none: "None of these",
    }),
    label: "Regulated sectors your organization is in",
  },
  endUsers: {
    step: "data",
    kind: "choice",
    required: true,
    options: options(END_USERS, { employees: "Your employees", customers: "Your customers", both: "Both" }),
    label: "Who types into the service",
  },
  minorsPossible: {
    step: "data",
    kind: "boolean",
    required: true,
    ...customersTypeIn,
    label: "Could any users be under 18?",
  },

  // 3. use
  useCase: {
    step: "use",
    kind: "text",
    min: 1,
    max: USE_CASE_MAX,
    required: true,
    ...addedLater,
    label: "What the service will be used for",
  },
  highRiskUses: {
    step: "use",
    kind: "multi",
    required: true,
    ...addedLater,
    exclusive: ["none"],
    options: options(HIGH_RISK_USES, {
      health: "Health: diagnosis, treatment or access to care",
      credit: "Credit: creditworthiness, lending or insurance pricing",
      employment: "Employment: hiring, promotion, dismissal or monitoring of workers",
      education: "Education: admission, grading or proctoring",
      essentialServices: "Essential services: eligibility for public benefits or essential private services",
      lawEnforcement: "Law enforcement, migration or border control",
      legal: "Legal: the administration of justice or legal advice to a person",
      none: "None of these",
    }),
    label: "Decisions about people the service will help make",
  },
  customizations: {
    step: "use",
    kind: "multi",
    required: true,
    ...addedLater,
    exclusive: ["none"],
    options: options(CUSTOMIZATIONS, {
      fineTuning: "Fine-tuned models",
      embeddings: "Embeddings",
      retrievalIndexes: "Retrieval indexes",
      memory: "Memory",
      promptCaching: "Prompt caching",
      none: "None of these",
    }),
    label: "What will be built from your data and kept by the vendor",
  },
  toolUse: {
    step: "use",
    kind: "multi",
    required: true,
    ...addedLater,
    exclusive: ["none"],
    options: options(TOOL_USES, {
      webSearch: "Web search and fetch",
      connectors: "Connectors",
      codeExecution: "Code execution",
      computerUse: "Computer use",
      none: "None of these",
    }),
    label: "Tools and agents the service will use",
  },

  // 4. training
  trainingRequirement: {
    step: "training",
    kind: "choice",
    required: true,
    options: options(TRAINING_REQUIREMENTS, {
      never: "Never",
      optInOnly: "Only if we opt in",
      aggregatedOnly: "Only de-identified, aggregated data",
      noRequirement: "No requirement",
    }),
    label: "Use of your data to train models",
  },
  feedbackUse: {
    step: "training",
    kind: "choice",
    required: true,
    options: options(FEEDBACK_USES, YES_NO_UNKNOWN),
    label: "Will users rate outputs or send feedback?",
  },
  safetyReview: {
    step: "training",
    kind: "choice",
    required: true,
    options: options(SAFETY_REVIEWS, {
      abuseDetectionOnly: "Only to detect and act on abuse",
      acceptable: "Acceptable on the vendor’s terms",
      notAcceptable: "Not acceptable",
    }),
    label: "Review of content flagged for safety",
  },
  usageDataLimits: {
    step: "training",
    kind: "boolean",
    required: true,
    label: "Limit the vendor’s use of usage and aggregated data",
  },

  // 5. retention
  retentionRequirement: {
    step: "retention",
    kind: "choice",
    required: true,
    options: options(RETENTION_REQUIREMENTS, {
      zero: "Zero data retention",
      limited: "A set maximum",
      vendorStandard: "The vendor’s standard retention",
    }),
    label: "Retention requirement",
  },
  maxRetentionDays: {
    step: "retention",
    kind: "integer",
    min: 0,
    max: 3650,
    required: true,
    ...retentionLimited,
    label: "Maximum retention (days)",
  },
  deletionOnTermination: {
    step: "retention",
    kind: "boolean",
    required: true,
    label: "Deletion when the agreement ends",
  },
  deletionDays: {
    step: "retention",
    kind: "integer",
    min: 1,
    max: 365,
    defaultValue: 30,
    required: true,
    ...deletionRequired,
    label: "Deletion deadline (days after the agreement ends)",
  },
  backupsIncluded: {
    step: "retention",
    kind: "boolean",
    required: true,
    ...deletionRequired,
    label: "Deletion reaches backups and logs",
  },

  // 6. access
  humanReview: {
    step: "access",
    kind: "choice",
    required: true,
    options: options(HUMAN_REVIEWS, {
      none: "Only with our written permission",
      safetyOnly: "Only trust and safety reviewers",
      vendorStandard: "The vendor’s standard",
    }),
    label: "Human access to your content",
  },
  subprocessorNoticeDays: {
    step: "access",
    kind: "integer",
    min: 0,
    max: 180,
    defaultValue: 30,
    required: true,
    label: "Notice of a new subprocessor (days)",
  },
  subprocessorObjection: {
    step: "access",
    kind: "boolean",
    required: true,
    label: "Right to object to a new subprocessor",
  },
  dataResidency: {
    step: "access",
    kind: "choice",
    required: true,
    options: options(DATA_RESIDENCIES, {
      none: "No requirement",
      eea: "European Economic Area",
      uk: "United Kingdom",
      us: "United States",
      other: "Another region",
    }),
    label: "Where your data must be processed and stored",
  },
  dataResidencyOther: {
    step: "access",
    kind: "text",
    min: 1,
    max: TEXT_MAX,
    required: true,
    ...residencyElsewhere,
    label: "Region required",
  },
  certifications: {
    step: "access",
    kind: "multi",
    required: false,
    options: options(CERTIFICATIONS, {
      soc2type2: "SOC 2 Type II report",
      iso27001: "ISO/IEC 27001 certificate",
      iso27701: "ISO/IEC 27701 certificate",
      iso42001: "ISO/IEC 42001 certificate",
      pentestSummary: "Summary of an independent penetration test",
    }),
    label: "Security reports the vendor must provide",
  },
  breachNoticeHours: {
    step: "access",
    kind: "integer",
    min: 1,
    max: 720,
    defaultValue: 72,
    required: true,
    label: "Breach notice (hours)",
  },

  // 7. outputs
  outputOwnership: {
    step: "outputs",
    kind: "choice",
    required: true,
    options: options(OUTPUT_OWNERSHIPS, {
      assignmentRequired: "We must own the outputs",
      licenseAcceptable: "A licence to use them is enough",
    }),
    label: "Ownership of outputs",
  },
  ipIndemnity: {
    step: "outputs",
    kind: "boolean",
    required: true,
    label: "Vendor defends claims that outputs infringe",
  },
  unconditionalAssignment: {
    step: "outputs",
    kind: "boolean",
    required: true,
    label: "Ownership of outputs must not depend on compliance with the vendor’s terms",
  },
  competingModelRestriction: {
    step: "outputs",
    kind: "choice",
    required: true,
    options: options(COMPETING_MODEL_RESTRICTIONS, {
      accept: "Accept it",
      narrow: "Narrow it",
      unknown: "Not sure yet",
    }),
    label: "Ban on using outputs to build competing models",
  },
  liabilityPosition: {
    step: "outputs",
    kind: "choice",
    required: true,
    ...addedLater,
    defaultValue: "superCap",
    options: options(LIABILITY_POSITIONS, {
      uncapped: "Uncapped",
      superCap: "A higher cap of its own",
      vendorStandard: "The vendor’s standard cap",
    }),
    label: "Liability for a breach of the data commitments",
  },
  superCapMultiple: {
    step: "outputs",
    kind: "integer",
    min: 1,
    max: 10,
    defaultValue: 3,
    required: true,
    ...addedLater,
    ...superCapChosen,
    label: "Higher cap (times the fees paid in the prior 12 months)",
  },
  insuranceRequired: {
    step: "outputs",
    kind: "boolean",
    defaultValue: true,
    required: true,
    ...addedLater,
    label: "The vendor must carry cyber and technology errors-and-omissions insurance",
  },

  // 8. assurance
  auditRight: {
    step: "assurance",
    kind: "choice",
    required: true,
    options: options(AUDIT_RIGHTS, {
      onsite: "Audit on site",
      reports: "Yearly reports and a compliance certificate",
      none: "None",
    }),
    label: "Right to verify the data commitments",
  },
  changeControl: {
    step: "assurance",
    kind: "boolean",
    required: true,
    label: "Data-use terms cannot get worse during the term",
  },
  changeNoticeDays: {
    step: "assurance",
    kind: "integer",
    min: 0,
    max: 365,
    defaultValue: 60,
    required: true,
    ...changeControlled,
    label: "Notice of any change to the terms (days)",
  },
  writtenCommitment: {
    step: "assurance",
    kind: "boolean",
    defaultValue: true,
    required: true,
    label: "Data commitments in the signed agreement",
  },
  modelChangeNoticeDays: {
    step: "assurance",
    kind: "integer",
    min: 0,
    max: 365,
    defaultValue: 90,
    required: true,
    ...addedLater,
    label: "Notice before a model you rely on is retired or replaced (days)",
  },

  // 9. regulatory
  dpaStatus: {
    step: "regulatory",
    kind: "choice",
    required: true,
    ...personalDataInScope,
    options: options(AGREEMENT_STATUSES, AGREEMENT_STATUS_WORDS),
    label: "Data processing agreement",
  },
  transferMechanism: {
    step: "regulatory",
    kind: "choice",
    required: true,
    ...gdprPersonalData,
    options: options(TRANSFER_MECHANISMS, {
      sccs: "Standard contractual clauses (SCCs)",
      dpf: "EU-U.S. Data Privacy Framework",
      ukIdta: "UK international data transfer agreement or addendum",
      none: "None",
      unknown: "Not known yet",
    }),
    label: "Legal basis for transfers out of the EEA, the UK or Switzerland",
  },
  baaStatus: {
    step: "regulatory",
    kind: "choice",
    required: true,
    ...phiSent,
    options: options(AGREEMENT_STATUSES, AGREEMENT_STATUS_WORDS),
    label: "Business associate agreement (HIPAA)",
  },
  dpiaDone: {
    step: "regulatory",
    kind: "boolean",
    required: true,
    ...gdprPersonalData,
    label: "Data protection impact assessment done",
  },

  // 10. renewal
  reconfirmAtRenewal: {
    step: "renewal",
    kind: "boolean",
    defaultValue: true,
    required: true,
    label: "Reconfirm the commitments at each renewal",
  },
  reviewLeadDays: {
    step: "renewal",
    kind: "integer",
    min: 7,
    max: 365,
    defaultValue: 90,
    required: true,
    label: "Start the re-review (days before renewal)",
  },
  noticeDays: {
    step: "renewal",
    kind: "integer",
    min: 0,
    max: 365,
    required: false,
    label: "Notice to stop automatic renewal (days)",
  },
  renewalOwner: {
    step: "renewal",
    kind: "text",
    min: 1,
    max: TEXT_MAX,
    required: false,
    label: "Renewal owner",
  },
  renewalOwnerEmail: {
    step: "renewal",
    kind: "email",
    max: 254,
    required: false,
    label: "Renewal owner’s email",
  },
} satisfies Record<QuestionId, QuestionSpec>;

export const QUESTIONS: readonly Question[] = Object.entries(QUESTION_SPECS).map(
  ([id, spec]) => ({ id, ...spec }) as Question,
);
export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

export function isQuestionId(id: string): id is QuestionId {
  return QUESTION_BY_ID.has(id);
}

/** The question with this id, or undefined for an id the questionnaire does not have. */
export function questionById(id: string): Question | undefined {
  return QUESTION_BY_ID.get(id);
}

/** Every question of the step, relevant or not, in order (for rendering a form that works without JavaScript). */
export function questionsOnStep(stepId: StepId): Question[] {
  return QUESTIONS.filter((q) => q.step === stepId);
}

export function isRelevant(question: Question, answers: Answers): boolean {
  return question.relevantWhen?.(answers) ?? true;
}

/** Whether the wizard requires an answer (a step is not complete without it). */
export function isRequired(question: Question, answers: Answers): boolean {
  return typeof question.required === "function" ? question.required(answers) : question.required;
}

/** Whether a complete answers file must answer it: as the wizard, except for the questions added later. */
export function isRequiredInFile(question: Question, answers: Answers): boolean {
  return !question.optionalInFile && isRequired(question, answers);
}

/** The answer a form shows before one is saved: the question's default, fixed or drawn from other answers. */
export function defaultAnswer(question: Question, answers: Answers): unknown {
  if ("defaultValue" in question && question.defaultValue !== undefined) return question.defaultValue;
  if (question.kind === "choice" && question.defaultFrom) return question.defaultFrom(answers);
  return undefined;
}
