// Previewing a review's clause pack: the pack model a download by this person would hold, built by the
// same path as the download (generate.server.ts), and the packs recorded so far.
import { listPacks } from "../../models/pack.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { requireCompleteReview } from "../reviews/load-review.server.ts";
import { packModelFor } from "./generate.server.ts";

export function previewPack(db: Db, reviewId: string | undefined, viewer: { name: string } | null) {
  const review = requireCompleteReview(db, reviewId);
  // As a download by this person would say (the preview shows what they would get).
  const { pack } = packModelFor(db, review.answers, {
    preparedBy: viewer?.name ?? "Not recorded",
    reviewId: review.id,
  });
  return { reviewId: review.id, pack, packs: listPacks(db, review.id) };
}
