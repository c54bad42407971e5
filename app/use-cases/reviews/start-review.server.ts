// Starting a review from /reviews/new: a blank one, or one from an answers file.
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { Problem } from "../../questionnaire/answers.ts";
import { firstIncompleteStep } from "../../questionnaire/flow.ts";
import type { Db } from "../../utils/db.server.ts";
import { readAnswersUpload } from "../../wizard/answers-upload.ts";
import { stepPath } from "../../wizard/paths.ts";
import { startReview } from "./answers.server.ts";

export type StartReviewRefusal = { problems: Problem[]; pasted: string };

/** A person's post of the start form: to the new review's first step, or the form again with the problems. */
export async function startReviewFromForm(
  db: Db,
  formData: FormData,
  by: Actor | null,
): Promise<Outcome<StartReviewRefusal>> {
  const intent = formData.get("intent");
  if (intent === "create") {
    const review = startReview(db, {}, { by });
    return { redirect: stepPath(review.id, "context") };
  }
  if (intent === "import") {
    const upload = await readAnswersUpload(formData, { vendorIds: listVendorIds(db) });
    if (!upload.ok) return { status: 400, body: { problems: upload.problems, pasted: upload.pasted } };
    const review = startReview(db, upload.answers, { by, source: "answersFile" });
    return { redirect: `${stepPath(review.id, firstIncompleteStep(review.answers))}?imported` };
  }
  return {
    status: 400,
    body: {
      problems: [{ field: "intent", message: "Choose Start a new review, or Start from this file." }],
      pasted: "",
    },
  };
}
