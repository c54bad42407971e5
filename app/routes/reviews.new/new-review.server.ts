// Starting a review: a blank one, or one from an answers file. Creating happens only on POST.
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../../auth/actor.server.ts";
import { listVendors } from "../../models/catalog.server.ts";
import { startReview } from "../../use-cases/reviews/answers.server.ts";
import { firstIncompleteStep } from "../../questionnaire/flow.ts";
import { getDb } from "../../utils/db.server.ts";
import { readAnswersUpload } from "../../wizard/answers-upload.ts";
import { stepPath } from "../../wizard/paths.ts";

export async function action({ request, context }: ActionFunctionArgs) {
  const db = getDb();
  const by = actorFrom(context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "create") {
    const review = startReview(db, {}, { by });
    return redirect(stepPath(review.id, "context"));
  }
  if (intent === "import") {
    const upload = await readAnswersUpload(formData, { vendorIds: listVendors(db).map((v) => v.id) });
    if (!upload.ok) return data({ problems: upload.problems, pasted: upload.pasted }, { status: 400 });
    const review = startReview(db, upload.answers, { by, source: "answersFile" });
    return redirect(`${stepPath(review.id, firstIncompleteStep(review.answers))}?imported`);
  }
  return data(
    { problems: [{ field: "intent", message: "Choose Start a new review, or Start from this file." }], pasted: "" },
    { status: 400 },
  );
}
