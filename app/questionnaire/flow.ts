/**
 * The wizard's flow as data: which questions a step asks under the answers so far, which steps the
 * review walks through, and where to go next. Pure guard functions, tested as tables.
 */
import { answerOf, hasRequiredAnswer, prune, type Answers } from "./answers.ts";
import {
  isRelevant,
  isRequired,
  isRequiredInFile,
  questionsOnStep,
  STEP_IDS,
  type Question,
  type StepId,
} from "./questions.ts";

/** The questions the step asks under these answers, in order. Stale answers are pruned first. */
export function relevantQuestions(stepId: StepId, answers: Answers): Question[] {
  const applicable = prune(answers);
  return questionsOnStep(stepId).filter((q) => isRelevant(q, applicable));
}

/**
 * Every question the step requires is answered (the review step, which asks none, always is). Judged as
 * the wizard asks: a question added in a later edition of the questionnaire counts, so a step whose new
 * questions an older answers file leaves out is shown as still to do.
 */
export function isStepComplete(stepId: StepId, answers: Answers, unconfirmed: readonly string[] = []): boolean {
  // A re-review's step carried over from the last review counts once someone has saved it.
  return !unconfirmed.includes(stepId) && stepAnswered(stepId, prune(answers), isRequired);
}

function stepAnswered(stepId: StepId, applicable: Answers, required: (q: Question, a: Answers) => boolean): boolean {
  return relevantQuestions(stepId, applicable).every(
    (q) => !required(q, applicable) || hasRequiredAnswer(answerOf(applicable, q.id)),
  );
}

/**
 * The steps this review walks through, in order. A step with no question to ask is left out: today
 * that happens only to `regulatory`, whose questions all depend on personal data or PHI being in scope
 * (a review of public data only, or of source code, has no regulatory agreements to ask about).
 */
export function stepSequence(answers: Answers): StepId[] {
  const applicable = prune(answers);
  return STEP_IDS.filter((s) => s === "review" || relevantQuestions(s, applicable).length > 0);
}

// Position in STEP_IDS rather than in the sequence, so that a step which has just dropped out of the
// sequence (the regulatory step, after the data answers changed) still knows its neighbours.
function rank(stepId: StepId): number {
  return STEP_IDS.indexOf(stepId);
}

/** The step after this one in the sequence, or null after `review`. */
export function nextStep(stepId: StepId, answers: Answers): StepId | null {
  return stepSequence(answers).find((s) => rank(s) > rank(stepId)) ?? null;
}

/** The step before this one in the sequence, or null before `context`. */
export function previousStep(stepId: StepId, answers: Answers): StepId | null {
  return stepSequence(answers).findLast((s) => rank(s) < rank(stepId)) ?? null;
}

/** Where to resume: the first step with a required answer missing, or `review` when there is none. */
export function firstIncompleteStep(answers: Answers, unconfirmed: readonly string[] = []): StepId {
  return stepSequence(answers).find((s) => s !== "review" && !isStepComplete(s, answers, unconfirmed)) ?? "review";
}

/**
 * Every answer a complete answers file needs is given: the review can be generated. The questions added
 * in a later edition may still be open (their defaults, or the behaviour the rules name, apply), so a
 * review imported from an older file is complete as that file was, while its steps show them to answer.
 */
export function isQuestionnaireComplete(answers: Answers, unconfirmed: readonly string[] = []): boolean {
  const applicable = prune(answers);
  return stepSequence(applicable).every(
    (s) => (s === "review" || !unconfirmed.includes(s)) && stepAnswered(s, applicable, isRequiredInFile),
  );
}

/**
 * Where a review opens: the review step once it can be generated, else the first step still to answer.
 * A review from an older answers file opens on the review step, which shows the questions added since.
 */
export function resumeStep(answers: Answers, unconfirmed: readonly string[] = []): StepId {
  return isQuestionnaireComplete(answers, unconfirmed) ? "review" : firstIncompleteStep(answers, unconfirmed);
}
