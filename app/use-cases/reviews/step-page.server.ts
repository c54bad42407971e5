// The page of one questionnaire step: the review, the step's questions and values, and what the
// vendor's terms say beside them. The first step of a review not saved yet is the same page, blank.
import { redirect } from "@remix-run/node";
import { ROLE_LABELS, ROLES } from "../../accounts/roles.ts";
import { can } from "../../auth/access.ts";
import type { ReviewStatus } from "../../models/review-status.ts";
import { answerOf, type Answers, type AnswerValue } from "../../questionnaire/answers.ts";
import { describeAnswer } from "../../questionnaire/describe.ts";
import { nextStep, previousStep, stepSequence } from "../../questionnaire/flow.ts";
import { helpFor, hintsFor } from "../../questionnaire/question-help.ts";
import { isQuestionId, questionsOnStep, STEPS, type QuestionStepId } from "../../questionnaire/questions.ts";
import { stepFormValues } from "../../questionnaire/step-schemas.ts";
import type { Db } from "../../utils/db.server.ts";
import { stepPath } from "../../wizard/paths.ts";
import { stepperSteps, visibleQuestionIds } from "../../wizard/step-view.ts";
import { stepNoticeFrom } from "../../wizard/step-notices.server.ts";
import { consumerTermsByVendor, stepTerms } from "../../wizard/vendor-terms.ts";
import { requireQuestionStep, requireReview } from "./load-review.server.ts";
import { readCatalog } from "./read-catalog.server.ts";

/** The review a step page shows; `id` is null for one that is not saved yet. */
interface PageReview {
  id: string | null;
  version: number;
  status: ReviewStatus;
  answers: Answers;
  buyerName: string | null;
  vendorName: string | null;
  unconfirmedSteps: string[];
}

/** The roles that may change a review's answers, in words ("Admin or Procurement"), for a reader whose role may not. */
const EDITORS = ((labels: string[]) =>
  labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}` : (labels[0] ?? ""))(
  ROLES.filter((role) => can(role, "reviews:write")).map((role) => ROLE_LABELS[role]),
);

function stepPageOf(db: Db, review: PageReview, stepId: QuestionStepId, url: URL) {
  const { answers } = review;
  const notice = stepNoticeFrom(url.searchParams);
  const revealed = (url.searchParams.get("more") ?? "").split(",").filter(isQuestionId);
  const catalog = readCatalog(db);
  const vendor = catalog.vendors.find((v) => v.id === answers.vendorId) ?? null;
  const step = STEPS[stepId];
  return {
    review,
    step: { id: stepId, title: step.title, intro: step.intro },
    stepper: stepperSteps(answers, review.unconfirmedSteps),
    hasPrevious: previousStep(stepId, answers) !== null,
    values: stepFormValues(stepId, answers),
    vendors: catalog.vendors.map((v) => ({ id: v.id, name: v.name })),
    terms: stepTerms(stepId, answers, vendor, catalog.provisions),
    consumerTerms: consumerTermsByVendor(catalog.vendors, catalog.provisions),
    // What a role that may read the step but not change it is shown instead of the form: the saved
    // answers in words (null: not answered), worked out here so the page's JavaScript need not carry it.
    savedAnswers: visibleQuestionIds(stepId, answers).map((id) => {
      const value = answerOf(answers, id) as AnswerValue | undefined;
      return { id, words: value === undefined ? null : describeAnswer(id, value, vendor?.name) };
    }),
    // Every question of the step (those an answer on the page brings in too), in the page's data.
    help: helpFor(questionsOnStep(stepId).map((q) => q.id)),
    hints: hintsFor(questionsOnStep(stepId).map((q) => q.id)),
    editors: EDITORS,
    notice,
    revealed,
  };
}

export type StepPage = ReturnType<typeof stepPageOf>;

/** The step page's data. A step the answers have made irrelevant redirects to the next one that applies. */
export function stepPage(db: Db, reviewId: string | undefined, stepParam: string | undefined, url: URL): StepPage {
  const review = requireReview(db, reviewId);
  const stepId = requireQuestionStep(stepParam);
  // A step the answers have made irrelevant (the regulatory step for public data only) is skipped.
  if (!stepSequence(review.answers).includes(stepId))
    throw redirect(stepPath(review.id, nextStep(stepId, review.answers) ?? "review"));
  const { id, version, status, answers, buyerName, vendorName, unconfirmedSteps } = review;
  return stepPageOf(db, { id, version, status, answers, buyerName, vendorName, unconfirmedSteps }, stepId, url);
}

/** The first step of a new review, before anything is saved: nothing exists until the step is saved. */
export function newReviewStepPage(db: Db, url: URL): StepPage {
  const blank: PageReview = {
    id: null,
    version: 0,
    status: "draft",
    answers: {},
    buyerName: null,
    vendorName: null,
    unconfirmedSteps: [],
  };
  return stepPageOf(db, blank, "context", url);
}
