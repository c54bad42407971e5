import type { LoaderFunctionArgs } from "@remix-run/node";
import { packForReview } from "~/models/pack.server.ts";
import { docxResponse } from "~/pack/docx-response.server.ts";
import { requireCompleteReview } from "~/pack/review-pack.server.ts";
import { getDb } from "~/utils/db.server.ts";

/**
 * The clause pack for the review's current answers. Generated and recorded the first time these answers
 * and this clause library are asked for; later downloads return the recorded file, byte for byte.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const review = requireCompleteReview(db, params.reviewId);
  const { record, file } = await packForReview(db, review, { by: review.createdBy });
  return docxResponse(file, record, review);
}
