// Replacing a draft's answers with an answers file: validated first, nothing saved on any problem.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../../auth/actor.server.ts";
import { listVendors } from "../../models/catalog.server.ts";
import { replaceReviewAnswers } from "../../use-cases/reviews/answers.server.ts";
import type { Problem } from "../../questionnaire/answers.ts";
import { firstIncompleteStep } from "../../questionnaire/flow.ts";
import { getDb } from "../../utils/db.server.ts";
import { readAnswersUpload } from "../../wizard/answers-upload.ts";
import { requireReview } from "../../use-cases/reviews/load-review.server.ts";
import { stepPath } from "../../wizard/paths.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const review = requireReview(getDb(), params.reviewId);
  return { review: { id: review.id, version: review.version, status: review.status, buyerName: review.buyerName } };
}

const refused = (problem: Problem, pasted: string, version: number) =>
  data({ problems: [problem], pasted, version }, { status: 409 });

export async function action({ params, request, context }: ActionFunctionArgs) {
  const db = getDb();
  const review = requireReview(db, params.reviewId);
  const formData = await request.formData();
  const expectedVersion = Number(formData.get("version"));
  const upload = await readAnswersUpload(formData, { vendorIds: listVendors(db).map((v) => v.id) });
  if (!upload.ok)
    return data({ problems: upload.problems, pasted: upload.pasted, version: expectedVersion }, { status: 400 });
  const result = replaceReviewAnswers(db, review.id, {
    expectedVersion,
    answers: upload.answers,
    by: actorFrom(context),
  });
  if (result.ok) return redirect(`${stepPath(review.id, firstIncompleteStep(result.review.answers))}?imported`);
  const pasted = String(formData.get("answersText") ?? "");
  if ("complete" in result) {
    return refused(
      {
        field: "review",
        message: "This review is complete, so its answers are not replaced. Start a new review from the file instead.",
      },
      pasted,
      expectedVersion,
    );
  }
  return refused(
    {
      field: "review",
      message:
        "This review was changed in another tab or by someone else since you opened this page. Nothing was replaced. Reload the page and try again.",
    },
    pasted,
    expectedVersion,
  );
}
