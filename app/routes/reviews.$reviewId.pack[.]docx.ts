import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { currentPackId, getPackFile } from "~/models/pack.server.ts";
import { docxResponse } from "~/pack/docx-response.server.ts";
import { requireCompleteReview } from "~/pack/review-pack.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { packPath } from "~/wizard/paths.ts";

/**
 * The clause pack recorded for the review's current answers and clause library, byte for byte. Reading
 * only: a pack is generated and recorded by the POST on the pack page (no GET changes anything), so
 * until then this leads to that page and its download button.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const review = requireCompleteReview(db, params.reviewId);
  const packId = currentPackId(db, review);
  if (packId === null) throw redirect(packPath(review.id));
  const { record, file } = getPackFile(db, review.id, packId)!;
  return docxResponse(file, record, review);
}
