/**
 * Renders every clause in every variant against answers that satisfy its condition, to prove that a
 * clause uses a variable only where its condition guarantees the answer exists (templates/README.md).
 *
 * For each variant it finds answers that select it (varying the answers the condition reads, starting
 * from a complete base), then varies every other answer one at a time, prunes, and renders again
 * whenever the variant is still selected. A variable that goes missing under any of those answers is
 * reported with the answer that made it go missing. A number is tried at the answer given, at the least
 * and the most its question allows, and at 1, so a count its formatter cannot print (`{{x|days}}` with 0)
 * is reported the same way, with the value that breaks it. Pure: no I/O.
 */
import { answerIdsIn, evaluateCondition, type Condition } from "../conditions/condition.ts";
import { prune, type Answers } from "../questionnaire/answers.ts";
import { QUESTIONS, questionById, type Question } from "../questionnaire/questions.ts";

import { BASE_VENDOR_NAME, COMPLETE_BASE_ANSWERS } from "./base-answers.ts";
import type { ClauseLibrary } from "./library.ts";
import { DEFAULT_LANGUAGE, type ClauseTemplate } from "./template.ts";
import { RenderError, computeVariables, renderText, type VariableValues } from "./variables.ts";

type Bag = Record<string, unknown>;
const ABSENT = Symbol("absent");
type Candidate = unknown | typeof ABSENT;

/** The values worth trying for one question: every option, and "not answered" where that is allowed. */
function candidates(q: Question, base: unknown): Candidate[] {
  const out: Candidate[] = [];
  switch (q.kind) {
    case "boolean":
      out.push(true, false);
      break;
    case "choice":
      out.push(...q.options.map((o) => o.value));
      break;
    case "multi": {
      const values = q.options.map((o) => o.value);
      const exclusive = new Set(q.exclusive ?? []);
      const baseList = Array.isArray(base) ? (base as string[]) : [];
      out.push(baseList, ...values.map((v) => [v]));
      out.push(
        ...values
          .filter((v) => !exclusive.has(v) && !baseList.includes(v))
          .map((v) => [...baseList.filter((b) => !exclusive.has(b)), v]),
      );
      out.push(values.filter((v) => !exclusive.has(v)));
      if (q.required !== true) out.push([]);
      break;
    }
    case "integer":
      // The answer given, and the edges where wording breaks: the least (often 0), 1 (singular) and the most.
      out.push(
        ...new Set([base, q.min, ...(q.min <= 1 && q.max >= 1 ? [1] : []), q.max].filter((v) => v !== undefined)),
      );
      break;
    default:
      if (base !== undefined) out.push(base);
  }
  // An optional question may be left unanswered, and so may a question added in a later edition in a file
  // written before it (questionnaire.md, "Version 2 additions"); a conditional one disappears through pruning.
  if (q.required !== true || q.optionalInFile) out.push(ABSENT);
  return out;
}

function withAnswer(answers: Answers, id: string, value: Candidate): Answers {
  const next = { ...(answers as Bag) };
  if (value === ABSENT) delete next[id];
  else next[id] = value;
  return next as Answers;
}

/** The questions a condition reads, with the questions that decide whether those apply. */
function readsWithAncestors(cond: Condition): string[] {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    questionById(id)?.dependsOn?.forEach((d) => visit(d));
  };
  answerIdsIn(cond).forEach(visit);
  return [...seen];
}

/** The variant the clause would use with these answers: the first whose `when` holds, else default. */
export function selectVariant(clause: ClauseTemplate, answers: Answers, reads?: Set<string>): string | undefined {
  for (const v of clause.variants) {
    if (evaluateCondition(v.when, answers, reads)) return v.id;
  }
  return DEFAULT_LANGUAGE in clause.language ? DEFAULT_LANGUAGE : undefined;
}

function describe(answers: Answers, ids: readonly string[]): string {
  const bag = answers as Bag;
  return ids.map((id) => `${id} ${bag[id] === undefined ? "not answered" : JSON.stringify(bag[id])}`).join(", ");
}

const MAX_COMBINATIONS = 20_000;

/** The variables every valid set of answers fills (their questions are required and always apply). */
const ALWAYS_FILLED = [
  "buyerName",
  "vendorName",
  "productLine",
  "coveredProducts",
  "subprocessorNoticeDays",
  "breachNoticeHours",
  "reviewLeadDays",
] as const;

interface Combination {
  /** The base with the combination's values: still holds answers that pruning would remove. */
  raw: Answers;
  pruned: Answers;
}

/** Every combination of candidate values for these questions (in a bounded number). */
function* combinations(base: Answers, ids: readonly string[]): Generator<Combination> {
  const questions = ids.map((id) => questionById(id)).filter((q): q is Question => q !== undefined);
  const lists = questions.map((q) => candidates(q, (base as Bag)[q.id]));
  let count = 0;
  function* walk(i: number, acc: Answers): Generator<Combination> {
    if (count >= MAX_COMBINATIONS) return;
    if (i === questions.length) {
      count++;
      yield { raw: acc, pruned: prune(acc) };
      return;
    }
    for (const value of lists[i]) yield* walk(i + 1, withAnswer(acc, questions[i].id, value));
  }
  yield* walk(0, base);
}

interface RenderProblems {
  /** Variables without a value. */
  missing: string[];
  /** Variables whose value their formatter cannot print (a count of 0). */
  unprintable: string[];
}

/** Every text of the clause a pack renders in this variant: language, fallbacks, note, questions, renewal line. */
export function clauseTexts(clause: ClauseTemplate, variant: string): string[] {
  return [
    ...clause.language[variant],
    ...clause.fallbacks,
    clause.negotiationNote,
    ...clause.questions,
    clause.reconfirmAtRenewal,
  ];
}

function renderAll(clause: ClauseTemplate, variant: string, values: VariableValues): RenderProblems {
  const texts = clauseTexts(clause, variant);
  const missing = new Set<string>();
  const unprintable = new Set<string>();
  for (const t of texts) {
    try {
      renderText(t, values);
    } catch (e) {
      if (!(e instanceof RenderError)) throw e;
      e.missing.forEach((m) => missing.add(m));
      e.unprintable.forEach((m) => unprintable.add(m));
    }
  }
  return { missing: [...missing], unprintable: [...unprintable] };
}

/** Problems with rendering one clause; each names the file. */
export function checkClauseRendering(clause: ClauseTemplate, base: Answers = COMPLETE_BASE_ANSWERS): string[] {
  const problems: string[] = [];
  const label = (variant: string) => (variant === DEFAULT_LANGUAGE ? "## Language" : `## Language: ${variant}`);
  const allConditions: Condition = { all: [clause.appliesWhen, ...clause.variants.map((v) => v.when)] };
  const searchIds = readsWithAncestors(allConditions);
  const targets = [
    ...clause.variants.map((v) => v.id),
    ...(DEFAULT_LANGUAGE in clause.language ? [DEFAULT_LANGUAGE] : []),
  ];

  // One pass over the combinations: a seed for each variant, and any applicable case with no language.
  const seeds = new Map<string, Combination>();
  let uncovered: Answers | undefined;
  let applicable = false;
  for (const combination of combinations(base, searchIds)) {
    const answers = combination.pruned;
    if (!evaluateCondition(clause.appliesWhen, answers)) continue;
    applicable = true;
    const variant = selectVariant(clause, answers);
    if (variant === undefined) uncovered ??= answers;
    else if (!seeds.has(variant)) seeds.set(variant, combination);
    if (seeds.size === targets.length && uncovered) break;
  }
  if (!applicable) {
    problems.push(`${clause.file}: appliesWhen: no answers satisfy this condition, so the clause can never apply`);
    return problems;
  }
  if (uncovered) {
    problems.push(
      `${clause.file}: variants: no variant applies when ${describe(uncovered, answerIdsIn(allConditions))}; add a variant or a plain ## Language`,
    );
  }
  for (const variant of targets) {
    const seed = seeds.get(variant);
    if (!seed) {
      problems.push(
        `${clause.file}: ${label(variant)}: no answers that satisfy appliesWhen select this variant (an earlier variant always wins)`,
      );
      continue;
    }
    const reported = new Set<string>();
    const report = (found: RenderProblems, cause: string, values: VariableValues) => {
      for (const name of found.missing) {
        if (reported.has(name)) continue;
        reported.add(name);
        problems.push(
          `${clause.file}: ${label(variant)}: {{${name}}} has no value when ${cause}: the condition does not guarantee it`,
        );
      }
      for (const name of found.unprintable) {
        if (reported.has(`|${name}`)) continue;
        reported.add(`|${name}`);
        const value = (values as Record<string, string | undefined>)[name];
        problems.push(
          `${clause.file}: ${label(variant)}: {{${name}}} is ${value} when ${cause}, and a count prints only from 1: ` +
            `word that case in a variant of its own (when: { answer: ${name}, is: ${value} })`,
        );
      }
    };
    const seedValues = computeVariables(seed.pruned, BASE_VENDOR_NAME);
    report(renderAll(clause, variant, seedValues), describe(seed.pruned, searchIds), seedValues);
    // Vary every answer one at a time. The variations start from the unpruned answers, so a question
    // that comes back into play (dataResidencyOther when dataResidency becomes other) keeps its answer,
    // as it must in any valid set of answers.
    for (const q of QUESTIONS) {
      for (const value of candidates(q, (seed.raw as Bag)[q.id])) {
        const answers = prune(withAnswer(seed.raw, q.id, value));
        if (!evaluateCondition(clause.appliesWhen, answers) || selectVariant(clause, answers) !== variant) continue;
        const values = computeVariables(answers, BASE_VENDOR_NAME);
        const found = renderAll(clause, variant, values);
        if (found.missing.length || found.unprintable.length) {
          report(found, `${q.id} is ${value === ABSENT ? "not answered" : JSON.stringify(value)}`, values);
        }
      }
    }
  }
  return problems;
}

/** Every problem of rendering the library's clauses, each naming its file (empty when all render). */
export function validateClauseLibraryRendering(
  library: Pick<ClauseLibrary, "clauses"> & Partial<Pick<ClauseLibrary, "definitions">>,
): string[] {
  const problems = library.clauses.flatMap((c) => checkClauseRendering(c));
  const definitions = library.definitions;
  if (definitions) {
    // Definitions print in every pack, so their variables must have a value for any valid answers.
    const all = computeVariables(prune(COMPLETE_BASE_ANSWERS), BASE_VENDOR_NAME);
    const values: VariableValues = {};
    for (const name of ALWAYS_FILLED) values[name] = all[name];
    for (const t of [...definitions.introduction, ...definitions.terms.map((d) => d.text)]) {
      try {
        renderText(t, values);
      } catch (e) {
        if (!(e instanceof RenderError)) throw e;
        problems.push(`${definitions.file}: ${e.message}: definitions may use only ${ALWAYS_FILLED.join(", ")}`);
      }
    }
  }
  return problems;
}
