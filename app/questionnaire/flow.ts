/**
 * The wizard's flow as data: which questions a step asks under the answers so far, which steps the
 * review walks through, and where to go next. Pure guard functions, tested as tables.
 */
import { answerOf, hasRequiredAnswer, prune, type Answers } from "./answers.ts";
import { isRelevant, isRequired, questionsOnStep, STEP_IDS, type Question, type StepId } from "./questions.ts";

/** The questions the step asks under these answers, in order. Stale answers are pruned first. */
export function relevantQuestions(stepId: StepId, answers: Answers): Question[] {
  const applicable = prune(answers);
  return questionsOnStep(stepId).filter((q) => isRelevant(q, applicable));
}

/** Every required question the step asks is answered (the review step, which asks none, always is). */
export function isStepComplete(stepId: StepId, answers: Answers): boolean {
  const applicable = prune(answers);
  return relevantQuestions(stepId, applicable).every(
    (q) => !isRequired(q, applicable) || hasRequiredAnswer(answerOf(applicable, q.id)),
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
export function firstIncompleteStep(answers: Answers): StepId {
  return stepSequence(answers).find((s) => !isStepComplete(s, answers)) ?? "review";
}

/** Every step of the sequence is complete: the review can be generated. */
export function isQuestionnaireComplete(answers: Answers): boolean {
  return firstIncompleteStep(answers) === "review";
}
