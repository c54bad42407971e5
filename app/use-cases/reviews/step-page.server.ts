// The page of one questionnaire step: the review, the step's questions and values, and what the
// vendor's terms say beside them.
import { redirect } from "@remix-run/node";
import { nextStep, previousStep, stepSequence } from "../../questionnaire/flow.ts";
import { isQuestionId, STEPS } from "../../questionnaire/questions.ts";
import { stepFormValues } from "../../questionnaire/step-schemas.ts";
import type { Db } from "../../utils/db.server.ts";
import { stepPath } from "../../wizard/paths.ts";
import { stepperSteps } from "../../wizard/step-view.ts";
import { stepNoticeFrom } from "../../wizard/step-notices.server.ts";
import { consumerTermsByVendor, stepTerms } from "../../wizard/vendor-terms.ts";
import { requireQuestionStep, requireReview } from "./load-review.server.ts";
import { readCatalog } from "./read-catalog.server.ts";

/** The step page's data. A step the answers have made irrelevant redirects to the next one that applies. */
export function stepPage(db: Db, reviewId: string | undefined, stepParam: string | undefined, url: URL) {
  const review = requireReview(db, reviewId);
  const stepId = requireQuestionStep(stepParam);
  const { answers } = review;
  // A step the answers have made irrelevant (the regulatory step for public data only) is skipped.
  if (!stepSequence(answers).includes(stepId))
    throw redirect(stepPath(review.id, nextStep(stepId, answers) ?? "review"));

  const notice = stepNoticeFrom(url.searchParams);
  const revealed = (url.searchParams.get("more") ?? "").split(",").filter(isQuestionId);
  const catalog = readCatalog(db);
  const vendor = catalog.vendors.find((v) => v.id === answers.vendorId) ?? null;
  const step = STEPS[stepId];
  return {
    review: {
      id: review.id,
      version: review.version,
      status: review.status,
      answers,
      buyerName: review.buyerName,
      vendorName: review.vendorName,
    },
    step: { id: stepId, title: step.title, intro: step.intro },
    stepper: stepperSteps(answers),
    hasPrevious: previousStep(stepId, answers) !== null,
    values: stepFormValues(stepId, answers),
    vendors: catalog.vendors.map((v) => ({ id: v.id, name: v.name })),
    terms: stepTerms(stepId, answers, vendor, catalog.provisions),
    consumerTerms: consumerTermsByVendor(catalog.vendors, catalog.provisions),
    notice,
    revealed,
  };
}
