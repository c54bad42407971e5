/**
 * Which questions a review's vendor can answer in writing, and what each answer may settle. Pure.
 *
 * The questionnaire the vendor answers is the one sent before anything was settled: the catalog's
 * unknowns each asked. Once an answer settles one, the questionnaire made now no longer asks it (the
 * vendor has answered) and may word a merged question as the clause alone words it; so the questions a
 * filled-in copy may hold are those of both, and those already answered. A question's answer may settle
 * the provisions its findings read and the catalog does not record for the review's vendor and line.
 */
import type { ProductLine, ProvisionKey } from "../catalog/types.ts";
import type { FindingResult } from "../rules/evaluate.ts";
import type { VendorQuestionnaireItem } from "../pack/vendor-questionnaire.ts";
import type { ExpectedQuestion } from "./vendor-answers-file.server.ts";

/** A provision an answer may settle: unknown to the catalog for the vendor and this line. */
export interface SettleTarget {
  key: ProvisionKey;
  productLine: ProductLine;
}

export interface AnswerableQuestion {
  id: string;
  /** Its number in the questionnaire as sent; null for a question only answered, asked no longer. */
  number: number | null;
  topic: string;
  /** The words it was asked in (the questionnaire as sent, else as asked now, else as answered). */
  question: string;
  /** Every wording of it a copy may hold. */
  words: string[];
  /** Whether the questionnaire made now still asks it (false once an answer settled what it asked). */
  askedNow: boolean;
  /** Whether the review asks it at all any more (false: its answers changed since it was answered). */
  asked: boolean;
  settles: SettleTarget[];
}

const targetKey = (t: SettleTarget) => `${t.productLine}:${t.key}`;

/** The unknowns of a question's findings that an answer can settle: a line known, the catalog silent. */
function settleTargets(item: Pick<VendorQuestionnaireItem, "from">, findings: ReadonlyMap<string, FindingResult>) {
  const targets: SettleTarget[] = [];
  for (const origin of item.from) {
    if (origin.kind !== "finding") continue;
    for (const p of findings.get(origin.id)?.because.provisions ?? []) {
      if (p.known || p.productLine === "unsure") continue;
      const target = { key: p.key, productLine: p.productLine };
      if (!targets.some((t) => targetKey(t) === targetKey(target))) targets.push(target);
    }
  }
  return targets;
}

/**
 * The questions of the page and of an import: those of the questionnaire as sent (`sent`: evaluated on the
 * catalog alone, with its findings `sentFindings`), then any asked now only, then any answered and asked no
 * longer.
 */
export function answerableQuestions(input: {
  sent: readonly VendorQuestionnaireItem[];
  sentFindings: readonly FindingResult[];
  now: readonly VendorQuestionnaireItem[];
  answered: readonly { questionId: string; question: string }[];
}): AnswerableQuestion[] {
  const findings = new Map(input.sentFindings.map((f) => [f.id as string, f]));
  const nowById = new Map(input.now.map((i) => [i.id, i]));
  const answeredById = new Map(input.answered.map((a) => [a.questionId, a.question]));
  const wordsOf = (id: string, first: string) =>
    [first, nowById.get(id)?.question, answeredById.get(id)].filter(
      (w, i, all): w is string => w !== undefined && all.indexOf(w) === i,
    );
  const questions: AnswerableQuestion[] = input.sent.map((item) => ({
    id: item.id,
    number: item.number,
    topic: item.topicHeading,
    question: item.question,
    words: wordsOf(item.id, item.question),
    askedNow: nowById.has(item.id),
    asked: true,
    settles: settleTargets(item, findings),
  }));
  const listed = new Set(questions.map((q) => q.id));
  for (const item of input.now) {
    if (listed.has(item.id)) continue;
    listed.add(item.id);
    questions.push({
      id: item.id,
      number: null,
      topic: item.topicHeading,
      question: item.question,
      words: wordsOf(item.id, item.question),
      askedNow: true,
      asked: true,
      settles: settleTargets(item, findings),
    });
  }
  for (const a of input.answered) {
    if (listed.has(a.questionId)) continue;
    listed.add(a.questionId);
    questions.push({
      id: a.questionId,
      number: null,
      topic: "",
      question: a.question,
      words: [a.question],
      askedNow: false,
      asked: false,
      settles: [],
    });
  }
  return questions;
}

/** What a filled-in copy is matched against: every question the review asks, or asked and has answered. */
export function expectedQuestions(questions: readonly AnswerableQuestion[]): ExpectedQuestion[] {
  return questions.map((q, i) => ({ id: q.id, number: q.number ?? i + 1, words: q.words }));
}
