/**
 * Conditions on answers: the small language of templates/README.md ("Conditions"), shared by the clause
 * library (appliesWhen, variants[].when) and the findings. Pure: no I/O.
 */
import { z } from "zod";

import { isConsumerInUse, isPersonalDataInScope, type Answers } from "../questionnaire/answers.ts";
import { isGdprJurisdiction, isGlbaInScope } from "../questionnaire/questions.ts";
import { QUESTIONS, type Question } from "../questionnaire/questions.ts";

export type ConditionValue = string | number | boolean;

export const FACTS = ["personalDataInScope", "consumerInUse", "gdprJurisdiction", "glbaInScope"] as const;
export type FactName = (typeof FACTS)[number];

export type Condition =
  | "always"
  | { answer: string; is: ConditionValue }
  | { answer: string; isNot: ConditionValue }
  | { answer: string; oneOf: ConditionValue[] }
  | { answer: string; includes: string }
  | { answer: string; includesAny: string[] }
  | { answer: string; answered: true }
  | { fact: FactName }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ANSWER_OPERATORS = ["is", "isNot", "oneOf", "includes", "includesAny", "answered"] as const;
export type AnswerOperator = (typeof ANSWER_OPERATORS)[number];

/** The answer ids each fact reads (the fact's definition lives in app/questionnaire/answers.ts). */
export const FACT_ANSWER_IDS: Record<FactName, readonly string[]> = {
  personalDataInScope: ["dataCategories"],
  consumerInUse: ["productLine", "otherProductsInUse"],
  gdprJurisdiction: ["jurisdictions"],
  glbaInScope: ["dataCategories", "regulatedSectors"],
};

export type IssuePath = (string | number)[];
export interface ConditionIssue {
  path: IssuePath;
  message: string;
}

// ---------------------------------------------------------------------------------------------------
// Schema. Conditions are told apart by their keys, not by a tag, so a plain z.union would answer a typo
// with "Invalid input" for every branch. The schema below picks the form from the keys first and then
// validates that one form, so the error says what is wrong with the condition the author meant.

const valueSchema = z.union([z.string(), z.number(), z.boolean()], {
  error: "must be a single value: a word, a number, true or false",
});
const answerIdSchema = z
  .string({ error: "must be an answer id (a word such as trainingRequirement)" })
  .min(1, { error: "must not be empty" });

const leafSchemas: Record<AnswerOperator, z.ZodType> = {
  is: z.strictObject({ answer: answerIdSchema, is: valueSchema }),
  isNot: z.strictObject({ answer: answerIdSchema, isNot: valueSchema }),
  oneOf: z.strictObject({
    answer: answerIdSchema,
    oneOf: z
      .array(valueSchema, { error: "must be a list of values, e.g. [never, optInOnly]" })
      .min(1, { error: "must list at least one value" }),
  }),
  includes: z.strictObject({
    answer: answerIdSchema,
    includes: z.string({ error: "must be one option of a list question, e.g. financial" }),
  }),
  includesAny: z.strictObject({
    answer: answerIdSchema,
    includesAny: z
      .array(z.string({ error: "must be an option of a list question" }), {
        error: "must be a list of options, e.g. [tradeSecrets, sourceCode]",
      })
      .min(1, { error: "must list at least one option" }),
  }),
  answered: z.strictObject({
    answer: answerIdSchema,
    answered: z.literal(true, { error: "must be true (to test that a question was not answered, use not)" }),
  }),
};
const factSchema = z.strictObject({
  fact: z.enum(FACTS, { error: `must be one of: ${FACTS.join(", ")}` }),
});

const FORMS_HELP =
  "a condition is `always`, { answer, is | isNot | oneOf | includes | includesAny | answered }, " +
  "{ fact }, { all: [...] }, { any: [...] } or { not: ... }";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A zod issue path without symbol keys (conditions have none). */
export function issuePath(path: readonly PropertyKey[]): IssuePath {
  return path.filter((p): p is string | number => typeof p !== "symbol");
}

function zodIssues(error: z.ZodError, base: IssuePath): ConditionIssue[] {
  return error.issues.map((issue) => {
    const path = [...base, ...issuePath(issue.path)];
    if (issue.code === "unrecognized_keys") {
      return { path, message: `unexpected key ${issue.keys.map((k) => `'${k}'`).join(", ")}` };
    }
    return { path, message: issue.message };
  });
}

/** Checks the shape of a condition; every problem comes back with its path inside the condition. */
export function conditionShapeIssues(value: unknown, path: IssuePath = []): ConditionIssue[] {
  if (typeof value === "string") {
    return value === "always" ? [] : [{ path, message: `unknown condition '${value}': ${FORMS_HELP}` }];
  }
  if (!isPlainObject(value)) {
    return [{ path, message: `is missing or not a condition: ${FORMS_HELP}` }];
  }
  const keys = Object.keys(value);
  if ("answer" in value) {
    const ops = keys.filter((k) => (ANSWER_OPERATORS as readonly string[]).includes(k));
    if (ops.length !== 1) {
      return [
        {
          path,
          message:
            ops.length === 0
              ? `needs one of ${ANSWER_OPERATORS.join(", ")} beside 'answer'`
              : `has ${ops.join(" and ")}: use exactly one of ${ANSWER_OPERATORS.join(", ")}`,
        },
      ];
    }
    const result = leafSchemas[ops[0] as AnswerOperator].safeParse(value);
    return result.success ? [] : zodIssues(result.error, path);
  }
  if ("fact" in value) {
    const result = factSchema.safeParse(value);
    return result.success ? [] : zodIssues(result.error, path);
  }
  for (const combinator of ["all", "any"] as const) {
    if (combinator in value) {
      if (keys.length !== 1) return [{ path, message: `'${combinator}' must stand alone in its condition` }];
      const list = value[combinator];
      if (!Array.isArray(list) || list.length === 0) {
        return [{ path: [...path, combinator], message: "must be a non-empty list of conditions" }];
      }
      return list.flatMap((item, i) => conditionShapeIssues(item, [...path, combinator, i]));
    }
  }
  if ("not" in value) {
    if (keys.length !== 1) return [{ path, message: "'not' must stand alone in its condition" }];
    return conditionShapeIssues(value.not, [...path, "not"]);
  }
  return [
    { path, message: `unknown condition with ${keys.length ? `keys ${keys.join(", ")}` : "no keys"}: ${FORMS_HELP}` },
  ];
}

/** The zod schema of a condition; its issues carry readable messages and paths (see conditionShapeIssues). */
export const conditionSchema: z.ZodType<Condition> = z.custom<Condition>().superRefine((value, ctx) => {
  for (const issue of conditionShapeIssues(value)) {
    ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  }
});

// ---------------------------------------------------------------------------------------------------
// Evaluation

type AnswerBag = Readonly<Record<string, unknown>>;

function answerOf(answers: Answers, id: string): unknown {
  return (answers as unknown as AnswerBag)[id];
}

export function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Whether the condition holds for these (pruned) answers. When `reads` is given, every answer id the
 * evaluation actually looked at is added to it (in the order read; `any`/`all` stop at the first
 * deciding branch), so a finding or clause can say exactly which answers brought it in.
 */
export function evaluateCondition(cond: Condition, answers: Answers, reads?: Set<string>): boolean {
  if (cond === "always") return true;
  if ("answer" in cond) {
    reads?.add(cond.answer);
    const v = answerOf(answers, cond.answer);
    if ("is" in cond) return isAnswered(v) && v === cond.is;
    if ("isNot" in cond) return isAnswered(v) && v !== cond.isNot;
    if ("oneOf" in cond) return isAnswered(v) && cond.oneOf.includes(v as ConditionValue);
    if ("includes" in cond) return Array.isArray(v) && v.includes(cond.includes);
    if ("includesAny" in cond) return Array.isArray(v) && cond.includesAny.some((x) => v.includes(x));
    return isAnswered(v);
  }
  if ("fact" in cond) {
    switch (cond.fact) {
      case "personalDataInScope":
        reads?.add("dataCategories");
        return isPersonalDataInScope(answers);
      case "gdprJurisdiction":
        reads?.add("jurisdictions");
        return isGdprJurisdiction(answers);
      case "glbaInScope": {
        reads?.add("dataCategories");
        const inScope = isGlbaInScope(answers);
        if (answers.dataCategories?.includes("financial")) reads?.add("regulatedSectors");
        return inScope;
      }
      case "consumerInUse":
        reads?.add("productLine");
        if (answerOf(answers, "productLine") !== "consumer") reads?.add("otherProductsInUse");
        return isConsumerInUse(answers);
    }
  }
  if ("all" in cond) return cond.all.every((c) => evaluateCondition(c, answers, reads));
  if ("any" in cond) return cond.any.some((c) => evaluateCondition(c, answers, reads));
  return !evaluateCondition(cond.not, answers, reads);
}

// ---------------------------------------------------------------------------------------------------
// References: which answers a condition names, so a loader can check them against the questionnaire.

export interface AnswerReference {
  answer: string;
  operator: AnswerOperator;
  values: ConditionValue[];
  path: IssuePath;
}

/** Every `{ answer: … }` leaf of the condition, with its values and its path. */
export function answerReferences(cond: Condition, path: IssuePath = []): AnswerReference[] {
  if (cond === "always" || "fact" in cond) return [];
  if ("answer" in cond) {
    if ("is" in cond) return [{ answer: cond.answer, operator: "is", values: [cond.is], path }];
    if ("isNot" in cond) return [{ answer: cond.answer, operator: "isNot", values: [cond.isNot], path }];
    if ("oneOf" in cond) return [{ answer: cond.answer, operator: "oneOf", values: cond.oneOf, path }];
    if ("includes" in cond) return [{ answer: cond.answer, operator: "includes", values: [cond.includes], path }];
    if ("includesAny" in cond) {
      return [{ answer: cond.answer, operator: "includesAny", values: cond.includesAny, path }];
    }
    return [{ answer: cond.answer, operator: "answered", values: [], path }];
  }
  if ("all" in cond) return cond.all.flatMap((c, i) => answerReferences(c, [...path, "all", i]));
  if ("any" in cond) return cond.any.flatMap((c, i) => answerReferences(c, [...path, "any", i]));
  return answerReferences(cond.not, [...path, "not"]);
}

/** The answer ids a condition can read: those it names, and those its facts read. */
export function answerIdsIn(cond: Condition): string[] {
  const ids = new Set<string>();
  const walk = (c: Condition): void => {
    if (c === "always") return;
    if ("answer" in c) ids.add(c.answer);
    else if ("fact" in c) FACT_ANSWER_IDS[c.fact].forEach((id) => ids.add(id));
    else if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else walk(c.not);
  };
  walk(cond);
  return [...ids];
}

/** `variants[1].when.answer` from a base path and a path inside it. */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Checking references against the questionnaire

/** What a condition may compare an answer with: a view of one question of app/questionnaire/questions.ts. */
export interface AnswerDomain {
  id: string;
  kind: "boolean" | "choice" | "list" | "integer" | "text" | "date";
  /** The values of a choice question, or the options of a list question. */
  options?: readonly string[];
}

/** The domain of one question: what a condition may compare its answer with. */
export function answerDomainOf(question: Question): AnswerDomain {
  switch (question.kind) {
    case "boolean":
      return { id: question.id, kind: "boolean" };
    case "integer":
      return { id: question.id, kind: "integer" };
    case "choice":
      return { id: question.id, kind: "choice", options: question.options.map((o) => o.value) };
    case "multi":
      return { id: question.id, kind: "list", options: question.options.map((o) => o.value) };
    case "date":
      return { id: question.id, kind: "date" };
    default:
      // text, email, and vendor (a catalog id or `other`: the catalog is not known here)
      return { id: question.id, kind: "text" };
  }
}

/** The questionnaire's answers by id, as conditions see them. */
export const ANSWER_DOMAINS: ReadonlyMap<string, AnswerDomain> = new Map(
  QUESTIONS.map((q) => [q.id as string, answerDomainOf(q)]),
);

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const [w, k] = [word.toLowerCase(), c.toLowerCase()];
    // A clipped word ("optIn" for "optInOnly") is as likely a slip as a typo.
    const d = Math.min(w.length, k.length) >= 3 && (k.startsWith(w) || w.startsWith(k)) ? 1 : editDistance(w, k);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function describeValue(v: ConditionValue): string {
  return typeof v === "string" ? `'${v}'` : String(v);
}

function valueIssue(domain: AnswerDomain, op: AnswerOperator, v: ConditionValue): string | undefined {
  switch (domain.kind) {
    case "boolean":
      return typeof v === "boolean" ? undefined : `${domain.id} is a yes / no question: compare with true or false`;
    case "integer":
      return typeof v === "number" && Number.isInteger(v)
        ? undefined
        : `${domain.id} is a number: compare with a whole number`;
    case "choice":
    case "list": {
      const options = domain.options ?? [];
      if (typeof v === "string" && options.includes(v)) return undefined;
      const hint = typeof v === "string" ? closest(v, options) : undefined;
      return (
        `${describeValue(v)} is not a value of ${domain.id}` +
        (hint ? ` (did you mean '${hint}'?)` : "") +
        `; its values are ${options.join(", ")}`
      );
    }
    default:
      return typeof v === "string" ? undefined : `${domain.id} is text: compare with text`;
  }
}

/**
 * Problems with the answers a condition names: an unknown answer id, a value that is not among the
 * question's options, or an operator that does not suit the question (includes on a single choice…).
 */
export function conditionReferenceIssues(
  cond: Condition,
  domains: ReadonlyMap<string, AnswerDomain>,
  base: IssuePath = [],
): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  for (const ref of answerReferences(cond, base)) {
    const domain = domains.get(ref.answer);
    if (!domain) {
      const hint = closest(ref.answer, domains.keys());
      issues.push({
        path: [...ref.path, "answer"],
        message: `unknown answer id '${ref.answer}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      });
      continue;
    }
    const listOp = ref.operator === "includes" || ref.operator === "includesAny";
    if (listOp && domain.kind !== "list") {
      issues.push({
        path: [...ref.path, ref.operator],
        message: `${ref.operator} works on list questions, and ${ref.answer} is not one: use is, isNot or oneOf`,
      });
      continue;
    }
    if (!listOp && ref.operator !== "answered" && domain.kind === "list") {
      issues.push({
        path: [...ref.path, ref.operator],
        message: `${ref.answer} is a list question: use includes or includesAny`,
      });
      continue;
    }
    ref.values.forEach((v, i) => {
      const message = valueIssue(domain, ref.operator, v);
      if (message) {
        const many = ref.operator === "oneOf" || ref.operator === "includesAny";
        issues.push({ path: many ? [...ref.path, ref.operator, i] : [...ref.path, ref.operator], message });
      }
    });
  }
  return issues;
}
