/**
 * The form of a hand-built pack: the parties, the product lines, and the variables the chosen clauses
 * print, each asked as the wizard asks the question it is computed from — the same question definition,
 * so the same label, help, default and validation (`checkAnswer`), and the same words when it is wrong.
 * A value a chosen clause cannot print (no region where it names one, 0 where it counts days) is refused
 * with the question's label and the clause named. Pure: the caller passes the catalog's vendors.
 */
import { PRODUCT_LINE_LABELS, PRODUCT_LINES, type ProductLine } from "../catalog/types.ts";
import { checkAnswer, prune, requiredMessage, type Answers, type AnswerValue } from "../questionnaire/answers.ts";
import {
  isRelevant,
  OTHER_VENDOR_ID,
  QUESTIONS,
  questionById,
  type Question,
  type QuestionId,
} from "../questionnaire/questions.ts";
import { answerFromForm, answerToForm, type FormEntries } from "../questionnaire/step-schemas.ts";
import type { ClauseSelection } from "../rules/hand-picked.ts";
import type { ClauseLibrary } from "./library.ts";
import { DEFAULT_LANGUAGE, type ClauseTemplate } from "./template.ts";
import {
  computeVariables,
  VARIABLE_PATTERN,
  VARIABLES,
  isVariableName,
  type ProductLineNames,
  type VariableName,
  type VariableValues,
} from "./variables.ts";

/** The pack's own questions, asked before the variables: who buys from whom, and on which paper. */
export const PARTY_QUESTION_IDS = [
  "buyerName",
  "vendorId",
  "vendorName",
  "paperSize",
] as const satisfies readonly QuestionId[];
const PARTY_IDS: ReadonlySet<string> = new Set<string>([...PARTY_QUESTION_IDS, "productLine", "otherProductsInUse"]);

/** The product lines the pack covers: the wizard's product line and other lines in use, in one list. */
export const PRODUCT_LINES_FIELD = "productLines";
export const PRODUCT_LINES_LABEL = "Product lines the pack covers";
export const PRODUCT_LINES_HELP =
  "The clauses name these lines as the Services. The first ticked is the line bought; the others are lines your staff also use.";
export const PRODUCT_LINE_CHOICES = PRODUCT_LINES.map((value) => ({ value, label: PRODUCT_LINE_LABELS[value] }));

export interface CatalogVendor {
  id: string;
  name: string;
  /** The vendor's own names for each of its product lines, as the catalog records them. */
  lineNames: ProductLineNames;
}

/** What a hand-built pack is made from, as stored (hand_packs): with the library version, all of it. */
export interface HandPackInputs {
  buyerName: string;
  /** The catalog's vendor id, or null for a vendor typed in. */
  vendorId: string | null;
  vendorName: string;
  productLines: ProductLine[];
  selections: ClauseSelection[];
  /** The answers the variables are computed from, by question id (paperSize among them). */
  values: Answers;
}

/** A variable written in a clause's text for the chosen variant, and whether a formatter prints it as a count. */
interface VariableUse {
  name: VariableName;
  counted: boolean;
}

/** Every text of the clause that is printed in this variant. */
function printedTexts(clause: ClauseTemplate, variant: string): string[] {
  return [
    ...(clause.language[variant] ?? clause.language[DEFAULT_LANGUAGE] ?? []),
    ...clause.fallbacks,
    clause.negotiationNote,
    ...clause.questions,
    clause.reconfirmAtRenewal,
  ];
}

function usesOf(clause: ClauseTemplate, variant: string): VariableUse[] {
  const uses = new Map<VariableName, boolean>();
  for (const text of printedTexts(clause, variant))
    for (const m of text.matchAll(VARIABLE_PATTERN))
      if (isVariableName(m[1])) uses.set(m[1], (uses.get(m[1]) ?? false) || m[2] !== undefined);
  return [...uses].map(([name, counted]) => ({ name, counted }));
}

const VARIABLE_BY_NAME = new Map(VARIABLES.map((v) => [v.name, v]));

/** The questions a variable is computed from that the pack's own fields do not already ask. */
function questionIdsOf(name: VariableName): QuestionId[] {
  return (VARIABLE_BY_NAME.get(name)?.answerIds ?? []).filter((id) => !PARTY_IDS.has(id)) as QuestionId[];
}

/** The questions the chosen clauses' variables need, in the questionnaire's order. */
export function variableQuestions(
  library: Pick<ClauseLibrary, "byId">,
  selections: readonly ClauseSelection[],
): Question[] {
  const ids = new Set<string>();
  for (const s of selections) {
    const clause = library.byId.get(s.id);
    if (!clause) continue;
    for (const use of usesOf(clause, s.variant ?? DEFAULT_LANGUAGE))
      for (const id of questionIdsOf(use.name)) ids.add(id);
  }
  return QUESTIONS.filter((q) => ids.has(q.id));
}

/** The form's fields as first shown: each question's default (fixed or drawn from other answers). */
export function initialValues(questions: readonly Question[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = { [PRODUCT_LINES_FIELD]: [] };
  for (const q of [...PARTY_QUESTION_IDS.map((id) => questionById(id)!), ...questions]) {
    const shown =
      "defaultValue" in q && q.defaultValue !== undefined
        ? q.defaultValue
        : q.kind === "choice" && q.defaultFrom
          ? q.defaultFrom({})
          : undefined;
    values[q.id] = answerToForm(q, shown);
  }
  return values;
}

/** The form's fields for a pack built before (to build it again): what was typed, else the defaults. */
export function valuesOfInputs(
  inputs: Omit<HandPackInputs, "selections">,
  questions: readonly Question[],
): Record<string, string | string[]> {
  const values = initialValues(questions);
  const answers = answersOf(inputs) as Record<string, unknown>;
  for (const q of [...PARTY_QUESTION_IDS.map((id) => questionById(id)!), ...questions])
    if (answers[q.id] !== undefined) values[q.id] = answerToForm(q, answers[q.id]);
  values[PRODUCT_LINES_FIELD] = [...inputs.productLines];
  return values;
}

/** The answers as the rules, the cover and the variables read them: the parties and lines merged in. */
export function answersOf(inputs: Omit<HandPackInputs, "selections">): Answers {
  const [bought, ...others] = inputs.productLines;
  return prune({
    ...inputs.values,
    buyerName: inputs.buyerName,
    vendorId: inputs.vendorId ?? OTHER_VENDOR_ID,
    ...(inputs.vendorId === null ? { vendorName: inputs.vendorName } : {}),
    ...(bought ? { productLine: bought } : {}),
    ...(others.length > 0 ? { otherProductsInUse: others } : {}),
  });
}

/** The variables' values for the inputs: what the clauses print. */
export function handPackVariables(
  inputs: Omit<HandPackInputs, "selections">,
  vendor: CatalogVendor | null,
): VariableValues {
  return computeVariables(answersOf(inputs), inputs.vendorName, vendor?.lineNames ?? {});
}

export type FormErrors = Record<string, string>;

export type HandPackFormResult =
  | { ok: true; inputs: HandPackInputs; variables: VariableValues }
  | { ok: false; errors: FormErrors; values: Record<string, string | string[]> };

/** The posted fields as the form shows them again: a list as a list, anything else as text. */
function postedValues(entries: FormEntries, questions: readonly Question[]): Record<string, string | string[]> {
  const asList = (raw: FormEntries[string]) =>
    raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  const values: Record<string, string | string[]> = { [PRODUCT_LINES_FIELD]: asList(entries[PRODUCT_LINES_FIELD]) };
  for (const q of [...PARTY_QUESTION_IDS.map((id) => questionById(id)!), ...questions]) {
    const list = asList(entries[q.id]);
    values[q.id] = q.kind === "multi" ? list : (list[0] ?? "");
  }
  return values;
}

/**
 * Reads and judges the form of a pack whose clauses are `selections` (already checked against the
 * library). Every problem is a message under its field's name; nothing is partly accepted.
 */
export function readHandPackForm(
  entries: FormEntries,
  context: {
    library: Pick<ClauseLibrary, "byId">;
    selections: readonly ClauseSelection[];
    vendors: readonly CatalogVendor[];
  },
): HandPackFormResult {
  const questions = variableQuestions(context.library, context.selections);
  const errors: FormErrors = {};
  const answers: Record<string, AnswerValue> = {};
  const check = { vendorIds: context.vendors.map((v) => v.id), source: "form" as const };

  // Each question on its own: its type, range, options and characters, in the wizard's words.
  for (const q of [...PARTY_QUESTION_IDS.map((id) => questionById(id)!), ...questions]) {
    const value = answerFromForm(q, entries[q.id]);
    if (value === undefined) continue;
    const checked = checkAnswer(q, value, check);
    if (checked.ok) answers[q.id] = checked.value;
    else errors[q.id] = checked.message;
  }
  // Then what must be answered, under the answers given (the vendor's name only for a vendor typed in).
  for (const q of [...PARTY_QUESTION_IDS.map((id) => questionById(id)!), ...questions]) {
    if (errors[q.id] || answers[q.id] !== undefined) continue;
    if (q.id === "paperSize") continue; // as the wizard: the paper follows the buyer when not chosen
    if (isRelevant(q, answers as Answers)) errors[q.id] = requiredMessage(q);
  }

  const lines = readProductLines(entries[PRODUCT_LINES_FIELD]);
  if (typeof lines === "string") errors[PRODUCT_LINES_FIELD] = lines;

  if (Object.keys(errors).length > 0) return { ok: false, errors, values: postedValues(entries, questions) };

  const vendorId = answers.vendorId === OTHER_VENDOR_ID ? null : String(answers.vendorId);
  const vendor = vendorId === null ? null : (context.vendors.find((v) => v.id === vendorId) ?? null);
  const values: Answers = Object.fromEntries(
    Object.entries(answers).filter(([id]) => !PARTY_IDS.has(id) || id === "paperSize"),
  ) as Answers;
  const inputs: HandPackInputs = {
    buyerName: String(answers.buyerName),
    vendorId,
    vendorName: vendor ? vendor.name : String(answers.vendorName),
    productLines: lines as ProductLine[],
    selections: [...context.selections],
    values: prune(values),
  };
  const variables = handPackVariables(inputs, vendor);
  const unprintable = printProblems(context, questions, inputs, variables);
  if (Object.keys(unprintable).length > 0)
    return { ok: false, errors: unprintable, values: postedValues(entries, questions) };
  return { ok: true, inputs, variables };
}

function readProductLines(raw: FormEntries[string]): ProductLine[] | string {
  const ticked = raw === undefined || raw === null ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  const wrong = ticked.find((line) => !(PRODUCT_LINES as readonly string[]).includes(line));
  if (wrong !== undefined)
    return `${PRODUCT_LINES_LABEL} must be a list of: ${PRODUCT_LINES.join(", ")}; “${wrong.slice(0, 40)}” is not one of them.`;
  if (ticked.length === 0) return `${PRODUCT_LINES_LABEL} is required: choose at least one.`;
  // In the order ticked on the form, which is the vocabulary's; each once.
  return PRODUCT_LINES.filter((line) => ticked.includes(line));
}

/**
 * What the chosen clauses cannot print with these values: a variable with no value (a region of "no
 * requirement", no report named), or a count of 0 where the variant prints days. Each under the first
 * question the variable is computed from, naming the clauses that print it.
 */
function printProblems(
  context: { library: Pick<ClauseLibrary, "byId">; selections: readonly ClauseSelection[] },
  questions: readonly Question[],
  inputs: HandPackInputs,
  variables: VariableValues,
): FormErrors {
  const errors: FormErrors = {};
  const asked = new Set(questions.map((q) => q.id));
  const answers = answersOf(inputs);
  for (const s of context.selections) {
    const clause = context.library.byId.get(s.id)!;
    for (const use of usesOf(clause, s.variant ?? DEFAULT_LANGUAGE)) {
      const value = variables[use.name];
      const problem =
        value === undefined
          ? "needs an answer it can name"
          : use.counted && !(/^\d+$/.test(value) && Number(value) >= 1)
            ? "counts days or hours and cannot print 0: give a number from 1, or choose the clause’s variant for none"
            : null;
      if (problem === null) continue;
      // The question to fix: the first one asked that applies, else the first asked at all.
      const ids = questionIdsOf(use.name).filter((id) => asked.has(id));
      const target =
        ids.find((id) => isRelevant(questionById(id)!, answers) && answers[id as keyof Answers] !== undefined) ??
        ids[0] ??
        "form";
      const label = questionById(target)?.label ?? "The pack";
      const message = `${label}: the clause “${clause.title}” prints this answer and ${problem}.`;
      errors[target] ??= message;
    }
  }
  return errors;
}
