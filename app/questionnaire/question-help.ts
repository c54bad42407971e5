/**
 * Why each question matters, in one or two sentences (questionnaire.md: every question has a help text).
 * Kept apart from the questions so that the page's JavaScript need not carry them: the server sends a
 * step's help texts with the page, and the forms, the answers file's checks and the rules never read them.
 */
import type { QuestionId } from "./questions.ts";

export const QUESTION_HELP: Record<QuestionId, string> = {
  buyerName:
    "Your organization’s legal name, as the agreement names it. The clauses make every commitment to this party.",
  vendorId:
    "The company whose AI service you are buying. If it is not in the catalog, nothing about its terms is known, so every position must be asked of the vendor in writing.",
  vendorName: "The vendor’s legal name, as the clauses and the questions for the vendor should name it.",
  productLine:
    "Each product line has its own data terms: what holds for a vendor’s commercial API need not hold for its consumer app. Be precise about which one you are buying.",
  otherProductsInUse:
    "Staff often also use the same vendor’s other products, such as personal consumer accounts, whose terms may allow training on what they type. Naming them lets the agreement cover them or keep company data out of them.",
  stage:
    "Data terms are best negotiated together with price and term, before signature, while you have leverage. A renewal or an expansion brings that leverage back.",
  signatureDate:
    "The data commitments must be agreed before this date: once the agreement is signed, the leverage to change them is gone.",
  renewalDate:
    "The renewal checklist falls due before this date. Terms change over time, so what held at signature must be reconfirmed at every renewal.",
  termMonths:
    "How long the agreement runs. The longer the term, the more the vendor’s terms can change before you can renegotiate.",
  paperSize:
    "The addendum and the memo are printed and signed on this paper. Letter when all the people whose data it is are in the United States, A4 otherwise, unless your legal team uses the other.",
  dataCategories:
    "What you send decides what is at stake: personal or health data bring in privacy law such as the GDPR or HIPAA, customers’ financial information the Gramm-Leach-Bliley Act if you are a US financial institution, and source code or trade secrets need confidentiality protection.",
  jurisdictions:
    "Privacy law follows the people, not the server: people in the EEA, the UK or Switzerland bring in the GDPR (or Switzerland’s data protection act) and its transfer rules, Californians the CCPA.",
  regulatedSectors:
    "Some laws bind the buyer because of what it is, not only because of the data: the Gramm-Leach-Bliley Act binds US financial institutions, and DORA requires EU financial entities to put set terms into every contract for ICT services.",
  endUsers:
    "When customers use the service, what they type is their data, and you answer to them for what the vendor does with it.",
  minorsPossible:
    "Vendors set minimum ages and treat minors differently, and the law puts extra duties on anyone handling children’s data.",
  useCase:
    "In a sentence or two, such as “drafting replies to customer emails for our support team”. The acceptable-use clause names it, so that the vendor confirms its usage policy permits it.",
  highRiskUses:
    "Decisions about people in these areas are high-risk uses under the EU AI Act (Annex III), and most vendors’ usage policies restrict them or require human review. Saying so now avoids a use the vendor can suspend.",
  customizations:
    "A fine-tuned model, an index or a memory is made of your data and outlives the conversation. Unless the agreement says it is yours and deleted with your data, the training and deletion commitments may not reach it.",
  toolUse:
    "Tools send your data beyond the model, to search engines and connected systems that the vendor’s data commitments may not cover, and an agent can act before anyone checks.",
  trainingRequirement:
    "A vendor’s promise not to train on your data is a default, a posture rather than a guarantee, until it is a term of your agreement. Say what you need so the clause can secure it.",
  feedbackUse:
    "Some terms let the vendor train on any conversation a user rates with a thumbs up or down, even after training has been switched off. A rating can quietly undo the opt-out.",
  safetyReview:
    "Content the vendor’s systems flag for safety review can be read by its staff and, under some terms, used for training even after an opt-out. The vendor alone decides what gets flagged.",
  usageDataLimits:
    "Besides your content, vendors collect usage, telemetry and aggregated data, and some terms claim to own it. A promise not to train on your content does not cover it.",
  retentionRequirement:
    "Retention is a separate question from training: data that is kept can be read, demanded or breached even if it is never trained on. Vendors often keep data for a while for trust and safety, and offer zero retention only on request.",
  maxRetentionDays: "Inputs and outputs must be deleted within this many days. The clause names the number.",
  deletionOnTermination:
    "Without a duty to delete, your data can outlive the agreement. A written certification of deletion is proof rather than a promise.",
  deletionDays: "How long the vendor has to delete your data and certify it. Thirty days is common.",
  backupsIncluded: "Copies in backups and logs are still your data; a deletion that leaves them out is incomplete.",
  humanReview:
    "Ask who at the vendor can read your data and under what controls: every person with access is a way for it to leak.",
  subprocessorNoticeDays:
    "Subprocessors are the other companies the vendor passes your data to. Notice gives you time to assess a new one before it receives your data.",
  subprocessorObjection: "Without a right to object, notice only tells you what is about to happen to your data.",
  dataResidency:
    "Keeping data in one region can simplify transfer rules and your own customers’ requirements; without a clause, the vendor decides where it goes.",
  dataResidencyOther: "The country or region the data must stay in, as the clause should name it.",
  certifications:
    "Independent reports let you check the vendor’s security without an audit of your own; the clause asks for them every year.",
  breachNoticeHours:
    "How soon the vendor must tell you of a breach that touches your data. The GDPR gives you 72 hours to notify the regulator, so the vendor’s notice must come in time for yours.",
  outputOwnership:
    "Vendors’ assignments of output rights are often qualified (“if any”, “to the extent permitted by applicable law”) because AI outputs may not be protected by copyright. Decide how much ownership you need.",
  ipIndemnity:
    "If an output copies someone else’s work, the claim lands on you unless the vendor has agreed to defend and indemnify you.",
  unconditionalAssignment:
    "Some assignments hold only “subject to your compliance with the terms”, so a dispute over a breach of the terms could put your ownership of every output in question.",
  competingModelRestriction:
    "Most vendors forbid using outputs to develop a competing model. Drawn broadly, the ban can reach ordinary machine-learning work of your own.",
  liabilityPosition:
    "Vendors cap their liability at the fees of the last twelve months, which rarely covers a data breach: notification, regulators’ fines and claims. Taking the data commitments out of the general cap makes them worth having.",
  superCapMultiple:
    "The cap for breaches of the data commitments, as a multiple of the fees paid in the twelve months before the claim. Two to five times is the usual range.",
  insuranceRequired:
    "A liability commitment is only as good as the money behind it. Insurance makes sure there is some, and the certificate shows it.",
  auditRight:
    "A promise not to train on your data is a contractual commitment, not a technical control, and vendors’ terms often give no way to check it. An audit right, or reports and a signed certificate, let you verify.",
  changeControl:
    "Vendors change their terms and policies, often without asking. Change control keeps the commitments you negotiated for the whole term unless you agree in writing.",
  changeNoticeDays: "Time to read a change, and to object or plan an exit, before it takes effect.",
  writtenCommitment:
    "A default is a posture, not a guarantee: a policy page linked from the agreement can change later. The commitments you rely on belong in the signed agreement and must prevail over policies incorporated by link.",
  modelChangeNoticeDays:
    "Vendors retire models and route requests to newer ones, which can change how well your use works and where your data goes. Notice gives you time to test the replacement or move.",
  dpaStatus:
    "When a vendor processes personal data for you, the law requires a written processing agreement with set terms: GDPR Art. 28 for people in the EEA, the UK or Switzerland, the service-provider terms of US state privacy laws for people in the United States. Check that any agreement the vendor incorporates by reference is enough.",
  transferMechanism:
    "Personal data of people in the EEA, the UK or Switzerland may leave only under a recognised transfer mechanism; without one, the transfer itself breaks the law.",
  baaStatus:
    "HIPAA requires a business associate agreement with the vendor before any protected health information is sent to it.",
  dpiaDone:
    "Sending personal data of people in the EEA, the UK or Switzerland to an AI service may call for a data protection impact assessment, and a regulator can ask to see it.",
  reconfirmAtRenewal:
    "Terms change, so what held at signature must be reconfirmed at renewal, not assumed to carry forward; that is how protections quietly lapse.",
  reviewLeadDays:
    "Start early enough to renegotiate before the renewal date, while the vendor still wants the renewal and you can still walk away.",
  noticeDays: "If the agreement renews itself, missing this notice window means renewing on the old terms.",
  renewalOwner: "The person who runs the re-review; the renewal checklist names them.",
  renewalOwnerEmail: "Where reminders of the re-review go.",
};

/** One line that tells an option apart from the others, where its label alone does not (by question, by value). */
export const OPTION_HINTS: Partial<Record<QuestionId, Record<string, string>>> = {
  productLine: {
    unsure: "Nobody can yet say which product line is in use: find out before signature.",
  },
  stage: {
    expansion: "More seats, products or uses under an existing agreement.",
  },
  paperSize: {
    letter: "8.5 × 11 inches, the paper of US agreements.",
    a4: "210 × 297 mm, the paper used almost everywhere else.",
  },
  dataCategories: {
    personal: "Anything about an identifiable person: names, emails, notes about staff or clients.",
    specialCategory: "Health, ethnicity, religion, sexual orientation, biometrics, union membership and the like.",
    phi: "Health information that HIPAA protects.",
    financial: "Account, card or loan details of your customers.",
    customerData: "Data your customers entrust to you, often under their own contract terms.",
    publicOnly: "Nothing confidential or personal; excludes every other choice.",
  },
  regulatedSectors: {
    usFinancialInstitution: "A bank, lender, broker, insurer or other business the Gramm-Leach-Bliley Act covers.",
    euFinancialEntity: "A bank, investment firm, insurer, payment institution or other entity DORA covers.",
    usHealthcare: "A HIPAA covered entity or business associate: a provider, a health plan, a clearinghouse.",
    none: "Excludes every other choice.",
  },
  highRiskUses: {
    none: "Excludes every other choice.",
  },
  customizations: {
    fineTuning: "A model, or an adapter, trained on your examples.",
    embeddings: "Vectors computed from your documents, stored for search.",
    retrievalIndexes: "Your documents indexed so the model can look them up.",
    memory: "What the service remembers about users between conversations.",
    promptCaching: "Your prompts kept for a while so repeated calls are cheaper.",
    none: "Excludes every other choice.",
  },
  toolUse: {
    webSearch: "The model sends queries to a search engine.",
    connectors: "Links to your mail, files, calendar or other systems, or to third-party services.",
    computerUse: "The model operates a browser or a desktop.",
    none: "Excludes every other choice.",
  },
  trainingRequirement: {
    never: "No training or improvement use of inputs, outputs, feedback or flagged content.",
    optInOnly: "Nothing is used unless you agree in writing first.",
    aggregatedOnly: "Nothing that can be traced back to you or your people.",
  },
  safetyReview: {
    abuseDetectionOnly: "Flagged content may be reviewed but never used to train.",
    notAcceptable: "Your content must not be reviewed or used for safety work at all.",
  },
  retentionRequirement: {
    zero: "Nothing kept once the response is returned.",
    limited: "Kept no longer than a number of days you name.",
  },
  humanReview: {
    none: "No person at the vendor reads your content unless you allow it.",
    safetyOnly: "Limited to abuse investigations, with every access logged.",
  },
  certifications: {
    iso27701: "Privacy management.",
    iso42001: "Management of AI systems.",
  },
  outputOwnership: {
    assignmentRequired: "The vendor assigns its rights and claims none back.",
    licenseAcceptable: "The vendor may keep rights as long as you may use the outputs.",
  },
  competingModelRestriction: {
    narrow: "Limit it to building a model that competes with the vendor’s.",
  },
  liabilityPosition: {
    uncapped: "A breach of the data commitments is not limited by any cap.",
    superCap: "A separate cap, a multiple of the fees, for breaches of the data commitments.",
  },
  auditRight: {
    reports: "Independent third-party reports plus a written certificate that the data commitments were kept.",
  },
};

/** The help texts of these questions, for a page to send with its form. */
export function helpFor(ids: Iterable<QuestionId>): Partial<Record<QuestionId, string>> {
  return Object.fromEntries([...ids].map((id) => [id, QUESTION_HELP[id]]));
}

/** The option hints of these questions, for a page to send with its form. */
export function hintsFor(ids: Iterable<QuestionId>): Partial<Record<QuestionId, Record<string, string>>> {
  return Object.fromEntries([...ids].flatMap((id) => (OPTION_HINTS[id] ? [[id, OPTION_HINTS[id]]] : [])));
}
