// /reviews/:reviewId/answers.json: the review's answers file (the public format, version 1), as a download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { toAnswersFile } from "~/questionnaire/answers";
import { getDb } from "~/utils/db.server";
import { requireReview } from "~/wizard/load-review.server";
import { answersFileName } from "~/wizard/paths";

export function loader({ params }: LoaderFunctionArgs) {
  const review = requireReview(getDb(), params.reviewId);
  return new Response(`${JSON.stringify(toAnswersFile(review.answers), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${answersFileName(review.buyerName, review.id)}"`,
      "Cache-Control": "no-store",
    },
  });
}
