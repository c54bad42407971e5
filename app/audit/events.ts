/**
 * The audit trail's vocabulary: what can be recorded, with what details, and how each event reads to a
 * person. Pure: shared by the model that writes events and the pages that show them.
 */
import { ROLE_LABELS, type Role } from "../accounts/roles.ts";
import { PRODUCT_LINE_LABELS, PROVISION_KEYS, type ProductLine, type ProvisionKey } from "../catalog/types.ts";
import { STEPS, type StepId } from "../questionnaire/questions.ts";
import { formatBytes } from "../utils/format-bytes.ts";
import { positionWords, type OutcomePosition } from "../negotiation/outcomes.ts";

/** Who did something: a signed-in person, named as they were named when they did it. */
export interface Actor {
  id: string;
  name: string;
}

/** The details each action carries. `subject` is the name (or email) of the user an account event is about. */
export interface AuditDetails extends VendorAnswersAuditDetails, HouseWordingAuditDetails, HandPackAuditDetails {
  "review.created": { source: "blank" | "answersFile" };
  "review.step_saved": { step: StepId };
  "review.imported": Record<string, never>;
  "review.exported": Record<string, never>;
  /** On the new review: the review it renews, and the day that review was last changed (YYYY-MM-DD). */
  "review.re_review_started": { renewsReviewId: string; renewsReviewOn: string; positions?: number };
  /** On the renewed review: the re-review started from it. */
  "review.re_review_begun": { reReviewId: string };
  /** `kind` absent on events recorded before the review had several documents: the memo. */
  "pack.generated": {
    packId: number;
    sha256: string;
    kind?: "memo" | "addendum" | "questionnaire-xlsx" | "questionnaire-docx";
  };
  "user.created": { subject: string; role: Role; via: "setup" | "commandLine" };
  "user.invited": { subject: string; role: Role };
  "user.joined": { subject: string; role: Role };
  "user.role_changed": { subject: string; from: Role; to: Role };
  "user.disabled": { subject: string };
  "user.enabled": { subject: string };
  "user.signed_in": { subject: string };
  "user.signed_out": { subject: string };
  "user.sign_in_failed": { email: string };
  "user.password_reset_link_created": { subject: string };
  /** By the user, through a reset link; or from the command line (nobody signed in). */
  "user.password_reset": { subject: string; via: "link" | "commandLine" };
  "user.password_changed": { subject: string };
  "backup.taken": { bytes: number };
  "catalog.provision_recorded": {
    vendorId: string;
    vendorName: string;
    productLine: ProductLine;
    key: ProvisionKey;
    version: number;
  };
  "catalog.file_imported": { vendorId: string; vendorName: string; added: number };
  /** What was agreed for one clause; `replaced`: the position recorded before, if any. */
  "negotiation.outcome_recorded": {
    clauseId: string;
    clauseTitle: string;
    position: OutcomePosition;
    fallback?: number;
    approver?: string;
    expiresOn?: string;
    replaced?: { position: OutcomePosition; fallback?: number };
  };
  "negotiation.agreement_recorded": {
    title: string;
    signedOn: string;
    termMonths: number;
    replaced?: { title: string; signedOn: string; termMonths: number };
  };
}

export type AuditAction = keyof AuditDetails;

// The vendor's written answers and what they settle (issue 16, item 1): the events and their words, kept
// together. Each is on the review; a version proposed to the catalog is also the catalog's own event.

/** A written answer as it stood before another replaced it: kept in the trail, as the row is overwritten. */
export interface PreviousVendorAnswer {
  questionId: string;
  answer: string;
  document: string;
  answeredBy: string;
  answeredOn: string;
  via: "import" | "typed" | "carried";
}

export interface VendorAnswersAuditDetails {
  /** `answers`: the answered rows of the file; `replaced`: the answers they replaced, as they were. */
  "negotiation.vendor_answers_imported": {
    answers: number;
    added: number;
    replaced: PreviousVendorAnswer[];
    generatedAt: string;
  };
  "negotiation.vendor_answer_recorded": { questionId: string; replaced: PreviousVendorAnswer | null };
  "negotiation.written_provision_recorded": {
    questionId: string;
    productLine: ProductLine;
    key: ProvisionKey;
    value: string;
    statement: string;
    replaced: { questionId: string; value: string; statement: string } | null;
  };
  "negotiation.written_provision_proposed": {
    vendorId: string;
    vendorName: string;
    productLine: ProductLine;
    key: ProvisionKey;
    version: number;
  };
  "negotiation.vendor_answers_carried": { fromReviewId: string; answers: number; provisions: number };
}

type VendorAnswersEvent = Extract<AuditEvent, { action: keyof VendorAnswersAuditDetails }>;

const isVendorAnswersEvent = (event: AuditEvent): event is VendorAnswersEvent =>
  Object.hasOwn(VENDOR_ANSWERS_WORDS, event.action);

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const provisionWords = (key: ProvisionKey, line: ProductLine) =>
  `“${PROVISION_KEYS[key]?.label ?? key}” for ${PRODUCT_LINE_LABELS[line] ?? line}`;

const VENDOR_ANSWERS_WORDS: { [A in keyof VendorAnswersAuditDetails]: (d: VendorAnswersAuditDetails[A]) => string } = {
  "negotiation.vendor_answers_imported": (d) =>
    `Imported the vendor’s written answers (${plural(d.answers, "answer")}${d.replaced.length === 0 ? "" : d.replaced.length === 1 ? ", 1 replacing an earlier one" : `, ${d.replaced.length} replacing earlier ones`})`,
  "negotiation.vendor_answer_recorded": (d) =>
    `${d.replaced ? "Replaced" : "Recorded"} the vendor’s written answer to ${d.questionId}`,
  "negotiation.written_provision_recorded": (d) =>
    `Recorded what the vendor’s answer to ${d.questionId} settles: ${provisionWords(d.key, d.productLine)}${d.replaced ? " (replacing an earlier one)" : ""}`,
  "negotiation.written_provision_proposed": (d) =>
    `Proposed the vendor’s written answer on ${provisionWords(d.key, d.productLine)} to the catalog (version ${d.version} for ${d.vendorName})`,
  "negotiation.vendor_answers_carried": (d) =>
    `Carried over the vendor’s written answers from the review it renews (${plural(d.answers, "answer")}, ${plural(d.provisions, "settled provision")})`,
};

/** The actions of the vendor's written answers, for the history on their page. */
export const VENDOR_ANSWERS_ACTIONS = Object.keys(VENDOR_ANSWERS_WORDS) as (keyof VendorAnswersAuditDetails)[];

function describeVendorAnswersEvent(event: VendorAnswersEvent): string {
  const words = VENDOR_ANSWERS_WORDS[event.action] as (d: VendorAnswersEvent["details"]) => string;
  return words(event.details);
}

// Legal's house wording of the clause library (issue 17, item 3): the events and their words, kept
// together. They are about no review: the clause is named in the details.

export interface HouseWordingAuditDetails {
  /** A new wording of the clause; `version`: its number among the clause's house versions. */
  "clauses.house_version_recorded": { clauseId: string; clauseTitle: string; version: number; reason: string };
  /** Back to the shipped text, as house version `version`. */
  "clauses.house_version_reverted": { clauseId: string; clauseTitle: string; version: number; reason: string };
}

type HouseWordingEvent = Extract<AuditEvent, { action: keyof HouseWordingAuditDetails }>;

const HOUSE_WORDING_WORDS: { [A in keyof HouseWordingAuditDetails]: (d: HouseWordingAuditDetails[A]) => string } = {
  "clauses.house_version_recorded": (d) => `Recorded house version ${d.version} of “${d.clauseTitle}”: ${d.reason}`,
  "clauses.house_version_reverted": (d) =>
    `Returned “${d.clauseTitle}” to the shipped text (house version ${d.version}): ${d.reason}`,
};

const isHouseWordingEvent = (event: AuditEvent): event is HouseWordingEvent =>
  Object.hasOwn(HOUSE_WORDING_WORDS, event.action);

function describeHouseWordingEvent(event: HouseWordingEvent): string {
  const words = HOUSE_WORDING_WORDS[event.action] as (d: HouseWordingEvent["details"]) => string;
  return words(event.details);
}

// Legal's hand-built packs (issue 17, item 2): the events and their words, kept together. They are about
// no review and no user: the pack's id travels in the details.

export interface HandPackAuditDetails {
  "hand_pack.built": {
    handPackId: number;
    buyerName: string;
    vendorName: string;
    clauses: number;
    libraryVersion: string;
  };
  "hand_pack.document_generated": {
    handPackId: number;
    kind: "memo" | "addendum";
    buyerName: string;
    vendorName: string;
    sha256: string;
  };
}

type HandPackEvent = Extract<AuditEvent, { action: keyof HandPackAuditDetails }>;

const HAND_PACK_WORDS: { [A in keyof HandPackAuditDetails]: (d: HandPackAuditDetails[A]) => string } = {
  "hand_pack.built": (d) =>
    `Built a pack by hand for ${d.buyerName} and ${d.vendorName} (${plural(d.clauses, "clause")}, clause library ${d.libraryVersion})`,
  "hand_pack.document_generated": (d) =>
    `Generated ${d.kind === "memo" ? "the negotiation memo" : "the addendum"} of the hand-built pack for ${d.buyerName} and ${d.vendorName} (SHA-256 ${d.sha256})`,
};

/** The actions of hand-built packs, for their history. */
export const HAND_PACK_ACTIONS = Object.keys(HAND_PACK_WORDS) as (keyof HandPackAuditDetails)[];

const isHandPackEvent = (event: AuditEvent): event is HandPackEvent => Object.hasOwn(HAND_PACK_WORDS, event.action);

function describeHandPackEvent(event: HandPackEvent): string {
  const words = HAND_PACK_WORDS[event.action] as (d: HandPackEvent["details"]) => string;
  return words(event.details);
}

interface EventBase {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  /** The actor's name as it was then; null when nobody was signed in (a failed sign-in). */
  actor: string | null;
  reviewId: string | null;
  userId: string | null;
}

export type AuditEvent = { [A in AuditAction]: EventBase & { action: A; details: AuditDetails[A] } }[AuditAction];

const role = (r: Role) => ROLE_LABELS[r] ?? r;

/** What happened, in words: "Saved the step “Training”", "Invited ana@example.com as Legal". */
const GENERATED_WORDS = {
  memo: "the negotiation memo",
  addendum: "the addendum",
  "questionnaire-xlsx": "the vendor questionnaire (.xlsx)",
  "questionnaire-docx": "the vendor questionnaire (.docx)",
} as const;

export function describeEvent(event: AuditEvent): string {
  if (isVendorAnswersEvent(event)) return describeVendorAnswersEvent(event);
  if (isHouseWordingEvent(event)) return describeHouseWordingEvent(event);
  if (isHandPackEvent(event)) return describeHandPackEvent(event);
  switch (event.action) {
    case "review.created":
      return event.details.source === "answersFile" ? "Started the review from an answers file" : "Started the review";
    case "review.step_saved":
      return `Saved the step “${STEPS[event.details.step]?.title ?? event.details.step}”`;
    case "review.imported":
      return "Replaced the answers with an answers file";
    case "review.exported":
      return "Downloaded the answers file";
    case "review.re_review_started":
      return `Started the re-review of the review of ${event.details.renewsReviewOn}${event.details.positions ? `, from the ${event.details.positions} position${event.details.positions === 1 ? "" : "s"} agreed then` : ""}`;
    case "review.re_review_begun":
      return "A re-review was started";
    case "pack.generated":
      return `Generated ${GENERATED_WORDS[event.details.kind ?? "memo"]} (SHA-256 ${event.details.sha256})`;
    case "user.created":
      return `Created the account of ${event.details.subject} as ${role(event.details.role)}${event.details.via === "commandLine" ? " (from the command line)" : ""}`;
    case "user.invited":
      return `Invited ${event.details.subject} as ${role(event.details.role)}`;
    case "user.joined":
      return `Accepted the invitation and joined as ${role(event.details.role)}`;
    case "user.role_changed":
      return `Changed the role of ${event.details.subject} from ${role(event.details.from)} to ${role(event.details.to)}`;
    case "user.disabled":
      return `Disabled the account of ${event.details.subject} and ended its sessions`;
    case "user.enabled":
      return `Enabled the account of ${event.details.subject}`;
    case "user.signed_in":
      return "Signed in";
    case "user.signed_out":
      return "Signed out";
    case "user.sign_in_failed":
      return `Failed sign-in as ${event.details.email}`;
    case "user.password_reset_link_created":
      return `Created a password reset link for ${event.details.subject}`;
    case "user.password_reset":
      return event.details.via === "commandLine"
        ? `Reset the password of ${event.details.subject} from the command line and ended their sessions`
        : "Reset their password";
    case "user.password_changed":
      return "Changed their password";
    case "backup.taken":
      return `Downloaded a backup of the database (${formatBytes(event.details.bytes)})`;
    case "catalog.provision_recorded": {
      const { vendorName, productLine, key, version } = event.details;
      return `Recorded version ${version} of “${PROVISION_KEYS[key]?.label ?? key}” for ${vendorName} — ${PRODUCT_LINE_LABELS[productLine] ?? productLine}`;
    }
    case "negotiation.outcome_recorded": {
      const { clauseTitle, replaced } = event.details;
      const was = replaced
        ? ` (it was: ${positionWords({ ...replaced, fallback: replaced.fallback ?? null, approver: null, expiresOn: null })})`
        : "";
      return `Recorded what was agreed for “${clauseTitle}”: ${positionWords({ ...event.details, fallback: event.details.fallback ?? null, approver: event.details.approver ?? null, expiresOn: event.details.expiresOn ?? null })}${was}`;
    }
    case "negotiation.agreement_recorded": {
      const { title, signedOn, termMonths, replaced } = event.details;
      return `${replaced ? "Corrected" : "Recorded"} the signed agreement “${title}”, signed ${signedOn}, for ${termMonths} month${termMonths === 1 ? "" : "s"}`;
    }
    case "catalog.file_imported": {
      const { vendorName, added } = event.details;
      return `Imported a catalog file for ${vendorName}: ${added} new version${added === 1 ? "" : "s"} of its provisions`;
    }
  }
}

/** The other review an event is about, with the words of a link to it; null for most events. */
export function linkedReviewOf(event: AuditEvent): { id: string; label: string } | null {
  if (event.action === "review.re_review_started")
    return { id: event.details.renewsReviewId, label: "Open the review it renews" };
  if (event.action === "review.re_review_begun") return { id: event.details.reReviewId, label: "Open the re-review" };
  return null;
}
