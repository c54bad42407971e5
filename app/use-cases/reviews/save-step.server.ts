/**
 * Saving one step of the wizard. Next saves a complete step and goes on; Back keeps the valid answers and
 * goes back; Save keeps the step as a draft. Every save carries the version the page was built from, and
 * a stale one is refused (409) with nothing overwritten. An invalid post is answered 400 with a message
 * per field and every typed value, and nothing is saved. The answers are validated once, by the step's
 * form; their listing is computed before the write, which is one short transaction.
 */
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { Review } from "../../models/review.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { nextStep, previousStep } from "../../questionnaire/flow.ts";
import { isQuestionId, questionsOnStep, type QuestionId, type QuestionStepId } from "../../questionnaire/questions.ts";
import {
  formEntriesFromFormData,
  parseStepForm,
  previewStepAnswers,
  type FormEntries,
  type StepErrors,
} from "../../questionnaire/step-schemas.ts";
import type { Db } from "../../utils/db.server.ts";
import { stepPath } from "../../wizard/paths.ts";
import { visibleQuestionIds, type StepActionData, type StepValues } from "../../wizard/step-view.ts";
import { writeStepAnswers } from "./answers.server.ts";
import { requireQuestionStep, requireReview } from "./load-review.server.ts";

export const INTENTS = ["next", "back", "save"] as const;
export type Intent = (typeof INTENTS)[number];

/** The step's fields as posted, for showing them again: a list question as a list, anything else as text. */
export function postedValues(stepId: QuestionStepId, entries: FormEntries): StepValues {
  return Object.fromEntries(
    questionsOnStep(stepId).map((q) => {
      const raw = entries[q.id];
      const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [String(raw)];
      return [q.id, q.kind === "multi" ? list : (list[0] ?? "")];
    }),
  );
}

/**
 * The questions the page showed when it was posted (`shown`, kept up to date by the page as questions
 * appear). Absent — a post made by hand — means every question: then nothing is excused as unseen.
 */
function shownQuestions(stepId: QuestionStepId, entries: FormEntries): Set<QuestionId> {
  const raw = entries.shown;
  if (typeof raw !== "string") return new Set(questionsOnStep(stepId).map((q) => q.id));
  return new Set(raw.split(/\s+/).filter(isQuestionId));
}

/** A step's post as read from the form: its fields, the values to show again, and its intent. */
export interface StepPost {
  entries: FormEntries;
  values: StepValues;
  intent: Intent;
}

/** Reads the post of a step's form, or answers 400 for an intent no button of the form has. */
export function readStepPost(
  stepId: QuestionStepId,
  formData: FormData,
): StepPost | { refused: Outcome<StepActionData> } {
  const entries = formEntriesFromFormData(formData);
  const values = postedValues(stepId, entries);
  const intent = entries.intent ?? "next";
  if (typeof intent !== "string" || !INTENTS.includes(intent as Intent)) {
    return {
      refused: {
        status: 400,
        body: { kind: "badRequest", message: "Choose Save and continue, Back, or Save draft.", values },
      },
    };
  }
  return { entries, values, intent: intent as Intent };
}

/** What a valid post saves, and where it then goes (an address of the review, once it has an id). */
export type StepJudgement =
  { ok: true; answers: Answers; to: (reviewId: string) => string } | { ok: false; refused: Outcome<StepActionData> };

/**
 * A step's post judged against the answers saved so far (`saved`): the answers to save and where to go,
 * or the 400 with a message per field and every typed value. Saves nothing.
 */
export function judgeStep(db: Db, saved: Answers, stepId: QuestionStepId, post: StepPost): StepJudgement {
  const { entries, values, intent } = post;
  const catalog = { vendorIds: listVendorIds(db) };

  if (intent === "back") {
    // Back never blocks: the answers typed here that are valid are kept, and the buyer goes back.
    const answers = previewStepAnswers(stepId, entries, saved, catalog);
    return { ok: true, answers, to: (id) => stepPath(id, previousStep(stepId, answers) ?? stepId) };
  }

  const full = parseStepForm(stepId, entries, saved, { ...catalog, allowIncomplete: intent === "save" });
  if (full.ok) {
    const next = nextStep(stepId, full.answers) ?? "review";
    const to = (id: string) => (intent === "save" ? `${stepPath(id, stepId)}?saved` : stepPath(id, next));
    return { ok: true, answers: full.answers, to };
  }

  // A question that an answer on this page has just made relevant was not on the page when it was
  // posted (without JavaScript, questions appear after a save). It is not an error the buyer could
  // have seen: the step is kept as a draft and shown again with the new questions to answer.
  const shown = shownQuestions(stepId, entries);
  const errors = Object.fromEntries(
    Object.entries(full.errors).filter(([id]) => shown.has(id as QuestionId)),
  ) as StepErrors;
  const preview = previewStepAnswers(stepId, entries, saved, catalog);
  const revealed = visibleQuestionIds(stepId, preview).filter((id) => !shown.has(id));
  if (Object.keys(errors).length === 0) {
    const draft = parseStepForm(stepId, entries, saved, { ...catalog, allowIncomplete: true });
    if (draft.ok)
      return { ok: true, answers: draft.answers, to: (id) => `${stepPath(id, stepId)}?more=${revealed.join(",")}` };
  }
  return {
    ok: false,
    refused: {
      status: 400,
      body: { kind: "invalid", errors: Object.keys(errors).length > 0 ? errors : full.errors, values, revealed },
    },
  };
}

/** The post of one step's form, judged and (if valid) saved. */
export function submitStep(
  db: Db,
  review: Review,
  stepId: QuestionStepId,
  formData: FormData,
  by: Actor | null = null,
): Outcome<StepActionData> {
  const post = readStepPost(stepId, formData);
  if ("refused" in post) return post.refused;
  const { entries, values } = post;
  const version = Number(entries.version);
  if (typeof entries.version !== "string" || !Number.isInteger(version)) {
    return {
      status: 400,
      body: {
        kind: "badRequest",
        message: "The form was missing the review's version. Reload the page and try again.",
        values,
      },
    };
  }
  // Checked again inside the save's transaction; checking first means a stale page gets the conflict
  // message rather than field errors about answers it is going to reload anyway.
  if (version !== review.version) return { status: 409, body: { kind: "conflict", values, version } };

  const judged = judgeStep(db, review.answers, stepId, post);
  if (!judged.ok) return judged.refused;
  const result = writeStepAnswers(db, review.id, {
    expectedVersion: version,
    answers: judged.answers,
    step: stepId,
    by,
  });
  return result.ok ? { redirect: judged.to(review.id) } : { status: 409, body: { kind: "conflict", values, version } };
}

/** A person's save of a step of the review the address names (404 for no such review or step). */
export function saveStep(
  db: Db,
  reviewId: string | undefined,
  stepParam: string | undefined,
  formData: FormData,
  by: Actor | null,
): Outcome<StepActionData> {
  const review = requireReview(db, reviewId);
  return submitStep(db, review, requireQuestionStep(stepParam), formData, by);
}
