/**
 * One review's answers + the vendor's provisions → findings, exposure, the clause selection (rendered),
 * and the questions to put to the vendor. Pure and fast: the library is parsed once at start-up, and an
 * evaluation does nothing heavier than a few map look-ups and string replacements.
 */
import {
  PROVISION_KEYS,
  type ProductLine,
  type ProvisionKey,
  type VendorProvision,
  type CatalogSource,
  type Standing,
} from "../catalog/types.ts";
import type { ClauseLibrary } from "../clauses/library.ts";
import type { ClauseSource, ClauseTemplate } from "../clauses/template.ts";
import { DEFAULT_LANGUAGE } from "../clauses/template.ts";
import { PRODUCT_LINE_WORDS, computeVariables, renderText, type VariableValues } from "../clauses/variables.ts";
import { prune, type AnswerValue, type Answers } from "../questionnaire/answers.ts";
import { OTHER_VENDOR_ID } from "../questionnaire/questions.ts";

import { evaluateCondition } from "../conditions/condition.ts";
import {
  FINDINGS,
  FINDINGS_BY_ID,
  SEVERITIES,
  type FindingDefinition,
  type FindingId,
  type FindingStatus,
  type FindingWords,
  type ProvisionLineRef,
  type ProvisionTest,
  type Severity,
} from "./findings.ts";

export type Exposure = Severity | "none";

export interface AnswerEvidence {
  id: string;
  /** null: the condition looked at the question and found no answer. */
  value: AnswerValue | null;
}

export interface KnownProvisionEvidence {
  known: true;
  key: ProvisionKey;
  productLine: ProductLine;
  value: string;
  statement: string;
  condition: string;
  excerpt: string;
  sourceTitle: string;
  sourceUrl: string | null;
  checkedOn: string | null;
  effectiveOn: string | null;
  verified: boolean;
  standing: Standing;
  sources: CatalogSource[];
  version: number;
  /**
   * Present where no catalog version says it: the vendor's written answer to this review's questionnaire,
   * read because the catalog records nothing for the line (the source is the answer; `version` is 0).
   */
  writtenAnswer?: WrittenAnswerRef;
}

/** Who answered for the vendor in writing, when, and to which question of the questionnaire. */
export interface WrittenAnswerRef {
  questionId: string;
  answeredBy: string;
  /** YYYY-MM-DD. */
  answeredOn: string;
  /** The document the vendor says the answer rests on; "" when none was named. */
  document: string;
}

/**
 * A provision the vendor's written answer settles for one review only (a buyer-specific provision): read
 * where the catalog has no provision for the vendor's line, or the vendor is not in the catalog.
 */
export interface WrittenProvision extends WrittenAnswerRef {
  productLine: ProductLine;
  key: ProvisionKey;
  /** A token of PROVISION_KEYS[key].values, a whole number for "days" and "number", or free text. */
  value: string;
  /** The position in one sentence, as the person who recorded it put it. */
  statement: string;
}

export type UnknownReason = "vendorNotInCatalog" | "productLineUnknown" | "notInCatalog";

export interface UnknownProvisionEvidence {
  known: false;
  key: ProvisionKey;
  /** `unsure` when the product line bought is not known. */
  productLine: ProductLine | "unsure";
  reason: UnknownReason;
  /** The unknown in words: “The catalog does not record …”. */
  statement: string;
}

export type ProvisionEvidence = KnownProvisionEvidence | UnknownProvisionEvidence;

export interface FindingResult {
  id: FindingId;
  severity: Severity;
  /** gap: a recorded provision falls short; unknown: not recorded, to ask; requirement: from the answers alone. */
  status: FindingStatus;
  title: string;
  /** Why it matters, and, where the catalog does not know the vendor's position, that it does not. */
  explanation: string;
  because: { answers: AnswerEvidence[]; provisions: ProvisionEvidence[] };
  unknownProvisions: ProvisionKey[];
  /** Present when the vendor must answer in writing: a gap or unknown in its terms, or always for some. */
  vendorQuestion?: string;
}

export interface RenderedClause {
  language: string[];
  fallbacks: string[];
  negotiationNote: string;
  questions: string[];
  reconfirmAtRenewal: string;
}

export interface ClauseResult {
  id: string;
  title: string;
  category: ClauseTemplate["category"];
  order: number;
  /** The variant used, or "default" for a clause's plain ## Language. */
  variant: string;
  because: { answers: AnswerEvidence[] };
  rendered: RenderedClause;
  sources: ClauseSource[];
}

export interface QuestionOrigin {
  kind: "finding" | "clause";
  id: string;
}

export interface VendorQuestionItem {
  question: string;
  from: QuestionOrigin[];
}

/** What one of the vendor's commercial lines offers, by its recorded terms (null: not recorded). */
export interface CommercialLineOffer {
  line: ProductLine;
  /** The vendor's own name for the line, where the catalog gives one. */
  name: string | null;
  baa: string | null;
  zeroDataRetention: string | null;
  trainingDefault: string | null;
}

/**
 * Product line first: where a consumer product would take anything but public data, the first advice is
 * to keep that data out of it and move the use to a commercial line — these are the vendor's, with what
 * each offers. Empty `commercialLines`: the catalog knows none (or the vendor is not in it).
 */
export interface ProductLineAdvice {
  commercialLines: CommercialLineOffer[];
}

/** Per severity: findings confirmed (gap + requirement) and still to confirm with the vendor (unknown). */
export type SplitCounts = Record<Severity, { confirmed: number; unknown: number }>;

export interface ReviewEvaluation {
  /** The variables the clauses were rendered with (definitions.md is rendered with the same). */
  variables?: VariableValues;
  exposure: Exposure;
  counts: Record<Severity, number>;
  /** The counts split: confirmed (gap + requirement) and to confirm with the vendor (unknown). */
  split: SplitCounts;
  /** Set when sensitive data would go into a consumer product: lead with moving the use. */
  productLineAdvice: ProductLineAdvice | null;
  /** By severity, then the order of docs/specs/finding-ids.md. */
  findings: FindingResult[];
  /** By the library's order. */
  clauses: ClauseResult[];
  /** The findings' questions (where the vendor's position is unknown, or always asked), then the clauses'. */
  vendorQuestions: VendorQuestionItem[];
  /** The answers the evaluation read: pruned. */
  answers: Answers;
  libraryVersion: string;
}

/** One recorded version of a provision the rules read, for the proof that the terms move. */
export interface ProvisionHistoryEntry {
  productLine: ProductLine;
  key: ProvisionKey;
  version: number;
  statement: string;
  effectiveOn: string | null;
  recordedAt: string;
}

export interface EvaluateInput {
  answers: Answers;
  /** Every recorded version of the vendor's provisions the rules read (terms-changed-before); optional. */
  history?: readonly ProvisionHistoryEntry[];
  /** The vendor's product lines in the catalog with its own names for them (product-line advice); optional. */
  vendorLines?: readonly { line: ProductLine; name: string | null; names?: readonly string[] }[];
  /** The vendor's provisions, every product line and version; others' are ignored. */
  provisions: readonly VendorProvision[];
  library: Pick<ClauseLibrary, "clauses" | "version">;
  /** The catalog's name for the vendor, or the `vendorName` answer for another vendor. */
  vendorName: string;
  /**
   * What the vendor's written answers settle for this review; read only where the catalog records nothing
   * the rules read for the line (never over a catalog version, never for a product line not known).
   */
  writtenProvisions?: readonly WrittenProvision[];
}

/** The topic of a provision as it reads in “… position on X”. */
const PROVISION_TOPICS: Record<ProvisionKey, string> = {
  training_use_of_input: "training on customer inputs",
  training_default: "training by default",
  training_carve_outs: "uses for training that survive an opt-out",
  output_ownership: "ownership of outputs",
  output_assignment_qualified: "whether its assignment of outputs is qualified",
  output_assignment_conditional: "whether its assignment of outputs depends on compliance with its terms",
  retention: "retention",
  zero_data_retention: "zero data retention",
  human_review: "human review of content",
  usage_data: "usage and aggregated data",
  audit_right: "an audit right",
  competing_model_restriction: "use of outputs to build competing models",
  terms_change: "changes to its terms",
  dpa: "a data processing agreement",
  minimum_age: "the minimum age of users",
  retention_days: "how many days it keeps inputs and outputs",
  baa: "a business associate agreement",
  data_residency: "where data is stored and processed",
  subprocessors: "its subprocessors",
  ip_indemnity: "an intellectual-property indemnity",
  certifications: "its certifications and audit reports",
  security_incident_notice: "notice of security incidents",
  permitted_use: "the uses its terms permit",
  governing_terms: "whose terms govern",
};

function lineWords(line: ProductLine | "unsure"): string {
  return line === "unsure" ? "the product line bought (not yet known)" : PRODUCT_LINE_WORDS[line];
}

function unknownStatement(
  key: ProvisionKey,
  line: ProductLine | "unsure",
  reason: UnknownReason,
  vendorName: string,
): string {
  const topic = PROVISION_TOPICS[key];
  switch (reason) {
    case "vendorNotInCatalog":
      return `${vendorName} is not in the catalog, so its position on ${topic} is unknown.`;
    case "productLineUnknown":
      return `The product line is not known, so ${vendorName}’s position on ${topic} is unknown.`;
    default:
      return `The catalog does not record ${vendorName}’s position on ${topic} for ${lineWords(line)}.`;
  }
}

/** The further facts (aspects) the rules read besides the main provisions. */
const READ_ASPECTS: ReadonlySet<string> = new Set(
  FINDINGS.flatMap((f) => [f.raisedWhen.provision?.aspect, f.orRaisedWhen?.provision.aspect]).filter(
    (a): a is NonNullable<typeof a> => a !== undefined,
  ),
);

function provisionId(line: ProductLine | "unsure", key: ProvisionKey, aspect = ""): string {
  return aspect === "" ? `${line}:${key}` : `${line}:${key}:${aspect}`;
}

function latestProvisions(
  provisions: readonly VendorProvision[],
  vendorId: string | undefined,
): Map<string, VendorProvision> {
  const latest = new Map<string, VendorProvision>();
  if (!vendorId || vendorId === OTHER_VENDOR_ID) return latest;
  for (const p of provisions) {
    // The rules read the one provision per key without an aspect (and the one aspect a test names, see
    // ProvisionTest.aspect); sources that disagree settle nothing, so a conflict is read as unknown.
    if (p.vendorId !== vendorId || !(p.key in PROVISION_KEYS) || p.standing === "conflict") continue;
    if (p.aspect !== "" && !READ_ASPECTS.has(p.aspect)) continue;
    const k = provisionId(p.productLine, p.key, p.aspect);
    const prev = latest.get(k);
    if (!prev || p.version > prev.version) latest.set(k, p);
  }
  return latest;
}

function answersEvidence(answers: Answers, reads: Iterable<string>): AnswerEvidence[] {
  const bag = answers as Record<string, unknown>;
  return [...reads].map((id) => ({ id, value: (bag[id] as AnswerValue | undefined) ?? null }));
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };
const FINDING_RANK = new Map(FINDINGS.map((f, i) => [f.id, i]));
const FINDING_ALWAYS_ASK: ReadonlySet<FindingId> = new Set(FINDINGS.filter((f) => f.alwaysAsk).map((f) => f.id));

interface Context {
  answers: Answers;
  history?: readonly ProvisionHistoryEntry[];
  provisions: Map<string, VendorProvision>;
  /** The review's written provisions by provisionId (line:key). */
  written: Map<string, WrittenProvision>;
  vendorName: string;
  vendorUnknown: boolean;
  boughtLine: ProductLine | "unsure" | undefined;
}

function provisionEvidence(ctx: Context, key: ProvisionKey, ref: ProvisionLineRef, aspect = ""): ProvisionEvidence {
  const line: ProductLine | "unsure" = ref === "consumer" ? "consumer" : (ctx.boughtLine ?? "unsure");
  const reason: UnknownReason | undefined = ctx.vendorUnknown
    ? "vendorNotInCatalog"
    : line === "unsure"
      ? "productLineUnknown"
      : undefined;
  const p = reason ? undefined : ctx.provisions.get(provisionId(line, key, aspect));
  // The vendor's written answer stands in where the catalog has nothing, also for a vendor outside the
  // catalog; never where the product line is not known (the answer was about one line).
  const written =
    !p && line !== "unsure" && aspect === "" && reason !== "productLineUnknown"
      ? ctx.written.get(provisionId(line, key))
      : undefined;
  if (written) return writtenEvidence(written, ctx.vendorName);
  if (!p) {
    const why = reason ?? "notInCatalog";
    return {
      known: false,
      key,
      productLine: line,
      reason: why,
      statement: unknownStatement(key, line, why, ctx.vendorName),
    };
  }
  return {
    known: true,
    key,
    productLine: p.productLine,
    value: p.value,
    statement: p.statement,
    condition: p.condition,
    excerpt: p.excerpt,
    sourceTitle: p.sourceTitle,
    sourceUrl: p.sourceUrl,
    checkedOn: p.checkedOn,
    effectiveOn: p.effectiveOn,
    verified: p.verified,
    standing: p.standing,
    sources: p.sources,
    version: p.version,
  };
}

/**
 * The source a written answer is cited by: "<vendor>’s written answer of <date>", published by the vendor,
 * its own words (primary), with who answered (and the document they named) where a catalog source has its
 * date note. No address: it is a document the buyer holds. Also the source of a version proposed from it
 * to the catalog.
 */
export function writtenAnswerSource(vendorName: string, answer: Omit<WrittenAnswerRef, "questionId">): CatalogSource {
  const document = answer.document === "" ? "" : `, resting on “${answer.document}”`;
  return {
    id: "written-answer",
    title: `${vendorName}’s written answer of ${answer.answeredOn}`,
    publisher: vendorName,
    kind: "primary",
    checkedOn: answer.answeredOn,
    dateNote: `answered by ${answer.answeredBy}${document}`,
  };
}

function writtenEvidence(w: WrittenProvision, vendorName: string): KnownProvisionEvidence {
  const source = writtenAnswerSource(vendorName, w);
  return {
    known: true,
    key: w.key,
    productLine: w.productLine,
    value: w.value,
    statement: w.statement,
    condition: "",
    excerpt: "",
    sourceTitle: source.title,
    sourceUrl: null,
    checkedOn: w.answeredOn,
    effectiveOn: null,
    verified: true,
    standing: "stated",
    sources: [source],
    version: 0,
    writtenAnswer: {
      questionId: w.questionId,
      answeredBy: w.answeredBy,
      answeredOn: w.answeredOn,
      document: w.document,
    },
  };
}

/** Whether a recorded value settles the finding's concern: one of its values, or few enough days. */
function settles(test: ProvisionTest, value: string, answers: Answers): boolean {
  if (test.clearWhen.includes(value)) return true;
  if (test.clearWhenAtMost) {
    const most = answers[test.clearWhenAtMost];
    return typeof most === "number" && /^\d+$/.test(value) && Number(value) <= most;
  }
  return false;
}

/** The finding raised by its first branch that holds: the main `raisedWhen`, else `orRaisedWhen`. */
function evaluateFinding(def: FindingDefinition, ctx: Context): FindingResult | undefined {
  const main = evaluateBranch(def, def.raisedWhen, ctx);
  if (main || !def.orRaisedWhen) return main;
  return evaluateBranch(def, def.orRaisedWhen, ctx, def.orRaisedWhen.words);
}

function evaluateBranch(
  def: FindingDefinition,
  branch: FindingDefinition["raisedWhen"],
  ctx: Context,
  branchWords?: FindingWords,
): FindingResult | undefined {
  const reads = new Set<string>();
  if (!evaluateCondition(branch.answers, ctx.answers, reads)) return undefined;

  const evidence: ProvisionEvidence[] = [];
  let gap = false;
  let status: FindingStatus = "requirement";
  const test = branch.provision;
  if (test) {
    const e = provisionEvidence(ctx, test.key, test.line, test.aspect);
    if (test.raiseOnlyWhen) {
      // Only a recorded position that meets the test raises it; an unrecorded one is another finding's to ask.
      const { values, atLeast } = test.raiseOnlyWhen;
      const meets =
        e.known && ((values?.includes(e.value) ?? false) || (atLeast !== undefined && Number(e.value) >= atLeast));
      if (!meets) return undefined;
      status = "gap";
    } else {
      // Raised unless the vendor's known position settles the concern.
      if (e.known && settles(test, e.value, ctx.answers)) return undefined;
      status = e.known ? (test.recordedStatus ?? "gap") : "unknown";
    }
    gap = status !== "requirement";
    evidence.push(e);
  }
  for (const ref of def.evidence ?? []) {
    if (evidence.some((e) => e.key === ref.key)) continue;
    evidence.push(provisionEvidence(ctx, ref.key, ref.line));
  }
  const unknown = evidence.filter((e): e is UnknownProvisionEvidence => !e.known);
  const ask = gap || unknown.length > 0 || def.alwaysAsk === true;

  // The unknowns are told by the provision evidence and the question, so the explanation stays the finding's own.
  // An unknown never states or implies the vendor's position: it says what is not known, and what to ask.
  // A wording for the buyer's legal setting (read as part of why the finding says what it says).
  const wording = def.wordings?.find((w) => evaluateCondition(w.when, ctx.answers, reads));
  const words = status === "unknown" && def.unknown ? def.unknown : (branchWords ?? wording ?? def);
  const vendorQuestion = wording?.vendorQuestion ?? def.vendorQuestion;
  return {
    id: def.id,
    severity: def.severity,
    status,
    title: words.title,
    explanation: words.explanation,
    because: { answers: answersEvidence(ctx.answers, reads), provisions: evidence },
    unknownProvisions: unknown.map((u) => u.key),
    ...(ask ? { vendorQuestion } : {}),
  };
}

/** One clause in one variant with its variables filled; a missing value is an error naming the file. */
export function renderClause(clause: ClauseTemplate, variant: string, values: VariableValues): RenderedClause {
  const r = (t: string) => {
    try {
      return renderText(t, values);
    } catch (e) {
      throw new Error(`${clause.file} (${variant}): ${(e as Error).message}`);
    }
  };
  return {
    language: clause.language[variant].map(r),
    fallbacks: clause.fallbacks.map(r),
    negotiationNote: r(clause.negotiationNote),
    questions: clause.questions.map(r),
    reconfirmAtRenewal: r(clause.reconfirmAtRenewal),
  };
}

function evaluateClause(clause: ClauseTemplate, answers: Answers, values: VariableValues): ClauseResult | undefined {
  const reads = new Set<string>();
  if (!evaluateCondition(clause.appliesWhen, answers, reads)) return undefined;
  let variant: string | undefined;
  for (const v of clause.variants) {
    if (evaluateCondition(v.when, answers, reads)) {
      variant = v.id;
      break;
    }
  }
  variant ??= DEFAULT_LANGUAGE;
  if (!(variant in clause.language)) {
    // The loader's rendering check rules this out for a valid library.
    throw new Error(`${clause.file}: no variant applies to these answers and there is no plain ## Language`);
  }
  const result = clauseResult(clause, variant, values, { answers: answersEvidence(answers, reads) });
  // A source tied to answers (the GDPR for a buyer with people in the EEA) is cited only where they hold.
  return { ...result, sources: result.sources.filter((s) => !s.when || evaluateCondition(s.when, answers, new Set())) };
}

/**
 * A clause in the pack: in this variant, rendered with these values, with the answers it applies because of.
 * Its sources are those of the variant; a source's `when` is for the caller that has answers to judge it.
 */
export function clauseResult(
  clause: ClauseTemplate,
  variant: string,
  values: VariableValues,
  because: ClauseResult["because"],
): ClauseResult {
  return {
    id: clause.id,
    title: clause.title,
    category: clause.category,
    order: clause.order,
    variant,
    because,
    rendered: renderClause(clause, variant, values),
    sources: clause.sources.filter((s) => !s.variants || s.variants.includes(variant)),
  };
}

function normalizeQuestion(q: string): string {
  return q.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Evaluates one review. Answers are pruned first, so a stale answer never raises anything. */
function contextOf(input: Omit<EvaluateInput, "library">): Context {
  const answers = prune(input.answers);
  return {
    answers,
    history: input.history,
    provisions: latestProvisions(input.provisions, answers.vendorId),
    written: new Map((input.writtenProvisions ?? []).map((w) => [provisionId(w.productLine, w.key), w])),
    vendorName: input.vendorName.trim() !== "" ? input.vendorName : (answers.vendorName ?? ""),
    vendorUnknown: answers.vendorId === OTHER_VENDOR_ID,
    boughtLine: answers.productLine,
  };
}

const TERMS_CHANGED = FINDINGS_BY_ID.get("terms-changed-before")!;

/**
 * terms-changed-before: raised when a provision a raised finding reads has two or more recorded versions
 * whose texts differ, each version shown with its date.
 */
function termsChangedBefore(findings: readonly FindingResult[], ctx: Context): FindingResult | undefined {
  if (!ctx.history || ctx.history.length === 0) return undefined;
  const relied = new Map<string, KnownProvisionEvidence>();
  for (const f of findings)
    // A written answer has no catalog versions to compare: the catalog's history is of its published terms.
    for (const p of f.because.provisions) if (p.known && !p.writtenAnswer) relied.set(`${p.productLine}:${p.key}`, p);
  const moved: { evidence: KnownProvisionEvidence; versions: ProvisionHistoryEntry[] }[] = [];
  for (const [id, evidence] of relied) {
    const versions = ctx.history
      .filter((h) => `${h.productLine}:${h.key}` === id)
      .sort((a, b) => a.version - b.version);
    if (new Set(versions.map((v) => v.statement)).size >= 2) moved.push({ evidence, versions });
  }
  if (moved.length === 0) return undefined;
  const dated = (v: ProvisionHistoryEntry) =>
    `version ${v.version} (${v.effectiveOn ? `effective ${v.effectiveOn}` : `recorded ${v.recordedAt.slice(0, 10)}`}): ${v.statement}`;
  const lines = moved.map(
    ({ evidence, versions }) => `${PROVISION_KEYS[evidence.key].label}: ${versions.map(dated).join(" Then ")}`,
  );
  return {
    id: TERMS_CHANGED.id,
    severity: TERMS_CHANGED.severity,
    status: "gap",
    title: TERMS_CHANGED.title,
    explanation: `${TERMS_CHANGED.explanation} ${lines.join(" ")}`,
    because: { answers: [], provisions: moved.map((m) => m.evidence) },
    unknownProvisions: [],
    vendorQuestion: TERMS_CHANGED.vendorQuestion,
  };
}

const COMMERCIAL_LINES: readonly ProductLine[] = ["api", "business", "marketplace"];

function productLineAdvice(
  findings: readonly FindingResult[],
  ctx: Context,
  vendorLines: EvaluateInput["vendorLines"],
): ProductLineAdvice | null {
  if (!findings.some((f) => f.id === "sensitive-data-in-consumer-product")) return null;
  if (ctx.vendorUnknown) return { commercialLines: [] };
  const value = (line: ProductLine, key: ProvisionKey) => ctx.provisions.get(`${line}:${key}`)?.value ?? null;
  const known = new Set([...ctx.provisions.values()].map((p) => p.productLine));
  const lines = vendorLines
    ? vendorLines.filter((l) => COMMERCIAL_LINES.includes(l.line))
    : COMMERCIAL_LINES.filter((l) => known.has(l)).map((line) => ({ line, name: null }));
  return {
    commercialLines: lines.map(({ line, name }) => ({
      line,
      name,
      baa: value(line, "baa"),
      zeroDataRetention: value(line, "zero_data_retention"),
      trainingDefault: value(line, "training_default"),
    })),
  };
}

/** The raised findings, the most severe first, with their counts and the exposure. */
function judge(ctx: Context) {
  const findings: FindingResult[] = [];
  for (const def of FINDINGS) {
    if (def.id === TERMS_CHANGED.id) continue;
    const f = evaluateFinding(def, ctx);
    if (f) findings.push(f);
  }
  const changed = termsChangedBefore(findings, ctx);
  if (changed) findings.push(changed);
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (FINDING_RANK.get(a.id) ?? 0) - (FINDING_RANK.get(b.id) ?? 0),
  );
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  const split = Object.fromEntries(SEVERITIES.map((s) => [s, { confirmed: 0, unknown: 0 }])) as SplitCounts;
  for (const f of findings) {
    counts[f.severity]++;
    split[f.severity][f.status === "unknown" ? "unknown" : "confirmed"]++;
  }
  const exposure: Exposure = SEVERITIES.find((s) => counts[s] > 0) ?? "none";
  return { findings, counts, split, exposure };
}

/**
 * The exposure alone, as the reviews list shows it: the findings without the clauses, so a step save can
 * fill the list's column without rendering the pack. Always equal to `evaluateReview(input).exposure`.
 */
export function exposureOf(input: Omit<EvaluateInput, "library">): Exposure {
  return judge(contextOf(input)).exposure;
}

export function evaluateReview(input: EvaluateInput): ReviewEvaluation {
  const ctx = contextOf(input);
  const { answers, vendorName } = ctx;
  const { findings, counts, split, exposure } = judge(ctx);

  // The clauses name the vendor's own products where the catalog records them.
  const lineNames = Object.fromEntries((input.vendorLines ?? []).map((l) => [l.line, l.names ?? []]));
  const values = computeVariables(answers, vendorName, lineNames);
  const clauses: ClauseResult[] = [];
  for (const clause of input.library.clauses) {
    const c = evaluateClause(clause, answers, values);
    if (c) clauses.push(c);
  }

  const questions = new Map<string, VendorQuestionItem>();
  const addQuestion = (question: string, origin: QuestionOrigin) => {
    const key = normalizeQuestion(question);
    const item = questions.get(key);
    if (!item) questions.set(key, { question, from: [origin] });
    else if (!item.from.some((o) => o.kind === origin.kind && o.id === origin.id)) item.from.push(origin);
  };
  for (const f of findings) {
    if (f.vendorQuestion && (f.unknownProvisions.length > 0 || FINDING_ALWAYS_ASK.has(f.id))) {
      addQuestion(f.vendorQuestion, { kind: "finding", id: f.id });
    }
  }
  for (const c of clauses) for (const q of c.rendered.questions) addQuestion(q, { kind: "clause", id: c.id });

  return {
    exposure,
    counts,
    split,
    productLineAdvice: productLineAdvice(findings, ctx, input.vendorLines),
    findings,
    clauses,
    vendorQuestions: [...questions.values()],
    variables: values,
    answers,
    libraryVersion: input.library.version,
  };
}
