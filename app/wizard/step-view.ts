/**
 * What a step's form shows, shared by the server render and the browser so both draw the same page:
 * which questions are visible under the answers as they stand, and the ids that tie each field to its
 * label, help text and error message.
 */
import {
  STEP_IDS,
  STEPS,
  isRelevant,
  questionsOnStep,
  type Question,
  type QuestionId,
  type QuestionOption,
  type StepId,
} from "../questionnaire/questions.ts";
import type { Answers } from "../questionnaire/answers.ts";
import { isStepComplete, stepSequence } from "../questionnaire/flow.ts";
import type { StepErrors } from "../questionnaire/step-schemas.ts";

/** The step's fields as the form holds them: text for one value, a list for a list question. */
export type StepValues = Partial<Record<QuestionId, string | string[]>>;

/** What a step's action answers when it does not redirect (400 or 409): the typed values come back. */
export type StepActionData =
  | { kind: "invalid"; errors: StepErrors; values: StepValues; revealed: QuestionId[] }
  /** `version`: the one the refused page was built from, kept so that posting again is refused again. */
  | { kind: "conflict"; values: StepValues; version: number }
  | { kind: "badRequest"; message: string; values: StepValues };

/** The step's questions that apply under these (pruned) answers, in order. */
export function visibleQuestionIds(stepId: StepId, answers: Answers): QuestionId[] {
  return questionsOnStep(stepId)
    .filter((q) => isRelevant(q, answers))
    .map((q) => q.id);
}

export const YES_NO_OPTIONS: readonly QuestionOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The options a radio or checkbox group offers; empty for a question typed or picked from a list. */
export function optionsOf(question: Question): readonly QuestionOption[] {
  if (question.kind === "choice" || question.kind === "multi") return question.options;
  if (question.kind === "boolean") return YES_NO_OPTIONS;
  return [];
}

export const fieldId = (id: QuestionId): string => `q-${id}`;
export const optionId = (id: QuestionId, value: string): string => `q-${id}-${value}`;
export const helpId = (id: QuestionId): string => `q-${id}-help`;
export const errorId = (id: QuestionId): string => `q-${id}-error`;

/** Where a link to the question lands: its input, or the first option of a group. */
export function firstInputId(question: Question): string {
  const options = optionsOf(question);
  return options.length > 0 ? optionId(question.id, options[0].value) : fieldId(question.id);
}

/** Words after the label: which questions may be left empty, or when an answer becomes required. */
export function requirementWords(question: Question): string | null {
  if (typeof question.required === "function")
    return question.requiredWhenText ? `required ${question.requiredWhenText}` : null;
  return question.required ? null : "optional";
}

/** The steps this review walks through, each with whether its required questions are answered. */
/**
 * Every step of the questionnaire, in order, so the count stays the same as answers bring a step in or
 * leave it out: a step the answers make irrelevant is shown as not needed.
 */
export function stepperSteps(
  answers: Answers,
  unconfirmed: readonly string[] = [],
): { id: StepId; title: string; complete: boolean; needed: boolean }[] {
  const sequence = stepSequence(answers);
  return STEP_IDS.map((s) => {
    const needed = sequence.includes(s);
    const complete = needed && s !== "review" && isStepComplete(s, answers, unconfirmed);
    return { id: s, title: STEPS[s].title, needed, complete };
  });
}
