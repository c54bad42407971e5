// /reviews/:reviewId: resume. The address is all it takes — another day, another browser, once signed in:
// it lands on the first step with a required answer missing, or on the review step when there is none.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { resumeStep } from "../questionnaire/flow.ts";
import { getDb } from "../utils/db.server.ts";
import { requireReview } from "../use-cases/reviews/load-review.server.ts";
import { stepPath } from "../wizard/paths.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";

export const loader = withPlainPageRefusals(({ params }: LoaderFunctionArgs) => {
  const review = requireReview(getDb(), params.reviewId);
  return redirect(stepPath(review.id, resumeStep(review.answers, review.unconfirmedSteps)));
});
