/**
 * The wizard's forms: one zod schema per step, for react-hook-form's zodResolver in the browser and for
 * the step's action on the server, so both judge a post the same way and in the same words as the
 * answers file. Forms post flat fields named by question id, all values as strings: a list question
 * repeats its name, yes / no is a pair of "yes" / "no" radios, numbers are typed as text.
 * Pure: no Remix, no React.
 */
// zod/mini: the same schemas as classic zod, but tree-shakeable, which keeps the wizard page's client
// JavaScript within its budget (classic zod alone cost it some 19 kB gzipped).
import * as z from "zod/mini";

import {
  answerOf,
  checkAnswer,
  hasRequiredAnswer,
  isBlank,
  prune,
  requiredMessage,
  withoutAnswers,
  type Answers,
  type AnswerValue,
  type CatalogOptions,
  type CheckOptions,
} from "./answers.ts";
import { relevantQuestions } from "./flow.ts";
import {
  defaultAnswer,
  isRequired,
  questionsOnStep,
  type Question,
  type QuestionId,
  type StepId,
} from "./questions.ts";

/** A posted value: FormData gives strings (repeated for lists); react-hook-form may give numbers or booleans. */
export type FormValue = string | string[] | number | boolean | null | undefined;
export type FormEntries = Record<string, FormValue>;
/** One message per question id, ready to show beside its field. */
export type StepErrors = Partial<Record<QuestionId, string>>;

export interface StepOptions extends CatalogOptions {
  /** The answers saved so far; the step's own answers among them are replaced by the post. */
  existingAnswers?: Answers;
  /** Save a draft (Back / Save): wrong values are still errors, missing required answers are not. */
  allowIncomplete?: boolean;
}

export type StepFormResult = { ok: true; answers: Answers } | { ok: false; errors: StepErrors };

// ---------------------------------------------------------------------------------------------------
// From posted strings to answer values

const WHOLE_NUMBER = /^[+-]?\d+$/;

/** The one value of a single-valued field; a field posted twice stays a list, which the check refuses. */
function single(raw: FormValue): Exclude<FormValue, string[]> | string[] {
  if (!Array.isArray(raw)) return raw;
  if (raw.length === 0) return undefined;
  return raw.length === 1 ? raw[0] : raw;
}

/**
 * The answer a posted value stands for, in the answers' JSON types; undefined for "not answered" (an
 * empty field, or text of spaces only). A value that cannot be read is passed on unchanged, so that
 * `checkAnswer` refuses it in the same words as in an answers file. Text is never trimmed.
 */
export function answerFromForm(question: Question, raw: FormValue): unknown {
  if (question.kind === "multi") {
    // No box ticked posts nothing at all. For an optional list that is the answer "none of these"; a
    // required list says "none" with an option of its own, so there nothing ticked is no answer yet.
    const ticked =
      raw === undefined || raw === null || raw === false || raw === "" ? [] : Array.isArray(raw) ? raw : [raw];
    const items = ticked.filter((item) => item !== "");
    return items.length === 0 && question.required === true ? undefined : items;
  }
  const value = single(raw);
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && isBlank(value)) return undefined;
  if (question.kind === "boolean") {
    if (value === "yes") return true;
    if (value === "no") return false;
    return value;
  }
  if (question.kind === "integer") {
    if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
    if (typeof value === "string" && WHOLE_NUMBER.test(value.trim())) return Number(value.trim());
    return value;
  }
  return value;
}

/** An answer as a form field's value: yes / no for booleans, text for numbers, a list for lists. */
export function answerToForm(question: Question, value: unknown): string | string[] {
  if (value === undefined || value === null) return question.kind === "multi" ? [] : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/**
 * The step's fields as a form shows them first: the saved answer, else the question's default. Feeds
 * react-hook-form's defaultValues and the value / checked attributes of a form without JavaScript.
 */
export function stepFormValues(stepId: StepId, answers: Answers): Partial<Record<QuestionId, string | string[]>> {
  return Object.fromEntries(
    questionsOnStep(stepId).map((q) => {
      const saved = answerOf(answers, q.id);
      const shown = saved !== undefined ? saved : defaultAnswer(q, answers);
      return [q.id, answerToForm(q, shown)];
    }),
  );
}

/** A FormData as flat entries: a name posted more than once (a list question) becomes a list. Files are ignored. */
export function formEntriesFromFormData(formData: FormData): Record<string, string | string[]> {
  const entries: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const before = entries[name];
    entries[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// Judging a step

/** The saved answers with the step's answers replaced by these, then pruned. */
export function mergeStepAnswers(stepId: StepId, existingAnswers: Answers, stepAnswers: Answers): Answers {
  const stepIds = questionsOnStep(stepId).map((q) => q.id);
  return prune({ ...withoutAnswers(existingAnswers, stepIds), ...withoutAnswers(stepAnswers, []) });
}

interface StepCheck {
  /** The step's valid answers that apply under the merged answers. */
  stepAnswers: Answers;
  /** The saved answers with the step's valid answers merged in, pruned. */
  merged: Answers;
  errors: StepErrors;
}

function checkStep(stepId: StepId, fields: FormEntries, options: StepOptions): StepCheck {
  const checkOptions: CheckOptions = { vendorIds: options.vendorIds, source: "form" };
  const posted: Answers = {};
  const wrong = new Map<QuestionId, string>();
  for (const question of questionsOnStep(stepId)) {
    const value = answerFromForm(question, fields[question.id]);
    if (value === undefined) continue;
    const check = checkAnswer(question, value, checkOptions);
    if (check.ok) (posted as Record<string, AnswerValue>)[question.id] = check.value;
    else wrong.set(question.id, check.message);
  }

  // Relevance is judged on the valid answers only: a field that an answer on the same page hides (or
  // that a wrong answer leaves undecided) is ignored, and pruned from what is saved.
  const merged = mergeStepAnswers(stepId, options.existingAnswers ?? {}, posted);
  const errors: StepErrors = {};
  const stepAnswers: Answers = {};
  for (const question of relevantQuestions(stepId, merged)) {
    const message = wrong.get(question.id);
    const value = answerOf(merged, question.id);
    if (message !== undefined) errors[question.id] = message;
    else if (!options.allowIncomplete && isRequired(question, merged) && !hasRequiredAnswer(value)) {
      errors[question.id] = requiredMessage(question);
    } else if (value !== undefined) (stepAnswers as Record<string, unknown>)[question.id] = value;
  }
  return { stepAnswers, merged, errors };
}

const formField = z.optional(z.custom<FormValue>());

/**
 * The zod schema of one step's form. It reads only the step's own fields (others, such as `intent`,
 * are dropped), and outputs the step's answers in their JSON types; each issue's path is the question
 * id and its message the same as an answers file would get. It needs the catalog's vendor ids and the
 * saved answers, because whether a question applies can depend on answers given on earlier steps.
 */
export function stepSchema(stepId: StepId, options: StepOptions) {
  const shape = Object.fromEntries(questionsOnStep(stepId).map((q) => [q.id, formField]));
  return z.pipe(
    z.object(shape),
    z.transform((fields, ctx) => {
      const { stepAnswers, errors } = checkStep(stepId, fields, options);
      for (const [id, message] of Object.entries(errors)) {
        ctx.issues.push({ code: "custom", path: [id], message, input: fields[id] });
      }
      return stepAnswers;
    }),
  );
}

/**
 * Parses one step's form post against the saved answers. On success: the saved answers with the
 * step's answers merged in, pruned. On failure: one message per question id.
 */
export function parseStepForm(
  stepId: StepId,
  formEntries: FormEntries,
  existingAnswers: Answers,
  options: CatalogOptions & { allowIncomplete?: boolean },
): StepFormResult {
  const result = stepSchema(stepId, { ...options, existingAnswers }).safeParse(formEntries);
  if (!result.success) {
    const errors: StepErrors = {};
    for (const issue of result.error.issues) {
      const id = String(issue.path[0]) as QuestionId;
      errors[id] ??= issue.message;
    }
    return { ok: false, errors };
  }
  return { ok: true, answers: mergeStepAnswers(stepId, existingAnswers, result.data) };
}

/**
 * The answers as they would stand with the form's current values, wrong or missing ones left out: what
 * a page with JavaScript uses to show and hide a step's questions while the buyer types.
 */
export function previewStepAnswers(
  stepId: StepId,
  formValues: FormEntries,
  existingAnswers: Answers,
  options: CatalogOptions,
): Answers {
  return checkStep(stepId, formValues, { ...options, existingAnswers, allowIncomplete: true }).merged;
}
