// /reviews/:reviewId/answers.json: the review's answers file (the public format, version 1), as a download.
// The download is recorded in the review's history (an audit record; the review itself is not changed).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "~/auth/actor.server";
import { recordAnswersExport } from "~/models/review.server";
import { toAnswersFile } from "~/questionnaire/answers";
import { getDb } from "~/utils/db.server";
import { requireReview } from "~/wizard/load-review.server";
import { answersFileName } from "~/wizard/paths";
import { withPlainPageRefusals } from "~/utils/resource-route.server";

export const loader = withPlainPageRefusals(({ params, context }: LoaderFunctionArgs) => {
  const db = getDb();
  const review = requireReview(db, params.reviewId);
  recordAnswersExport(db, review.id, actorFrom(context));
  return new Response(`${JSON.stringify(toAnswersFile(review.answers), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${answersFileName(review.buyerName, review.id)}"`,
      "Cache-Control": "no-store",
    },
  });
});
