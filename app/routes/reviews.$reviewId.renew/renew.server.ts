// Starting the re-review of a review at renewal: a POST from the Renewals page or the review page.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../../auth/actor.server.ts";
import { startReReview } from "../../use-cases/renewals/start-re-review.server.ts";
import { getDb } from "../../utils/db.server.ts";
import { requireReview } from "../../use-cases/reviews/load-review.server.ts";
import { stepPath } from "../../wizard/paths.ts";

/**
 * The page says what starting the re-review does, with the button; after a refused post (a draft) it
 * shows why. (A redirect here would lose that refusal: Remix loads the page again after every post.)
 */
export function loader({ params }: LoaderFunctionArgs) {
  const review = requireReview(getDb(), params.reviewId);
  return { reviewId: review.id, buyerName: review.buyerName, complete: review.status === "complete" };
}

export function action({ params, context }: ActionFunctionArgs) {
  const db = getDb();
  const renewed = requireReview(db, params.reviewId);
  const result = startReReview(db, renewed.id, actorFrom(context));
  switch (result.kind) {
    case "started":
      return redirect(`${stepPath(result.review.id, "context")}?reReview`);
    case "alreadyStarted":
      return redirect(`${stepPath(result.reviewId, "context")}?reReviewExists`);
    case "draft":
      return data(
        {
          reviewId: renewed.id,
          message:
            "This review is still a draft, so there is nothing settled to re-review yet. Finish it first; its re-review can start once every step is answered.",
        },
        { status: 409 },
      );
  }
}
