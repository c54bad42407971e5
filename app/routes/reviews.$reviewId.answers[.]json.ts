// /reviews/:reviewId/answers.json: the review's answers file (the public format, version 1), as a download.
// The download is recorded in the review's history (an audit record; the review itself is not changed).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { recordAnswersExport } from "../models/review.server.ts";
import { toAnswersFile } from "../questionnaire/answers.ts";
import { getDb } from "../utils/db.server.ts";
import { requireReview } from "../wizard/load-review.server.ts";
import { answersFileName } from "../wizard/paths.ts";
import { withPlainPageRefusals } from "../utils/resource-route.server.ts";

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
