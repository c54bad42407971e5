import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { getPackFile } from "../models/pack.server.ts";
import { docxResponse } from "../pack/docx-response.server.ts";
import { getDb } from "../utils/db.server.ts";
import { requireReview } from "../wizard/load-review.server.ts";
import { withPlainPageRefusals } from "../utils/resource-route.server.ts";

/** A pack generated earlier, exactly as it was recorded. */
export const loader = withPlainPageRefusals(({ params }: LoaderFunctionArgs) => {
  const db = getDb();
  const review = requireReview(db, params.reviewId);
  const packId = Number(params.packId);
  const pack = Number.isSafeInteger(packId) ? getPackFile(db, review.id, packId) : null;
  if (!pack) throw data("There is no such clause pack for this review.", { status: 404 });
  return docxResponse(pack.file, pack.record, review);
});
