/**
 * Answers: their type, the check of one answer against its question (shared by the answers file and the
 * wizard's forms, so both speak the same words), pruning, and the answers file (version 1).
 * Pure: no I/O.
 */
import {
  isConsumerInUse,
  isPersonalDataInScope,
  isQuestionId,
  isRelevant,
  isRequiredInFile,
  OTHER_VENDOR_ID,
  QUESTION_IDS,
  QUESTIONS,
  VENDOR_ID_PATTERN,
  type AgreementStatus,
  type AuditRight,
  type Certification,
  type CompetingModelRestriction,
  type Customization,
  type HighRiskUse,
  type LiabilityPosition,
  type PaperSize,
  type RegulatedSector,
  type ToolUse,
  type DataCategory,
  type DataResidency,
  type EmailQuestion,
  type EndUsers,
  type FeedbackUse,
  type HumanReview,
  type Jurisdiction,
  type MultiQuestion,
  type OutputOwnership,
  type ProductLineAnswer,
  type Question,
  type QuestionId,
  type RetentionRequirement,
  type SafetyReview,
  type Stage,
  type TextQuestion,
  type TrainingRequirement,
  type TransferMechanism,
} from "./questions.ts";
import type { ProductLine } from "../catalog/types.ts";

// The rules and the clause conditions read these facts from here.
export { isConsumerInUse, isPersonalDataInScope };

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * One review's answers, keyed by question id, in the JSON types of the answers file. A question that
 * does not apply (or is not answered yet) is absent, never stale.
 */
export interface Answers {
  // context
  buyerName?: string;
  vendorId?: string;
  vendorName?: string;
  productLine?: ProductLineAnswer;
  otherProductsInUse?: ProductLine[];
  stage?: Stage;
  signatureDate?: IsoDate;
  renewalDate?: IsoDate;
  termMonths?: number;
  paperSize?: PaperSize;
  // data
  dataCategories?: DataCategory[];
  jurisdictions?: Jurisdiction[];
  endUsers?: EndUsers;
  minorsPossible?: boolean;
  regulatedSectors?: RegulatedSector[];
  // use
  useCase?: string;
  highRiskUses?: HighRiskUse[];
  customizations?: Customization[];
  toolUse?: ToolUse[];
  // training
  trainingRequirement?: TrainingRequirement;
  feedbackUse?: FeedbackUse;
  safetyReview?: SafetyReview;
  usageDataLimits?: boolean;
  // retention
  retentionRequirement?: RetentionRequirement;
  maxRetentionDays?: number;
  deletionOnTermination?: boolean;
  deletionDays?: number;
  backupsIncluded?: boolean;
  // access
  humanReview?: HumanReview;
  subprocessorNoticeDays?: number;
  subprocessorObjection?: boolean;
  dataResidency?: DataResidency;
  dataResidencyOther?: string;
  certifications?: Certification[];
  breachNoticeHours?: number;
  // outputs
  outputOwnership?: OutputOwnership;
  ipIndemnity?: boolean;
  unconditionalAssignment?: boolean;
  competingModelRestriction?: CompetingModelRestriction;
  liabilityPosition?: LiabilityPosition;
  superCapMultiple?: number;
  insuranceRequired?: boolean;
  // assurance
  auditRight?: AuditRight;
  changeControl?: boolean;
  changeNoticeDays?: number;
  writtenCommitment?: boolean;
  modelChangeNoticeDays?: number;
  // regulatory
  dpaStatus?: AgreementStatus;
  transferMechanism?: TransferMechanism;
  baaStatus?: AgreementStatus;
  dpiaDone?: boolean;
  // renewal
  reconfirmAtRenewal?: boolean;
  reviewLeadDays?: number;
  noticeDays?: number;
  renewalOwner?: string;
  renewalOwnerEmail?: string;
}

export type AnswerValue = string | number | boolean | string[];

export const ANSWERS_FILE_VERSION = 1;

export interface AnswersFile {
  version: typeof ANSWERS_FILE_VERSION;
  answers: Answers;
}

export interface Problem {
  /** A question id, or `version` / `answers` / `file` for the file around the answers. */
  field: string;
  message: string;
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; problems: Problem[] };

export interface CatalogOptions {
  /** The ids of the vendors in the catalog; `other` is always accepted besides them. */
  vendorIds: readonly string[];
}

export interface ValidateOptions extends CatalogOptions {
  /** Accept a draft: every answer given must be valid, but required answers may be missing. */
  allowIncomplete?: boolean;
}

/** `buyerName: Buyer's legal name is required.` — one line per problem, for a terminal or a log. */
export function formatProblem(problem: Problem): string {
  return `${problem.field}: ${problem.message}`;
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing answers by id

type AnswerBag = Record<string, unknown>;

export function answerOf(answers: Answers, id: QuestionId): unknown {
  return (answers as AnswerBag)[id];
}

/** The answers without these ids (and without keys whose value is undefined). */
export function withoutAnswers(answers: Answers, ids: Iterable<string>): Answers {
  const drop = new Set(ids);
  return Object.fromEntries(
    Object.entries(answers).filter(([id, value]) => value !== undefined && !drop.has(id)),
  ) as Answers;
}

function setAnswer(answers: Answers, id: QuestionId, value: AnswerValue): void {
  (answers as AnswerBag)[id] = value;
}

// ---------------------------------------------------------------------------------------------------
// Text that a document can carry

export interface ForbiddenCharacter {
  codePoint: number;
  /** `U+0007` */
  name: string;
  /** 1-based position in characters (code points), as a person counts them. */
  position: number;
  /** Offset in UTF-16 code units, for slicing the string. */
  index: number;
}

/**
 * The first character XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE; U+FFFF; lone
 * surrogates), or null. The docx writer drops or passes such characters through unnoticed, so they are
 * refused where text comes in rather than silently lost on the way out.
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  let position = 0;
  let index = 0;
  // Iterating a string yields code points; a lone surrogate comes out on its own.
  for (const char of text) {
    position += 1;
    const codePoint = char.codePointAt(0) as number;
    const forbidden =
      (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) ||
      codePoint === 0xfffe ||
      codePoint === 0xffff ||
      (codePoint >= 0xd800 && codePoint <= 0xdfff);
    if (forbidden) {
      return { codePoint, name: `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`, position, index };
    }
    index += char.length;
  }
  return null;
}

/** Why text cannot go into a document (a character XML cannot hold), naming the field; null when it can. */
export function unstorableText(label: string, text: string): string | null {
  const forbidden = findForbiddenCharacter(text);
  return forbidden
    ? `${label} contains a character that cannot be stored in a document (${forbidden.name} at position ${forbidden.position}); remove it.`
    : null;
}

/** Only spaces, tabs and line breaks (or nothing): counts as no answer. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` naming a day that exists (2026-02-30 does not). */
export function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// A pragmatic address check: something@domain.tld, no spaces. Deliverability is not our business.
const EMAIL_PATTERN = /^[^\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

// ---------------------------------------------------------------------------------------------------
// Checking one answer

/** Where the answer came from: the words for yes / no differ between a form and a JSON file. */
export type AnswerSource = "file" | "form";

export interface CheckOptions extends CatalogOptions {
  source: AnswerSource;
}

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; message: string };

/** "a, b or c" */
function listWords(items: readonly string[], conjunction: "or" | "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** A value as a message shows it: text in quotes with invisible characters made visible, clipped. */
function quoted(value: unknown): string {
  const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return typeof value === "string" ? JSON.stringify(clip(value)) : clip(JSON.stringify(value) ?? String(value));
}

const MAX_LISTED_VENDORS = 12;

function vendorWords(vendorIds: readonly string[]): string {
  const listed = vendorIds.slice(0, MAX_LISTED_VENDORS);
  const more = vendorIds.length > MAX_LISTED_VENDORS ? ", …" : "";
  return listed.length === 0 ? "" : ` (${listed.join(", ")}${more})`;
}

/** What a valid answer looks like, in words that follow the question's label. */
function expectation(question: Question, options: CheckOptions): string {
  switch (question.kind) {
    case "text":
      return `must be text of ${question.min} to ${question.max} characters`;
    case "email":
      return "must be an email address, such as name@example.com";
    case "choice":
      return `must be one of: ${listWords(
        question.options.map((o) => o.value),
        "or",
      )}`;
    case "multi":
      return `must be a list of ${question.required ? "one or more" : "any"} of: ${question.options
        .map((o) => o.value)
        .join(", ")}`;
    case "boolean":
      return options.source === "file" ? "must be true (yes) or false (no)" : "must be yes or no";
    case "integer":
      return `must be a whole number from ${question.min} to ${question.max}`;
    case "date":
      return "must be a date written YYYY-MM-DD, such as 2026-09-30";
    case "vendor":
      return `must be a vendor from the catalog${vendorWords(options.vendorIds)} or ${OTHER_VENDOR_ID}`;
  }
}

function invalid(question: Question, options: CheckOptions, detail = ""): AnswerCheck {
  return { ok: false, message: `${question.label} ${expectation(question, options)}${detail}.` };
}

function checkText(question: TextQuestion | EmailQuestion, value: string, options: CheckOptions): AnswerCheck {
  if (isBlank(value)) {
    // A blank answer in a file is a mistake either way; the form treats blank as "not answered" before this.
    const message = question.required
      ? `${question.label} is required and cannot be blank.`
      : `${question.label} is blank; write it out, or leave the answer out.`;
    return { ok: false, message };
  }
  const length = characterCount(value);
  const min = question.kind === "text" ? question.min : 1;
  if (length > question.max || length < min) {
    const limit = min > 1 ? `from ${min} to ${question.max}` : `at most ${question.max}`;
    return {
      ok: false,
      message: `${question.label} must be ${limit} characters long; it has ${length.toLocaleString("en-US")}.`,
    };
  }
  const unstorable = unstorableText(question.label, value);
  if (unstorable) return { ok: false, message: unstorable };
  if (question.kind === "email" && !EMAIL_PATTERN.test(value)) return invalid(question, options);
  return { ok: true, value };
}

function checkMulti(question: MultiQuestion, value: unknown[], options: CheckOptions): AnswerCheck {
  const allowed = question.options.map((o) => o.value);
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== "string" || !allowed.includes(item)) {
      return invalid(question, options, `; ${quoted(item)} is not one of them`);
    }
    if (seen.has(item)) return { ok: false, message: `${question.label} lists ${quoted(item)} more than once.` };
    seen.add(item);
  }
  const exclusive = question.exclusive?.find((e) => seen.has(e));
  if (exclusive !== undefined && seen.size > 1) {
    const words = question.options.find((o) => o.value === exclusive)?.label ?? exclusive;
    return {
      ok: false,
      message: `${question.label} cannot combine ${exclusive} (${words}) with anything else; choose either ${exclusive} alone or the others that apply.`,
    };
  }
  return { ok: true, value: value as string[] };
}

/**
 * Whether `value` is a valid answer to `question` on its own (type, range, options, characters).
 * Relevance and requiredness depend on the other answers and are judged by the callers.
 */
export function checkAnswer(question: Question, value: unknown, options: CheckOptions): AnswerCheck {
  const nullHint = value === null ? " (to leave it unanswered, leave it out rather than null)" : "";
  switch (question.kind) {
    case "text":
    case "email":
      return typeof value === "string" ? checkText(question, value, options) : invalid(question, options, nullHint);
    case "choice":
      if (typeof value === "string" && question.options.some((o) => o.value === value)) return { ok: true, value };
      return invalid(question, options, typeof value === "string" ? `; ${quoted(value)} is not one of them` : nullHint);
    case "multi":
      return Array.isArray(value) ? checkMulti(question, value, options) : invalid(question, options, nullHint);
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : invalid(question, options, nullHint);
    case "integer":
      if (typeof value === "number" && Number.isInteger(value) && value >= question.min && value <= question.max) {
        return { ok: true, value };
      }
      return invalid(question, options, nullHint);
    case "date":
      if (typeof value !== "string" || !DATE_PATTERN.test(value)) return invalid(question, options, nullHint);
      if (!isRealDate(value)) {
        return { ok: false, message: `${question.label} must be a real calendar date; ${value} does not exist.` };
      }
      return { ok: true, value };
    case "vendor":
      if (value === OTHER_VENDOR_ID) return { ok: true, value };
      if (typeof value === "string" && VENDOR_ID_PATTERN.test(value) && options.vendorIds.includes(value)) {
        return { ok: true, value };
      }
      return invalid(
        question,
        options,
        typeof value === "string" ? `; ${quoted(value)} is not in the catalog` : nullHint,
      );
  }
}

/** Whether the value satisfies a required question: given, not blank, and for a list at least one item. */
export function hasRequiredAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return !isBlank(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function requiredMessage(question: Question): string {
  if (question.kind === "multi") return `${question.label} is required: choose at least one.`;
  const why = question.requiredWhenText ? ` ${question.requiredWhenText}` : "";
  return `${question.label} is required${why}.`;
}

export function notRelevantMessage(question: Question): string {
  return `${question.label} applies only when ${question.relevantWhenText}; remove it.`;
}

// ---------------------------------------------------------------------------------------------------
// Pruning

// Answers that prune returned, frozen: pruning them again returns them as they are. The flow prunes the
// answers it is given at every turn (a step save asks isQuestionnaireComplete, which walks every step),
// so without this a save spent more time pruning already-pruned answers than writing to the database.
const PRUNED = new WeakSet<Answers>();

/**
 * The answers without those to questions that do not apply under the other answers. Repeats until
 * nothing changes, because removing one answer can make another question stop applying.
 */
export function prune(answers: Answers): Answers {
  if (PRUNED.has(answers)) return answers;
  let current = withoutAnswers(answers, []);
  for (;;) {
    const stale = QUESTIONS.filter((q) => answerOf(current, q.id) !== undefined && !isRelevant(q, current));
    if (stale.length === 0) {
      PRUNED.add(Object.freeze(current));
      return current;
    }
    current = withoutAnswers(
      current,
      stale.map((q) => q.id),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Validating a whole set of answers, and the answers file

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownIdMessage(id: string): string {
  const near = QUESTION_IDS.find((q) => q.toLowerCase() === id.toLowerCase());
  const hint = near ? `did you mean ${near}?` : "check the spelling, or remove it.";
  return `${quoted(id)} is not a question of this questionnaire (answers file version ${ANSWERS_FILE_VERSION}); ${hint}`;
}

/**
 * Checks a set of answers (the `answers` object of an answers file, or a review's stored answers):
 * unknown ids, wrong types and values, answers to questions that do not apply, and, unless
 * `allowIncomplete`, missing required answers. Every problem names its question id in `field`.
 */
export function validateAnswers(value: unknown, options: ValidateOptions): AnswersResult {
  if (!isPlainObject(value)) {
    return {
      ok: false,
      problems: [{ field: "answers", message: "The answers must be an object that maps question ids to answers." }],
    };
  }
  const checkOptions: CheckOptions = { vendorIds: options.vendorIds, source: "file" };
  const problems: Problem[] = [];
  const invalidIds = new Set<QuestionId>();
  const valid: Answers = {};

  for (const id of Object.keys(value)) {
    if (!isQuestionId(id)) problems.push({ field: id, message: unknownIdMessage(id) });
  }
  for (const question of QUESTIONS) {
    const given = value[question.id];
    if (given === undefined) continue;
    const check = checkAnswer(question, given, checkOptions);
    if (check.ok) setAnswer(valid, question.id, check.value);
    else {
      invalidIds.add(question.id);
      problems.push({ field: question.id, message: check.message });
    }
  }

  const applicable = prune(valid);
  for (const question of QUESTIONS) {
    const relevant = isRelevant(question, applicable);
    // Whether a question applies is unknowable while an answer its condition reads is itself wrong.
    const undecided = question.dependsOn?.some((id) => invalidIds.has(id)) ?? false;
    if (invalidIds.has(question.id) || undecided) continue;
    if (!relevant && answerOf(valid, question.id) !== undefined) {
      problems.push({ field: question.id, message: notRelevantMessage(question) });
    } else if (
      relevant &&
      !options.allowIncomplete &&
      isRequiredInFile(question, applicable) &&
      !hasRequiredAnswer(answerOf(applicable, question.id))
    ) {
      problems.push({ field: question.id, message: requiredMessage(question) });
    }
  }
  return problems.length > 0 ? { ok: false, problems: inQuestionOrder(problems) } : { ok: true, answers: applicable };
}

/** Unknown ids first, then the problems in the order the questionnaire asks the questions. */
function inQuestionOrder(problems: Problem[]): Problem[] {
  const rank = (p: Problem): number => (QUESTION_IDS as readonly string[]).indexOf(p.field);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

const FILE_SHAPE = `{ "version": ${ANSWERS_FILE_VERSION}, "answers": { … } }`;

/** Reads an answers file (already parsed from JSON): `{ "version": 1, "answers": { … } }`. */
export function parseAnswersFile(json: unknown, options: ValidateOptions): AnswersResult {
  if (!isPlainObject(json)) {
    return {
      ok: false,
      problems: [{ field: "file", message: `An answers file must be a JSON object: ${FILE_SHAPE}.` }],
    };
  }
  const problems: Problem[] = [];
  if (!("version" in json)) {
    problems.push({ field: "version", message: `The file has no version; an answers file starts ${FILE_SHAPE}.` });
  } else if (json.version !== ANSWERS_FILE_VERSION) {
    problems.push({
      field: "version",
      message: `Version ${quoted(json.version)} is not supported; this app reads answers files of version ${ANSWERS_FILE_VERSION}.`,
    });
  }
  if (!("answers" in json)) {
    problems.push({ field: "answers", message: `The file has no answers; an answers file is ${FILE_SHAPE}.` });
  }
  for (const key of Object.keys(json)) {
    if (key !== "version" && key !== "answers") {
      problems.push({
        field: key,
        message: `${quoted(key)} does not belong in an answers file, which holds only "version" and "answers".`,
      });
    }
  }
  // Answers of another version may mean other things: judge them only once the envelope is right.
  if (problems.length > 0) return { ok: false, problems };
  return validateAnswers(json.answers, options);
}

/** The answers file for these answers (pruned, so it never carries stale answers). */
export function toAnswersFile(answers: Answers): AnswersFile {
  return { version: ANSWERS_FILE_VERSION, answers: prune(answers) };
}
