// Starting a review: a blank one is created by the first save of its first step (/reviews/new/context),
// never by the click that opens that step; one from an answers file is created at once.
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { Problem } from "../../questionnaire/answers.ts";
import { resumeStep } from "../../questionnaire/flow.ts";
import type { Db } from "../../utils/db.server.ts";
import { readAnswersUpload } from "../../wizard/answers-upload.ts";
import { NEW_REVIEW_PATH, NEW_REVIEW_STEP_PATH, stepPath } from "../../wizard/paths.ts";
import type { StepActionData } from "../../wizard/step-view.ts";
import { startReview } from "./answers.server.ts";
import { judgeStep, readStepPost } from "./save-step.server.ts";

export type StartReviewRefusal = { problems: Problem[]; pasted: string };

/** A person's post of the start form: to the first step of a new review, or the form again with the problems. */
export async function startReviewFromForm(
  db: Db,
  formData: FormData,
  by: Actor | null,
): Promise<Outcome<StartReviewRefusal>> {
  const intent = formData.get("intent");
  // The page links to the new review's first step; a post of the old button (a page open since) goes
  // there too. Either way nothing is created until that step is saved.
  if (intent === "create") return { redirect: NEW_REVIEW_STEP_PATH };
  if (intent === "import") {
    const upload = await readAnswersUpload(formData, { vendorIds: listVendorIds(db) });
    if (!upload.ok) return { status: 400, body: { problems: upload.problems, pasted: upload.pasted } };
    const review = startReview(db, upload.answers, { by, source: "answersFile" });
    return { redirect: `${stepPath(review.id, resumeStep(review.answers, review.unconfirmedSteps))}?imported` };
  }
  return {
    status: 400,
    body: {
      problems: [{ field: "intent", message: "Choose Start a new review, or Start from this file." }],
      pasted: "",
    },
  };
}

/**
 * The first save of a new review's first step: judged exactly as a save of that step, and only if it is
 * valid is the review created (recorded as started blank, by `by`), with those answers, and the person
 * sent on as that save would send them. A refused post creates nothing; Back leaves, creating nothing.
 */
export function startReviewFromFirstStep(db: Db, formData: FormData, by: Actor | null): Outcome<StepActionData> {
  const post = readStepPost("context", formData);
  if ("refused" in post) return post.refused;
  if (post.intent === "back") return { redirect: NEW_REVIEW_PATH };
  const judged = judgeStep(db, {}, "context", post);
  if (!judged.ok) return judged.refused;
  const review = startReview(db, judged.answers, { by });
  return { redirect: judged.to(review.id) };
}
