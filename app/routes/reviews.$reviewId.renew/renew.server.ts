// Starting the re-review of a review at renewal: a POST from the Renewals page or the review page.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "~/auth/actor.server";
import { startReReview } from "~/models/renewal.server";
import { getDb } from "~/utils/db.server";
import { requireReview } from "~/wizard/load-review.server";
import { reviewPath, stepPath } from "~/wizard/paths";

/** Nothing to show on GET: the address only takes the form's post, so a visit leads back to the review. */
export function loader({ params }: LoaderFunctionArgs) {
  const review = requireReview(getDb(), params.reviewId);
  return redirect(`${reviewPath(review.id)}/review`);
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
