// Replacing a draft's answers with an answers file: validated first, nothing saved on any problem.
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { Problem } from "../../questionnaire/answers.ts";
import { resumeStep } from "../../questionnaire/flow.ts";
import type { Db } from "../../utils/db.server.ts";
import { readAnswersUpload } from "../../wizard/answers-upload.ts";
import { stepPath } from "../../wizard/paths.ts";
import { replaceReviewAnswers } from "./answers.server.ts";
import { requireReview } from "./load-review.server.ts";

export function importPage(db: Db, reviewId: string | undefined) {
  const review = requireReview(db, reviewId);
  return { review: { id: review.id, version: review.version, status: review.status, buyerName: review.buyerName } };
}

export type ImportRefusal = { problems: Problem[]; pasted: string; version: number };

const REFUSALS = {
  complete: "This review is complete, so its answers are not replaced. Start a new review from the file instead.",
  conflict:
    "This review was changed in another tab or by someone else since you opened this page. Nothing was replaced. Reload the page and try again.",
};

/** A person's import into the review the address names: to its first unanswered step, or the problems. */
export async function importAnswers(
  db: Db,
  reviewId: string | undefined,
  formData: FormData,
  by: Actor | null,
): Promise<Outcome<ImportRefusal>> {
  const review = requireReview(db, reviewId);
  const expectedVersion = Number(formData.get("version"));
  const upload = await readAnswersUpload(formData, { vendorIds: listVendorIds(db) });
  if (!upload.ok) {
    return { status: 400, body: { problems: upload.problems, pasted: upload.pasted, version: expectedVersion } };
  }
  const result = replaceReviewAnswers(db, review.id, { expectedVersion, answers: upload.answers, by });
  if (result.ok)
    return {
      redirect: `${stepPath(review.id, resumeStep(result.review.answers, result.review.unconfirmedSteps))}?imported`,
    };
  const message = "complete" in result ? REFUSALS.complete : REFUSALS.conflict;
  return {
    status: 409,
    body: {
      problems: [{ field: "review", message }],
      pasted: String(formData.get("answersText") ?? ""),
      version: expectedVersion,
    },
  };
}
export type ImportPage = ReturnType<typeof importPage>;
