/**
 * The findings (their ids: docs/specs/finding-ids.md), as data: when each is raised (a condition on the answers and,
 * for some, a test of the vendor's published provision), why it matters, and what to ask the vendor in
 * writing. Ids and severities are public. Pure: no I/O.
 *
 * A provision test never invents a vendor position: a provision missing from the catalog is *unknown*,
 * and an unknown provision raises the finding (the finding says "… or unknown") with the question to ask.
 */
import { keepCitationsTogether } from "../utils/citations.ts";
import type { ProvisionKey } from "../catalog/types.ts";

import type { Condition } from "../conditions/condition.ts";

export const SEVERITIES = ["high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_IDS = [
  "sensitive-data-in-consumer-product",
  "product-line-unknown",
  "consumer-product-in-use",
  "feedback-training-carve-out",
  "safety-review-carve-out",
  "policy-by-reference",
  "vendor-not-in-catalog",
  "usage-data-retained",
  "no-audit-right",
  "output-assignment-qualified",
  "assignment-conditional",
  "zero-retention-not-default",
  "terms-can-change",
  "special-category-data",
  "dpa-missing",
  "transfer-mechanism-missing",
  "baa-missing",
  "dpia-recommended",
  "financial-data-glba",
  "minors-possible",
  "renewal-date-missing",
  "retention-exceeds-requirement",
  "human-review-conflict",
  "competing-model-restriction",
  "minimum-age-conflict",
  "baa-not-offered",
  "dora-ict-contract",
  "terms-changed-before",
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/**
 * `gap`: the provision test read a recorded provision that does not settle the concern; `unknown`: the
 * provision it tests is not recorded for the vendor's line; `requirement`: raised by the answers alone.
 */
export const FINDING_STATUSES = ["gap", "unknown", "requirement"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Which product line's provisions a finding reads: the one bought (`productLine`), or `consumer`. */
export type ProvisionLineRef = "bought" | "consumer";

export interface ProvisionTest {
  key: ProvisionKey;
  line: ProvisionLineRef;
  /**
   * Read this further fact of the key (docs/specs/catalog-file.md) instead of the main provision: only
   * `under-zero-retention` of `retention_days` is read by the rules.
   */
  aspect?: "under-zero-retention";
  /** The normalized values (PROVISION_KEYS) that settle the concern. Any other value, or none, raises it. */
  clearWhen: readonly string[];
  /** A number of days that settles the concern when it is at most the buyer's answer to this question. */
  clearWhenAtMost?: "maxRetentionDays";
  /**
   * Raised only on a recorded provision that meets this (a value among `values`, or a number at least
   * `atLeast`): never on an unrecorded one, which another finding asks about. The status is then `gap`.
   */
  raiseOnlyWhen?: { values?: readonly string[]; atLeast?: number };
  /** What a recorded provision that does not settle the concern makes the finding (default `gap`). */
  recordedStatus?: "gap" | "requirement";
}

/** Words of a finding: its title and why it matters. */
export interface FindingWords {
  title: string;
  explanation: string;
}

export interface FindingDefinition {
  id: FindingId;
  severity: Severity;
  title: string;
  raisedWhen: {
    answers: Condition;
    /** When present, the finding is raised only if this provision is a gap or unknown. */
    provision?: ProvisionTest;
  };
  /**
   * A second way the same concern arises, judged when `raisedWhen` does not hold, with words of its own
   * (retention-exceeds-requirement: a set maximum exceeded, or content kept even under zero retention).
   */
  orRaisedWhen?: { answers: Condition; provision: ProvisionTest; words: FindingWords };
  /**
   * Words for a buyer in another legal setting, the first whose condition holds (dpa-missing: the GDPR for
   * people in the EEA, the UK or Switzerland, the US state laws otherwise). The question may differ too.
   */
  wordings?: readonly (FindingWords & { when: Condition; vendorQuestion?: string })[];
  /** Provisions shown beside the finding as what the vendor's terms say, without deciding it. */
  evidence?: readonly { key: ProvisionKey; line: ProvisionLineRef }[];
  /** Plain words: what the gap is and why it matters. */
  explanation: string;
  /**
   * For a finding whose provision test found nothing recorded: a title and text that say what is not
   * known and what to ask, never the vendor's position. Every finding with a provision test has one.
   */
  unknown?: { title: string; explanation: string };
  /** The question to put to the vendor, to be answered in writing. */
  vendorQuestion: string;
  /** Ask the question whenever the finding is raised, not only when a provision is unknown or a gap. */
  alwaysAsk?: boolean;
  /** Every provision key the finding reads (test and evidence). */
  provisionKeys: readonly ProvisionKey[];
}

type Definition = Omit<FindingDefinition, "provisionKeys">;

const consumerInUse: Condition = { fact: "consumerInUse" };

const DEFINITIONS: readonly Definition[] = [
  {
    id: "sensitive-data-in-consumer-product",
    severity: "high",
    title: "Company data other than public data would go into a consumer product",
    raisedWhen: {
      answers: {
        all: [
          consumerInUse,
          {
            answer: "dataCategories",
            includesAny: [
              "personal",
              "specialCategory",
              "phi",
              "financial",
              "sourceCode",
              "tradeSecrets",
              "customerData",
            ],
          },
        ],
      },
    },
    evidence: [{ key: "training_default", line: "consumer" }],
    explanation:
      "A consumer product is governed by the terms each person accepted, not by the agreement the company " +
      "negotiates: no clause in that agreement reaches it. The first step is to keep this data out of the " +
      "consumer product and move the use to a commercial product line, where the commitments can be written in.",
    vendorQuestion:
      "Which of your commercial product lines can replace the consumer product for this use, and what do they " +
      "commit to on training, retention and, where it applies, a business associate agreement?",
    alwaysAsk: true,
  },
  {
    id: "product-line-unknown",
    severity: "high",
    title: "Nobody can say which product line, so nobody can say which terms apply",
    raisedWhen: { answers: { answer: "productLine", is: "unsure" } },
    explanation:
      "The vendor’s commercial API, business seats, consumer app and cloud-marketplace offering are governed " +
      "by different data terms, and a promise made for one does not carry over to another. Until the product " +
      "line is settled, no finding or clause can rest on the right terms.",
    vendorQuestion:
      "Which of your product lines will we be using, which documents (with their versions) govern each of " +
      "them, and how do their data terms differ?",
    alwaysAsk: true,
  },
  {
    id: "consumer-product-in-use",
    severity: "high",
    title: "A consumer product is in use",
    raisedWhen: { answers: consumerInUse },
    evidence: [
      { key: "training_default", line: "consumer" },
      { key: "training_carve_outs", line: "consumer" },
    ],
    explanation:
      "Consumer products are not covered by the commercial terms. Their terms may let the vendor train on " +
      "conversations by default, leave the opt-out to each user’s settings, and cover company data that staff " +
      "type into personal accounts under terms the company never signed.",
    vendorQuestion:
      "Do your consumer products use conversations for training by default, and can our staff’s use of them " +
      "be brought under our agreement or kept apart from company data?",
  },
  {
    id: "feedback-training-carve-out",
    severity: "high",
    title: "Feedback on the consumer product can be used for training",
    raisedWhen: {
      answers: { all: [consumerInUse, { answer: "feedbackUse", isNot: "no" }] },
      // Feedback used only where the customer opts in is not used after an opt-out.
      provision: { key: "training_carve_outs", line: "consumer", clearWhen: ["none", "feedbackOptIn"] },
    },
    explanation:
      "On this consumer product, rating an answer (thumbs up or down) or sending feedback can make that " +
      "conversation available for training even after the user has opted out. People who rate outputs rarely " +
      "know that they are giving that permission.",
    unknown: {
      title: "Unknown: whether feedback on the consumer product is used for training — ask in writing",
      explanation:
        "The catalog does not record whether this consumer product uses conversations that users rate or " +
        "send feedback on for training, even after an opt-out. Until the vendor answers in writing, assume " +
        "that feedback may be used and tell staff not to rate outputs that hold company data.",
    },
    vendorQuestion:
      "If a user rates a response or sends feedback, is that conversation used for training even when the " +
      "user has opted out, and can feedback be switched off for our users?",
  },
  {
    id: "safety-review-carve-out",
    severity: "high",
    title: "Content flagged for safety review can be used for training",
    raisedWhen: {
      answers: { all: [consumerInUse, { answer: "safetyReview", isNot: "acceptable" }] },
      // A carve-out for feedback alone leaves flagged content out of training.
      provision: { key: "training_carve_outs", line: "consumer", clearWhen: ["none", "feedback", "feedbackOptIn"] },
    },
    explanation:
      "On this consumer product, content the vendor’s systems flag for safety review may be used for " +
      "training even after the user has opted out. The vendor decides what is flagged, and the user is not told.",
    unknown: {
      title: "Unknown: whether content flagged for safety review is used for training — ask in writing",
      explanation:
        "The catalog does not record whether this consumer product uses content flagged for safety review " +
        "for training after an opt-out, or who may read it. Ask the vendor in writing before company data " +
        "goes into it.",
    },
    vendorQuestion:
      "When content is flagged for safety review, who may read it, how long is it kept, and is it used to " +
      "train models even where the user has opted out of training?",
  },
  {
    id: "policy-by-reference",
    severity: "high",
    title: "The data commitments would rest on policies incorporated by link",
    raisedWhen: { answers: { answer: "writtenCommitment", is: false } },
    explanation:
      "A default is a posture, not a guarantee. Policies and web pages incorporated by link can be rewritten " +
      "by the vendor at any time; only commitments written into the signed agreement can be relied on and " +
      "enforced.",
    vendorQuestion:
      "Will you write your commitments on training, retention and access to our data into the agreement, " +
      "and agree that they prevail over any policy or page incorporated by link?",
  },
  {
    id: "vendor-not-in-catalog",
    severity: "medium",
    title: "The vendor is not in the catalog",
    raisedWhen: { answers: { answer: "vendorId", is: "other" } },
    explanation:
      "The app holds none of this vendor’s published positions, so every finding that depends on the " +
      "vendor’s terms is raised as unknown. Each position has to be asked and answered in writing before it " +
      "can be relied on.",
    vendorQuestion:
      "Please send the current version of every document that governs our use of the service (terms of " +
      "service, data processing agreement, usage and privacy policies), with the date each took effect.",
    alwaysAsk: true,
  },
  {
    id: "usage-data-retained",
    severity: "medium",
    title: "The vendor may keep and use usage and aggregated data",
    raisedWhen: {
      answers: { answer: "usageDataLimits", is: true },
      provision: { key: "usage_data", line: "bought", clearWhen: ["no"] },
    },
    explanation:
      "Usage, telemetry and aggregated data are a separate risk from training: these terms let the vendor " +
      "keep or use the usage and aggregated data derived from the service for its own purposes, even where " +
      "inputs are never used to train a model.",
    vendorQuestion:
      "What usage, telemetry or aggregated data do you derive from our use of the service, who owns it, what " +
      "do you use it for, and is it de-identified, sold or used to train models?",
    unknown: {
      title: "Unknown: whether the vendor keeps and uses usage and aggregated data — ask in writing",
      explanation:
        "The catalog does not record whether this vendor keeps or uses the usage, telemetry and aggregated " +
        "data derived from the service, who owns it, or what it is used for. Ask in writing, and limit it " +
        "in the agreement.",
    },
  },
  {
    id: "no-audit-right",
    severity: "medium",
    title: "No right to verify the data commitments",
    raisedWhen: {
      answers: { answer: "auditRight", isNot: "none" },
      provision: { key: "audit_right", line: "bought", clearWhen: ["yes"] },
    },
    explanation:
      "A promise not to train on the company’s data is a contractual commitment, not a technical control. " +
      "Without an audit right, or at least independent reports and a signed certificate of compliance, the " +
      "company has no way to check that the promise is kept.",
    vendorQuestion:
      "How can we verify that you comply with your commitments on training, retention and access: will you " +
      "agree to an audit, or to yearly independent reports with an officer’s written certificate of compliance?",
    unknown: {
      title: "Unknown: whether you may verify the data commitments — ask in writing",
      explanation:
        "The catalog does not record whether this vendor’s terms give a right to audit, or to independent " +
        "reports, that would let the company check its data commitments. Ask in writing what verification " +
        "it offers.",
    },
  },
  {
    id: "output-assignment-qualified",
    severity: "low",
    title: "The assignment of outputs is qualified",
    raisedWhen: {
      answers: { answer: "outputOwnership", is: "assignmentRequired" },
      provision: { key: "output_assignment_qualified", line: "bought", clearWhen: ["no"] },
    },
    evidence: [{ key: "output_ownership", line: "bought" }],
    explanation:
      "An assignment of the vendor’s rights in outputs made only “if any” or “to the extent permitted by " +
      "applicable law” leaves uncertain what is actually transferred, particularly where outputs generated " +
      "by AI may not be protected by copyright.",
    vendorQuestion:
      "Do you assign to us all your rights in outputs without qualification, and do you claim any licence to " +
      "our inputs or outputs beyond what you need to run the service for us?",
    unknown: {
      title: "Unknown: whether the assignment of outputs is qualified — ask in writing",
      explanation:
        "The catalog does not record whether this vendor assigns its rights in outputs outright or only " +
        "“if any” or “to the extent permitted by law”. Ask in writing for an unqualified assignment.",
    },
  },
  {
    id: "assignment-conditional",
    severity: "medium",
    title: "The assignment of outputs depends on compliance with the vendor’s terms",
    raisedWhen: {
      answers: { answer: "unconditionalAssignment", is: true },
      provision: { key: "output_assignment_conditional", line: "bought", clearWhen: ["no"] },
    },
    explanation:
      "Where the assignment of outputs is made subject to the customer’s compliance with the vendor’s terms, " +
      "a claimed breach of those terms could, on the agreement’s words, put the company’s ownership of what " +
      "it has produced in doubt.",
    vendorQuestion:
      "Is your assignment of rights in outputs conditional on our compliance with your terms, and will you " +
      "make it unconditional, leaving breaches to the ordinary remedies?",
    unknown: {
      title: "Unknown: whether the assignment of outputs depends on compliance with the terms — ask in writing",
      explanation:
        "The catalog does not record whether this vendor’s assignment of outputs is made subject to the " +
        "customer’s compliance with its terms. Ask in writing, and make the assignment unconditional.",
    },
  },
  {
    id: "zero-retention-not-default",
    severity: "medium",
    title: "Zero data retention is not the default",
    raisedWhen: {
      answers: { answer: "retentionRequirement", is: "zero" },
      provision: { key: "zero_data_retention", line: "bought", clearWhen: ["default"] },
    },
    evidence: [{ key: "retention", line: "bought" }],
    explanation:
      "Where zero data retention is offered only on request, with approval, it is not in force until it is " +
      "enabled for the account and written into the agreement. Until then inputs and outputs are kept under " +
      "the vendor’s standard retention, for instance in abuse-monitoring logs.",
    vendorQuestion:
      "Will you enable zero data retention for our account before we go live, confirm it in the agreement, " +
      "and name every case in which inputs or outputs are still stored?",
    unknown: {
      title: "Unknown: whether zero data retention is the default — ask in writing",
      explanation:
        "The catalog does not record whether this vendor keeps no inputs or outputs by default, offers it " +
        "on request, or not at all. Ask in writing, and have it enabled and confirmed in the agreement " +
        "before go-live.",
    },
  },
  {
    id: "terms-can-change",
    severity: "medium",
    title: "The vendor can change its terms during the agreement",
    raisedWhen: {
      answers: { answer: "changeControl", is: true },
      provision: { key: "terms_change", line: "bought", clearWhen: ["consentRequired"] },
    },
    explanation:
      "Published terms are revised, and a later wording can widen what the vendor may do with data. Unless a " +
      "change to the data terms needs the company’s written consent, a protection relied on at signature can " +
      "lapse during the term without anyone noticing.",
    vendorQuestion:
      "Can you change the terms or policies that govern our data during the agreement without our consent, " +
      "and how much notice do you give of a change?",
    unknown: {
      title: "Unknown: whether the vendor can change its terms during the agreement — ask in writing",
      explanation:
        "The catalog does not record whether this vendor may change the terms that govern the company’s data " +
        "during the agreement, or with what notice. Ask in writing, and make a change to the data terms " +
        "need the company’s written consent.",
    },
  },
  {
    id: "special-category-data",
    severity: "high",
    title: "Special category personal data is in scope",
    raisedWhen: { answers: { answer: "dataCategories", includes: "specialCategory" } },
    explanation:
      "Sensitive personal data (health, beliefs, biometrics, sexual orientation and the like) is protected by " +
      "stricter rules: the US state privacy laws require consent or limit its use. Its use for training, or " +
      "its review by the vendor’s staff, would sharply raise the company’s exposure.",
    wordings: [
      {
        when: { fact: "gdprJurisdiction" },
        title: "Special category personal data is in scope",
        explanation:
          "Special category data (health, beliefs, biometrics and the like, GDPR Art. 9) needs a lawful " +
          "condition of its own. Its use for training, or its review by the vendor’s staff, would sharply " +
          "raise the company’s exposure.",
      },
    ],
    vendorQuestion:
      "What further safeguards apply to special category personal data, and will you confirm in writing " +
      "that it is never used for training or read by your staff beyond abuse detection?",
  },
  {
    id: "dpa-missing",
    severity: "high",
    title: "No data processing agreement is signed",
    raisedWhen: { answers: { answer: "dpaStatus", is: "needed" } },
    evidence: [{ key: "dpa", line: "bought" }],
    explanation:
      "Personal data is in scope and no data processing agreement is in place. The US state privacy laws " +
      "(such as California’s CCPA, Virginia’s, Colorado’s and Texas’s) require a written contract with a " +
      "service provider or processor: the instructions it follows, the purpose and duration of the processing, " +
      "confidentiality, subcontractors bound by the same terms, deletion or return at the end, and the " +
      "information to show compliance.",
    vendorQuestion:
      "Please send the data processing agreement that applies to the services, say whether it applies " +
      "automatically or must be signed, and confirm that it contains the service-provider and processor terms " +
      "the US state privacy laws require, including the subprocessor list.",
    wordings: [
      {
        when: { fact: "gdprJurisdiction" },
        title: "No data processing agreement is signed",
        explanation:
          "Personal data of people in the EEA, the UK or Switzerland is in scope and no data processing " +
          "agreement is in place. GDPR Art. 28 (and the UK GDPR and the Swiss data protection act with it) " +
          "requires a written contract with every processor, setting out what it may do with the data and on " +
          "whose instructions.",
        vendorQuestion:
          "Please send the data processing agreement that applies to the services, say whether it applies " +
          "automatically or must be signed, and confirm that it meets GDPR Art. 28, including the subprocessor " +
          "list and the terms for international transfers.",
      },
    ],
  },
  {
    id: "transfer-mechanism-missing",
    severity: "high",
    title: "No transfer mechanism for personal data leaving the EEA, the UK or Switzerland",
    raisedWhen: { answers: { answer: "transferMechanism", oneOf: ["none", "unknown"] } },
    explanation:
      "Personal data of people in the EEA, the UK or Switzerland may go to the vendor outside those areas " +
      "only under a recognised transfer mechanism, such as the standard contractual clauses, the EU–US Data " +
      "Privacy Framework (with its UK and Swiss extensions) or the UK international data transfer agreement. " +
      "None is named yet.",
    vendorQuestion:
      "Which transfer mechanism covers personal data sent to you from the EEA, the UK and Switzerland, and " +
      "will you sign the standard contractual clauses where no other mechanism applies?",
  },
  {
    id: "baa-missing",
    severity: "high",
    title: "No HIPAA business associate agreement",
    raisedWhen: {
      answers: { answer: "baaStatus", is: "needed" },
      // Recorded notOffered is baa-not-offered's; recorded offered (or on request) leaves signing it to you.
      provision: { key: "baa", line: "bought", clearWhen: ["notOffered"], recordedStatus: "requirement" },
    },
    explanation:
      "Protected health information is in scope. HIPAA requires a business associate agreement with a " +
      "service provider before it receives protected health information; no-training promises do not " +
      "replace it.",
    unknown: {
      title: "Unknown: whether the vendor offers a business associate agreement for this product line — ask in writing",
      explanation:
        "The catalog does not record whether this vendor offers a business associate agreement for this " +
        "product line. Until one is signed, no protected health information may go to the service.",
    },
    vendorQuestion:
      "Will you sign a HIPAA business associate agreement covering this service, and which of your product " +
      "lines and features does it cover?",
  },
  {
    id: "dpia-recommended",
    severity: "medium",
    title: "No data protection impact assessment yet",
    raisedWhen: { answers: { answer: "dpiaDone", is: false } },
    explanation:
      "For deployments that process personal data of people in the EEA, the UK or Switzerland with AI, a data " +
      "protection impact assessment " +
      "(GDPR Art. 35) may be required, and it is the record a regulator will ask for. The vendor’s answers " +
      "on training, retention and access are its main inputs.",
    vendorQuestion:
      "Will you provide the information we need for a data protection impact assessment: processing " +
      "purposes, retention periods, locations and subprocessors?",
  },
  {
    id: "financial-data-glba",
    severity: "medium",
    title: "A US financial institution’s customer information is in scope (Gramm-Leach-Bliley Act)",
    // GLBA binds financial institutions, not financial data: the buyer must be one. A file written before
    // regulatedSectors existed does not say, so there the financial information alone raises it, as then.
    raisedWhen: { answers: { fact: "glbaInScope" } },
    explanation:
      "The Gramm-Leach-Bliley Act binds US financial institutions, not financial data as such: a financial " +
      "institution that shares its customers’ nonpublic personal information with a service provider must " +
      "oversee that provider and require it by contract to safeguard the information (the FTC Safeguards Rule, " +
      "16 C.F.R. § 314.4(f), or the banking agencies’ Interagency Guidelines), whatever the provider says " +
      "about training.",
    vendorQuestion:
      "What safeguards do you maintain for customer financial information, and will you commit to them in " +
      "the agreement as the Gramm-Leach-Bliley Act requires of our service providers?",
  },
  {
    id: "minors-possible",
    severity: "medium",
    title: "Children may use the service",
    raisedWhen: { answers: { answer: "minorsPossible", is: true } },
    evidence: [{ key: "minimum_age", line: "bought" }],
    explanation:
      "A vendor’s terms may require users to be adults, or exclude services directed at or likely to be used " +
      "by children; check this vendor’s terms for this product line. Children’s data is subject to stricter " +
      "rules (such as COPPA in the United States and, for people in the EEA, the UK or Switzerland, GDPR " +
      "Art. 8), and a use the vendor’s terms forbid can put the whole service at risk.",
    vendorQuestion:
      "Do your terms allow our service to be used by people under 18, and what safeguards apply to " +
      "children’s data?",
  },
  {
    id: "renewal-date-missing",
    severity: "low",
    title: "No renewal date",
    raisedWhen: { answers: { not: { answer: "renewalDate", answered: true } } },
    explanation:
      "Without a renewal date the re-review cannot be scheduled. Terms change, and commitments that held at " +
      "signature should be reconfirmed before each renewal, while there is still leverage.",
    vendorQuestion: "When does the agreement renew, and how much notice is needed to stop an automatic renewal?",
  },
  {
    id: "retention-exceeds-requirement",
    severity: "medium",
    title: "The vendor keeps inputs and outputs longer than you allow",
    raisedWhen: {
      answers: { answer: "retentionRequirement", is: "limited" },
      provision: { key: "retention_days", line: "bought", clearWhen: [], clearWhenAtMost: "maxRetentionDays" },
    },
    orRaisedWhen: {
      answers: { answer: "retentionRequirement", is: "zero" },
      provision: {
        key: "retention_days",
        aspect: "under-zero-retention",
        line: "bought",
        clearWhen: [],
        raiseOnlyWhen: { atLeast: 1 },
      },
      words: {
        title: "The vendor keeps some content even under zero data retention",
        explanation:
          "You require zero data retention, and the vendor’s recorded terms for this product line keep some " +
          "inputs and outputs for a number of days even where zero data retention applies. The agreement must " +
          "name those cases and their periods, and keep this use out of them, or the requirement is not met.",
      },
    },
    explanation:
      "The vendor’s recorded retention for this product line is longer than the maximum you set. Unless the " +
      "agreement shortens it, inputs and outputs stay with the vendor for the longer period.",
    vendorQuestion:
      "Will you delete our inputs and outputs within our maximum retention period, and name every case in " +
      "which you keep them longer?",
    unknown: {
      title: "Unknown: whether the vendor keeps inputs and outputs longer than you allow — ask in writing",
      explanation:
        "The catalog does not record whether this vendor keeps inputs and outputs for this product line within " +
        "your maximum, or for how many days. Ask in writing, and write the maximum into the agreement.",
    },
  },
  {
    id: "human-review-conflict",
    severity: "medium",
    title: "The vendor’s staff may read your content, which you do not allow",
    raisedWhen: {
      answers: { answer: "humanReview", is: "none" },
      provision: { key: "human_review", line: "bought", clearWhen: ["none"] },
    },
    explanation:
      "You require that no person at the vendor reads your content, and the vendor’s recorded terms for this " +
      "product line allow review by its staff. Only a commitment in the agreement can exclude it.",
    vendorQuestion:
      "Under what circumstances may your staff or contractors read our inputs or outputs, and will you agree " +
      "that nobody does, except where the law requires it?",
    unknown: {
      title: "Unknown: whether the vendor’s staff may read your content — ask in writing",
      explanation:
        "The catalog does not record whether this vendor’s staff or contractors may read inputs or outputs " +
        "for this product line. Ask in writing, since you require that nobody does.",
    },
  },
  {
    id: "competing-model-restriction",
    severity: "low",
    title: "The terms forbid using outputs to build competing models",
    raisedWhen: {
      answers: { answer: "competingModelRestriction", is: "narrow" },
      provision: { key: "competing_model_restriction", line: "bought", clearWhen: ["no"] },
    },
    explanation:
      "The vendor’s recorded terms restrict using the service or its outputs to develop competing models. You " +
      "want that restriction narrowed, so that your own models and analytics are not caught by it.",
    vendorQuestion:
      "Will you narrow the restriction on building competing models to training a general-purpose model that " +
      "competes with yours, and confirm that our own products and analytics are not caught by it?",
    unknown: {
      title: "Unknown: whether the terms restrict building competing models — ask in writing",
      explanation:
        "The catalog does not record whether this vendor restricts using the service or its outputs to build " +
        "competing models. Ask in writing, and have any restriction narrowed to what you accept.",
    },
  },
  {
    id: "minimum-age-conflict",
    severity: "high",
    title: "The vendor’s terms require adult users, and minors may use the service",
    raisedWhen: {
      answers: { answer: "minorsPossible", is: true },
      provision: { key: "minimum_age", line: "bought", clearWhen: [], raiseOnlyWhen: { atLeast: 18 } },
    },
    explanation:
      "The vendor’s recorded terms for this product line require users to be adults, and people under 18 may " +
      "use the service. A use the terms forbid puts the whole service at risk; the vendor’s written permission, " +
      "or age-gating on your side, is needed before launch.",
    vendorQuestion:
      "Do you permit people under 18 to use the service through our product, on what conditions, and will you " +
      "confirm that in the agreement?",
  },
  {
    id: "baa-not-offered",
    severity: "high",
    title: "The vendor does not offer a business associate agreement for this product line",
    raisedWhen: {
      answers: { answer: "baaStatus", is: "needed" },
      provision: { key: "baa", line: "bought", clearWhen: [], raiseOnlyWhen: { values: ["notOffered"] } },
    },
    explanation:
      "Protected health information needs a signed business associate agreement, and the vendor’s recorded " +
      "terms say it does not offer one for this product line. No protected health information may go to it; " +
      "move the use to a product line that offers one, or keep the information out.",
    vendorQuestion:
      "Which of your product lines are covered by a business associate agreement, and on what terms can we " +
      "move this use to one of them?",
    alwaysAsk: true,
  },
  {
    id: "dora-ict-contract",
    severity: "high",
    title: "DORA applies: the agreement must contain the contractual terms for ICT services",
    raisedWhen: { answers: { answer: "regulatedSectors", includes: "euFinancialEntity" } },
    explanation:
      "As an EU financial entity, the buyer may rely on an ICT service only under a written agreement that " +
      "contains the provisions of the Digital Operational Resilience Act (Regulation (EU) 2022/2554), " +
      "Art. 30(2): a description of the services, the locations of processing, availability, integrity and " +
      "confidentiality of data, access to and return of data, service levels, assistance in ICT incidents, " +
      "cooperation with the competent authorities, and termination rights. Where the service supports a " +
      "critical or important function, Art. 30(3) adds exit strategies, audit and access rights and " +
      "participation in resilience testing. An AI vendor’s standard terms rarely contain them.",
    vendorQuestion:
      "Will you agree to the contractual provisions of DORA Art. 30 for this service, including Art. 30(3) if " +
      "we classify the function it supports as critical or important, and cooperate with our competent " +
      "authority?",
    alwaysAsk: true,
  },
  {
    id: "terms-changed-before",
    severity: "low",
    title: "The vendor’s terms on these points have changed before",
    // Raised by the rules when a provision a raised finding reads has versions whose texts differ.
    raisedWhen: { answers: "always" },
    explanation:
      "The catalog holds more than one dated version of the vendor’s terms on points your findings rest on. " +
      "What is published today can change during the agreement: write the commitments into the agreement, " +
      "and reconfirm them at renewal.",
    vendorQuestion:
      "Which of the terms that govern our data have you changed in the last two years, and how will you " +
      "notify us of future changes?",
    alwaysAsk: true,
  },
];

function keysOf(d: Definition): ProvisionKey[] {
  const keys = [
    ...(d.raisedWhen.provision ? [d.raisedWhen.provision.key] : []),
    ...(d.orRaisedWhen ? [d.orRaisedWhen.provision.key] : []),
    ...(d.evidence ?? []).map((e) => e.key),
  ];
  return [...new Set(keys)];
}

/** The findings in the order of docs/specs/finding-ids.md. */
/** A finding's words with their citations kept on one line ("16 C.F.R. § 314.4(f)"). */
function typeset<T extends { title: string; explanation: string }>(words: T): T {
  return { ...words, title: keepCitationsTogether(words.title), explanation: keepCitationsTogether(words.explanation) };
}

export const FINDINGS: readonly FindingDefinition[] = DEFINITIONS.map((d) => ({
  ...typeset(d),
  vendorQuestion: keepCitationsTogether(d.vendorQuestion),
  ...(d.unknown ? { unknown: typeset(d.unknown) } : {}),
  ...(d.wordings
    ? {
        wordings: d.wordings.map((w) => ({
          ...typeset(w),
          ...(w.vendorQuestion ? { vendorQuestion: keepCitationsTogether(w.vendorQuestion) } : {}),
        })),
      }
    : {}),
  ...(d.orRaisedWhen ? { orRaisedWhen: { ...d.orRaisedWhen, words: typeset(d.orRaisedWhen.words) } } : {}),
  provisionKeys: keysOf(d),
}));

export const FINDINGS_BY_ID: ReadonlyMap<FindingId, FindingDefinition> = new Map(FINDINGS.map((f) => [f.id, f]));
