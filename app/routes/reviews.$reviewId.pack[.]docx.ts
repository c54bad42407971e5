import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { packForReview } from "../models/pack.server.ts";
import { docxResponse } from "../pack/docx-response.server.ts";
import { requireCompleteReview } from "../pack/review-pack.server.ts";
import { getDb } from "../utils/db.server.ts";
import { withPlainPageRefusals } from "../utils/resource-route.server.ts";

/**
 * The clause pack for the review's current answers. Generated and recorded the first time these answers
 * and this clause library are asked for; later downloads return the recorded file, byte for byte.
 * Recording the pack (and its audit event) is a record of what was handed out, not a change to the review.
 */
export const loader = withPlainPageRefusals(async ({ params, context }: LoaderFunctionArgs) => {
  const db = getDb();
  const review = requireCompleteReview(db, params.reviewId);
  const { record, file } = await packForReview(db, review, { by: actorFrom(context) });
  return docxResponse(file, record, review);
});
