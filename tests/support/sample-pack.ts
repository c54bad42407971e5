/**
 * A realistic clause pack, for tests, the benchmark and screenshots: Northwind Health Partners buying
 * Anthropic's commercial API while staff also use the consumer app. The clause text is test data written
 * for this fixture; the real clause library lives in templates/.
 */
import type { ClausePack, PackAnswerRef, PackClause, PackProvisionRef } from "../../app/pack/model.ts";

const VENDOR = "Anthropic";

function answer(id: string, label: string, value: string): PackAnswerRef {
  return { id, label, value };
}

function provision(
  productLine: string,
  key: string,
  statement: string,
  excerpt: string,
  sourceTitle: string,
  date: string,
  version: number | null,
  known = true,
): PackProvisionRef {
  return {
    vendorName: VENDOR,
    productLine,
    key,
    statement,
    excerpt,
    source: sourceTitle,
    shortSource: sourceTitle,
    otherSources: 0,
    date,
    version,
    known,
  };
}

const API = "Commercial API";
const CONSUMER = "Consumer app";
const COMMERCIAL_TERMS = "Anthropic Commercial Terms of Service";
const CONSUMER_TERMS = "Anthropic Consumer Terms and privacy settings";
const CHECKED = "checked 2026-04-18";

const A = {
  productLine: answer("productLine", "Product line being bought", "Commercial API"),
  otherProducts: answer("otherProductsInUse", "Other product lines staff use", "Consumer app"),
  dataCategories: answer(
    "dataCategories",
    "Data that will be sent",
    "Personal data; Protected health information (PHI); Customer data",
  ),
  training: answer("trainingRequirement", "Training on your data", "Never"),
  feedback: answer("feedbackUse", "Will users send feedback?", "Yes"),
  safety: answer("safetyReview", "Safety review of flagged content", "Abuse detection only"),
  retention: answer("retentionRequirement", "Retention", "A set maximum"),
  maxRetention: answer("maxRetentionDays", "Maximum retention (days)", "30"),
  deletion: answer("deletionOnTermination", "Deletion when the agreement ends", "Yes"),
  deletionDays: answer("deletionDays", "Days to delete", "30"),
  backups: answer("backupsIncluded", "Deletion reaches backups and logs", "Yes"),
  humanReview: answer("humanReview", "Human access to content", "Only trust and safety reviewers, logged"),
  subprocessorDays: answer("subprocessorNoticeDays", "Notice of a new subprocessor (days)", "30"),
  subprocessorObjection: answer("subprocessorObjection", "Right to object to a new subprocessor", "Yes"),
  breachHours: answer("breachNoticeHours", "Security incident notice (hours)", "72"),
  outputOwnership: answer("outputOwnership", "Ownership of outputs", "Assignment required"),
  unconditional: answer("unconditionalAssignment", "Assignment must not fall away", "Yes"),
  competing: answer("competingModelRestriction", "Ban on building competing models", "Narrow it"),
  audit: answer("auditRight", "Audit right", "Annual third-party reports plus a compliance certificate"),
  certifications: answer("certifications", "Reports the vendor must provide", "SOC 2 Type 2; ISO/IEC 27001"),
  changeControl: answer("changeControl", "Data terms cannot get worse during the term", "Yes"),
  changeDays: answer("changeNoticeDays", "Notice of a change (days)", "60"),
  baa: answer("baaStatus", "HIPAA business associate agreement", "Needed"),
  notes: answer(
    "notes",
    "Notes for legal",
    "Clinical notes may be pasted into prompts by care coordinators.\nThe pilot starts with the Boston clinic only.",
  ),
};

const P = {
  apiTraining: provision(
    API,
    "training_use_of_input",
    "The vendor may not train models on customer content from the services.",
    "may not train models",
    COMMERCIAL_TERMS,
    CHECKED,
    2,
  ),
  consumerTraining: provision(
    CONSUMER,
    "training_default",
    "Conversations may be used for training unless the user opts out in settings.",
    "unless you opt out",
    CONSUMER_TERMS,
    CHECKED,
    3,
  ),
  carveOuts: provision(
    CONSUMER,
    "training_carve_outs",
    "Even after opting out, feedback the user gives and content flagged for safety review may be used.",
    "feedback",
    CONSUMER_TERMS,
    CHECKED,
    1,
  ),
  assignment: provision(
    API,
    "output_assignment_conditional",
    "The vendor assigns its rights in outputs subject to the customer’s compliance with the terms.",
    "subject to Customer’s compliance with these Terms",
    COMMERCIAL_TERMS,
    CHECKED,
    1,
  ),
  qualified: provision(
    API,
    "output_assignment_qualified",
    "The assignment covers the vendor’s rights in outputs, if any, to the extent permitted by law.",
    "(if any)",
    COMMERCIAL_TERMS,
    CHECKED,
    1,
  ),
  audit: provision(API, "audit_right", "No audit right is stated.", "", COMMERCIAL_TERMS, CHECKED, 1),
  retention: provision(
    API,
    "retention",
    "Inputs and outputs are kept for a short period for trust and safety.",
    "trust and safety",
    "Anthropic privacy centre, data retention for commercial products",
    CHECKED,
    2,
  ),
  zdr: provision(
    API,
    "zero_data_retention",
    "Zero data retention is available to qualifying customers on request.",
    "qualifying customers",
    "Anthropic privacy centre, data retention for commercial products",
    "date not recorded in the source",
    1,
  ),
  termsChange: provision(
    API,
    "terms_change",
    "The vendor has changed this document before and may change it again.",
    "",
    COMMERCIAL_TERMS,
    CHECKED,
    4,
  ),
  competing: provision(
    API,
    "competing_model_restriction",
    "Outputs may not be used to develop a competing model.",
    "competing",
    "Anthropic Usage Policy",
    CHECKED,
    1,
  ),
  baaUnknown: provision(
    API,
    "baa",
    "Not known in this catalog: ask the vendor in writing.",
    "",
    "",
    "date not recorded in the source",
    null,
    false,
  ),
};

function clause(
  id: string,
  title: string,
  variant: string | null,
  language: string[],
  fallbacks: string[],
  negotiationNote: string,
  answers: PackAnswerRef[],
  summary: string,
): PackClause {
  return { id, title, variant, language, fallbacks, negotiationNote, because: { answers, summary } };
}

const CLAUSES: PackClause[] = [
  clause(
    "no-training",
    "No training on Customer Data",
    "never",
    [
      "Anthropic shall not use Customer Data, or any Output generated from it, to Train any model, whether its own or a third party’s, and shall not permit any Subprocessor to do so.",
      "Clause 1.1 applies to every Service that Northwind Health Partners or its Users access under this Agreement, including the Commercial API and the Consumer app, whatever the default settings of that Service.",
      "Anthropic shall not use Customer Data to evaluate, benchmark or otherwise improve its models or services, except to the extent strictly necessary to provide the Services to Northwind Health Partners.",
    ],
    [
      "Anthropic shall not Train on Customer Data submitted through the Commercial API; for the Consumer app, Anthropic shall provide an administrator setting that disables training use for every User account on Northwind Health Partners’ domain.",
      "Anthropic shall give Northwind Health Partners at least 60 days’ written notice before any change that would permit training use of Customer Data, and Northwind Health Partners may terminate without penalty before the change takes effect.",
    ],
    "The vendor’s commercial terms already say it will not train on API content, so the primary ask is mainly about writing that default into the signed agreement. The real gap is staff using personal consumer accounts; raise it together with price and term, before signature.",
    [A.training, A.productLine, A.otherProducts],
    "The answers require that Customer Data is never used for training, and staff also use the consumer app, where training is on by default.",
  ),
  clause(
    "feedback-and-flagged-content",
    "Feedback and flagged content",
    null,
    [
      "Ratings, comments and other feedback that Users give about an Output are Customer Data, and clause 1 applies to them.",
      "Anthropic may review Customer Data that its automated systems flag as a possible breach of its usage policy only to detect and prevent abuse, and shall not keep such data for longer than 30 days or use it to Train any model.",
    ],
    [
      "Feedback may be used to improve the Services only after it has been de-identified in accordance with 45 C.F.R. § 164.514 and stripped of any Customer Data.",
      "Anthropic shall disable the feedback controls for Northwind Health Partners’ Users on request.",
    ],
    "Vendors often treat feedback and flagged content as outside the no-training promise. Ask for both to be named expressly.",
    [A.feedback, A.safety],
    "Users will rate outputs, and the consumer terms keep using feedback and flagged content even after an opt-out.",
  ),
  clause(
    "retention-limit",
    "Retention of Customer Data",
    "limited",
    [
      "Anthropic shall not retain Customer Data for longer than 30 days after it is submitted, except as Northwind Health Partners directs in writing.",
      "Where the law requires Anthropic to retain Customer Data for longer, Anthropic shall tell Northwind Health Partners which data, for how long and under which law, unless the law forbids it, and shall retain only that data.",
      "At Northwind Health Partners’ request, Anthropic shall enable zero data retention for the Commercial API, so that inputs and outputs are not stored after a response is returned.",
    ],
    ["A retention period of no more than 90 days, with deletion logs available on request."],
    "The published retention period is short but not fixed. Zero data retention is offered to qualifying customers; a health-care buyer usually qualifies.",
    [A.retention, A.maxRetention],
    "The answers set a maximum retention of 30 days; the vendor’s terms keep data for an unstated period for trust and safety.",
  ),
  clause(
    "deletion-on-termination",
    "Deletion when the Agreement ends",
    null,
    [
      "Within 30 days after this Agreement ends, Anthropic shall delete all Customer Data, including copies held in backups, logs and by its Subprocessors.",
      "Anthropic shall certify the deletion in writing, signed by an officer, within 10 days after it is complete.",
    ],
    [
      "Backups may be deleted on their normal rotation, provided it ends within 90 days and the data is not restored in the meantime.",
    ],
    "Ask how backups rotate before agreeing to any fallback.",
    [A.deletion, A.deletionDays, A.backups],
    "The answers ask for deletion within 30 days, reaching backups and logs, with written certification.",
  ),
  clause(
    "human-access",
    "Human access to Customer Data",
    "safetyOnly",
    [
      "No person acting for Anthropic shall view Customer Data, except trust and safety reviewers who do so to investigate a suspected breach of the usage policy.",
      "Anthropic shall log every such access, naming the reviewer, the data viewed and the reason, and shall give Northwind Health Partners the log for its account on request.",
      "Reviewers shall be bound by written confidentiality obligations and trained in the handling of protected health information.",
    ],
    [
      "Access logs may be provided as an annual summary instead of on request.",
      "Reviewers may be located outside the United States only with Northwind Health Partners’ prior written consent.",
    ],
    "",
    [A.humanReview],
    "The answers allow human access only by trust and safety reviewers, with every access logged.",
  ),
  clause(
    "subprocessors",
    "Subprocessors",
    null,
    [
      "Anthropic shall give Northwind Health Partners at least 30 days’ written notice before a new Subprocessor processes Customer Data.",
      "Northwind Health Partners may object to a new Subprocessor on reasonable grounds within that period; if the parties cannot resolve the objection, Northwind Health Partners may terminate the affected Services and receive a refund of prepaid fees for the remaining term.",
    ],
    [
      "Notice by an update to a subprocessor web page to which Northwind Health Partners may subscribe, with the same objection right.",
    ],
    "Most vendors offer notice through a subscription page; the objection right is the part to hold on to.",
    [A.subprocessorDays, A.subprocessorObjection],
    "The answers ask for 30 days’ notice of a new subprocessor and a right to object.",
  ),
  clause(
    "security-incidents",
    "Security Incidents",
    null,
    [
      "Anthropic shall notify Northwind Health Partners of a Security Incident without undue delay and in any event within 72 hours after becoming aware of it.",
      "The notice shall describe the nature of the Security Incident, the categories and approximate number of records concerned, the likely consequences and the measures taken or proposed.",
      "Anthropic shall cooperate with Northwind Health Partners’ investigation and with any notice Northwind Health Partners must give to regulators or individuals.",
    ],
    ["Notice within 5 days, where Anthropic can show that its incident process requires it."],
    "HIPAA requires notice to the covered entity without unreasonable delay; 72 hours leaves time for Northwind’s own obligations.",
    [A.breachHours, A.dataCategories],
    "The answers ask for notice within 72 hours; protected health information is in scope.",
  ),
  clause(
    "output-ownership",
    "Ownership of Outputs",
    "assignmentRequired",
    [
      "As between the parties, Northwind Health Partners owns all Outputs, and Anthropic hereby assigns to Northwind Health Partners all right, title and interest it has in them.",
      "The assignment in clause 8.1 is unconditional and does not lapse or revert if Northwind Health Partners is in breach of this Agreement; Anthropic’s remedies for a breach are damages and termination.",
    ],
    [
      "The assignment may remain subject to compliance with the Agreement, provided that no Output already generated reverts on a later breach.",
      "A perpetual, irrevocable, worldwide, royalty-free licence to use all Outputs for any purpose.",
    ],
    "The vendor’s terms make the assignment “subject to Customer’s compliance with these Terms”. A breach on an unrelated point should not put ownership of past outputs in doubt.",
    [A.outputOwnership, A.unconditional],
    "The answers require an assignment of outputs that does not fall away over a breach of the terms.",
  ),
  clause(
    "assurance",
    "Audit and assurance reports",
    "reports",
    [
      "Each year, Anthropic shall provide Northwind Health Partners with its most recent SOC 2 Type 2 and ISO/IEC 27001 reports, and a certificate signed by an officer confirming its compliance with clauses 1 to 7.",
      "If a report shows an exception that affects Customer Data, Anthropic shall describe the remediation and its timetable within 30 days.",
      "Northwind Health Partners may, at its own cost and not more than once a year, send Anthropic a reasonable written questionnaire on its compliance with this Agreement, which Anthropic shall answer in writing within 30 days.",
    ],
    ["Reports made available through the vendor’s trust portal, under its standard confidentiality terms."],
    "The vendor’s terms state no audit right. Reports plus a signed certificate are the usual compromise.",
    [A.audit, A.certifications],
    "The answers ask for annual third-party reports and a written compliance certificate; the vendor’s terms state no audit right.",
  ),
  clause(
    "business-associate-agreement",
    "Business associate agreement",
    null,
    [
      "Before any protected health information is submitted to the Services, the parties shall sign a business associate agreement that meets 45 C.F.R. § 164.504(e).",
      "If the business associate agreement and this Agreement conflict, the provision that better protects protected health information prevails.",
    ],
    [],
    "Ask first whether the vendor signs business associate agreements for the Commercial API, and on which configuration (for example, zero data retention only).",
    [A.baa, A.dataCategories, A.notes],
    "Protected health information is in scope and the answers say a business associate agreement is needed.",
  ),
  clause(
    "change-control",
    "Changes to the data terms",
    null,
    [
      "The commitments in clauses 1 to 10 are set out in this Agreement and prevail over any policy, web page or document incorporated by reference, whenever published.",
      "Anthropic shall not change any term that governs Customer Data so as to reduce its protection during the term without Northwind Health Partners’ prior written consent.",
      "Anthropic shall give at least 60 days’ written notice of any other change to such terms.",
    ],
    ["Changes that reduce protection apply only from the next renewal, with 60 days’ notice."],
    "Vendors resist a consent right over all their terms; keep the ask to the terms that govern Customer Data.",
    [A.changeControl, A.changeDays],
    "The answers say the data terms must not get worse during the term without written consent.",
  ),
];

export const samplePack: ClausePack = {
  title: "Negotiation memo: Northwind Health Partners and Anthropic",
  paper: "a4",
  parties: { buyer: "Northwind Health Partners", vendor: "Anthropic, PBC", vendorEntityKnown: true },
  cover: {
    buyerName: "Northwind Health Partners",
    vendorName: VENDOR,
    productLines: ["Commercial API", "Consumer app (staff use of personal and Pro accounts)"],
    stage: "New purchase",
    dates: [
      { label: "Target signature date", value: "2026-06-30" },
      { label: "Renewal date", value: "2027-06-30" },
      { label: "Review completed", value: "2026-04-21" },
    ],
    preparedBy: "Dana Whitfield, Procurement",
    generatedAt: "2026-04-21T14:05:00Z",
    libraryVersion: "2026.04.2",
    answersVersion: 3,
  },
  summary: {
    exposure: "high",
    exposureDetail: "5 confirmed, 2 to confirm with the vendor",
    counts: { high: 2, medium: 3, low: 2, info: 1 },
    topAsks: [
      "Write “no training on Customer Data” into the signed agreement, for every product line staff use.",
      "Sign a business associate agreement before any protected health information is sent.",
      "Make the assignment of outputs unconditional.",
      "Limit retention to 30 days, and turn on zero data retention for the Commercial API.",
      "Get annual SOC 2 Type 2 and ISO/IEC 27001 reports and a signed compliance certificate.",
    ],
  },
  // Most in paragraph form, as templates/definitions.md writes them; "User" as the text after a heading.
  definitions: [
    {
      term: "Customer Data",
      text: "“Customer Data” means all data that Northwind Health Partners or its Users submit to the Services, including prompts, files, feedback and context, and all Outputs.",
    },
    { term: "Output", text: "“Output” means any content the Services generate in response to Customer Data." },
    {
      term: "Services",
      text: "“Services” means every product and service of Anthropic that Northwind Health Partners or its Users access, including the Commercial API and the Consumer app.",
    },
    {
      term: "Security Incident",
      text: "“Security Incident” means any unauthorised access to, or loss, disclosure or alteration of, Customer Data.",
    },
    {
      term: "Subprocessor",
      text: "“Subprocessor” means any third party that Anthropic engages to process Customer Data.",
    },
    {
      term: "Train",
      text: "“Train” means to use data to create, train, fine-tune or otherwise improve a machine-learning model, and “Training” has a corresponding meaning.",
    },
    { term: "User", text: "means any employee or contractor of Northwind Health Partners who uses the Services." },
  ],
  findings: [
    {
      id: "consumer-training-default",
      severity: "high",
      title: "Staff use the consumer app, where training is on by default",
      vendorPosition:
        "On the consumer app, conversations may be used to train models unless each user opts out in settings.",
      whyItMatters:
        "Clinical and customer data typed into a personal account could be used for training, whatever the API contract says.",
      because: { answers: [A.otherProducts, A.training], provisions: [P.consumerTraining] },
    },
    {
      id: "phi-without-baa",
      severity: "high",
      title: "Protected health information without a business associate agreement",
      vendorPosition:
        "Not known in this catalog: whether the vendor signs a business associate agreement for the Commercial API.",
      whyItMatters: "Sending PHI to a vendor without a BAA breaches HIPAA for a covered entity.",
      because: { answers: [A.dataCategories, A.baa], provisions: [P.baaUnknown] },
    },
    {
      id: "training-carve-outs",
      severity: "medium",
      title: "Feedback and flagged content are used even after an opt-out",
      vendorPosition: "Feedback users give, and content flagged for safety review, may be used even after opting out.",
      whyItMatters: "Users will rate outputs; each rating can carry the conversation it rates.",
      because: { answers: [A.feedback, A.safety], provisions: [P.carveOuts] },
    },
    {
      id: "conditional-output-assignment",
      severity: "medium",
      title: "Ownership of outputs depends on compliance with the terms",
      vendorPosition:
        "The vendor assigns its rights in outputs, if any, subject to the customer’s compliance with the terms.",
      whyItMatters: "An unrelated breach could put ownership of outputs already in use in doubt.",
      because: { answers: [A.outputOwnership, A.unconditional], provisions: [P.assignment, P.qualified] },
    },
    {
      id: "no-audit-right",
      severity: "medium",
      title: "No audit right",
      vendorPosition: "The commercial terms state no audit right.",
      whyItMatters:
        "Without reports or an audit right, Northwind cannot show its regulators how the vendor protects PHI.",
      because: { answers: [A.audit, A.certifications], provisions: [P.audit] },
    },
    {
      id: "retention-not-fixed",
      severity: "low",
      title: "Retention period is not fixed",
      vendorPosition:
        "Inputs and outputs are kept for a short period for trust and safety; zero data retention is available on request.",
      whyItMatters: "The answers set a 30-day maximum; an unstated period cannot be checked.",
      because: { answers: [A.retention, A.maxRetention], provisions: [P.retention, P.zdr] },
    },
    {
      id: "terms-change",
      severity: "low",
      title: "The vendor can change its terms",
      vendorPosition: "The vendor has changed this document before and may change it again.",
      whyItMatters: "A commitment that lives only in a web page can change during the term.",
      because: { answers: [A.changeControl], provisions: [P.termsChange] },
    },
    {
      id: "competing-model-restriction",
      severity: "info",
      title: "Outputs may not be used to build a competing model",
      vendorPosition: "Outputs may not be used to develop a competing model.",
      whyItMatters: "Northwind does not build models; the answers ask to narrow the ban, not to remove it.",
      because: { answers: [A.competing], provisions: [P.competing] },
    },
  ],
  clauses: CLAUSES,
  // The questionnaire's own tests build theirs from real evaluations; the memo's tests read every string
  // here back out of the memo, which does not hold the questionnaire.
  vendorQuestionnaire: { items: [] },
  questions: [
    {
      number: 1,
      id: "Q-phi-without-baa",
      topic: "Data protection and regulatory terms",
      text: "Please confirm whether you sign a business associate agreement for the Commercial API, and whether it requires zero data retention.",
      origin: "Finding “phi-without-baa”",
    },
    {
      number: 2,
      id: "Q-no-training-1",
      topic: "Training and other use of our data",
      text: "Please confirm whether an administrator can disable training use for every consumer account on our domain.",
      origin: "Clause 1, No training on Customer Data",
    },
    {
      number: 3,
      id: "Q-feedback-1",
      topic: "Training and other use of our data",
      text: "Please confirm whether feedback given through the rating buttons is ever used to train models, and whether the buttons can be turned off.",
      origin: "Clause 2, Feedback and flagged content",
    },
    {
      number: 4,
      id: "Q-retention-1",
      topic: "Retention and deletion",
      text: "Please state how long inputs and outputs are kept for trust and safety, and whether we qualify for zero data retention.",
      origin: "Clause 3, Retention of Customer Data",
    },
    {
      number: 5,
      id: "Q-deletion-1",
      topic: "Retention and deletion",
      text: "Please state how long backups rotate, and whether logs are included in deletion.",
      origin: "Clause 4, Deletion when the Agreement ends",
    },
    {
      number: 6,
      id: "Q-access-1",
      topic: "Access, subprocessors, location and security incidents",
      text: "Please state where trust and safety reviewers are located, and whether every access to customer content is logged.",
      origin: "Clause 5, Human access to Customer Data",
    },
    {
      number: 7,
      id: "Q-reports-1",
      topic: "Assurance, audit and changes to the terms",
      text: "Please state which reports (SOC 2 Type 2, ISO/IEC 27001) you can share, and under which confidentiality terms.",
      origin: "Clause 9, Audit and assurance reports",
    },
    {
      number: 8,
      id: "Q-conditional-output-assignment",
      topic: "Outputs: ownership, restrictions and indemnity",
      text: "Please confirm whether the assignment of outputs survives a breach of the terms that is unrelated to the outputs.",
      origin: "Finding “conditional-output-assignment”",
    },
  ],
  renewalChecklist: [
    {
      commitment: "No training on Customer Data, for every product line in use",
      clauseTitle: "No training on Customer Data",
      owner: "Dana Whitfield",
      due: "2027-04-01",
    },
    {
      commitment: "Retention of at most 30 days; zero data retention still enabled",
      clauseTitle: "Retention of Customer Data",
      owner: "Dana Whitfield",
      due: "2027-04-01",
    },
    {
      commitment: "Subprocessor list reviewed; no objection outstanding",
      clauseTitle: "Subprocessors",
      owner: "Priya Raman, Privacy Office",
      due: "2027-04-01",
    },
    {
      commitment: "This year’s SOC 2 Type 2 and ISO/IEC 27001 reports and the officer’s certificate received",
      clauseTitle: "Audit and assurance reports",
      owner: "Priya Raman, Privacy Office",
      due: "2027-04-01",
    },
    {
      commitment: "Business associate agreement still in force and covering every product line in use",
      clauseTitle: "Business associate agreement",
      owner: "Legal",
      due: "2027-04-01",
    },
    {
      commitment: "No change to the data terms without written consent since signature",
      clauseTitle: "Changes to the data terms",
      owner: "Legal",
      due: "2027-04-01",
    },
  ],
  sources: [
    {
      group: "vendor-terms",
      title: COMMERCIAL_TERMS,
      detail: "Training, outputs, audit and changes to the terms; checked 2026-04-18.",
    },
    {
      group: "vendor-terms",
      title: CONSUMER_TERMS,
      detail: "Training default and the carve-outs that survive an opt-out; checked 2026-04-18.",
    },
    {
      group: "vendor-terms",
      title: "Anthropic privacy centre, data retention for commercial products",
      detail: "Retention for trust and safety; zero data retention for qualifying customers.",
    },
    {
      group: "vendor-terms",
      title: "Anthropic Usage Policy",
      detail: "Restriction on developing competing models; checked 2026-04-18.",
    },
    {
      group: "clauses",
      title: "Buyer-side guide, “does the vendor train on our data?”",
      detail:
        "The method behind the questionnaire: precise product lines, defaults written into the agreement, questions in writing, reconfirmation at renewal.",
    },
  ],
  disclaimer:
    "This memo is not legal advice. It was generated from the answers given and from the vendor’s published terms as recorded on the dates shown, which may have changed since. Have a qualified lawyer review it before relying on it or sending it to the vendor.",
};
