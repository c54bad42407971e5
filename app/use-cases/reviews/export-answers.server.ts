// Downloading a review's answers file. The download is recorded in the review's history: the answers
// left the app, and who took them (the review itself is not changed).
import type { Actor } from "../../audit/events.ts";
import { recordAnswersExport, type Review } from "../../models/review.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { requireReview } from "./load-review.server.ts";

export function exportAnswers(db: Db, reviewId: string | undefined, by: Actor | null): Review {
  const review = requireReview(db, reviewId);
  recordAnswersExport(db, review.id, by);
  return review;
}
