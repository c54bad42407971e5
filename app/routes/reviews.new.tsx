// /reviews/new: start a blank review, or start from an answers file.
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { startReviewFromForm } from "../use-cases/reviews/start-review.server.ts";
import { getDb } from "../utils/db.server.ts";
import { useActionData } from "@remix-run/react";
import { StartReviewChoices } from "../components/start-review-choices.tsx";

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await startReviewFromForm(getDb(), await request.formData(), actorFrom(context)));

export const meta: MetaFunction = () => [{ title: "Start a review · Clausewise" }];

export default function NewReviewPage() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>Start a review</h1>
      <p className="lede">
        A review covers one vendor and one product line. It takes ten short steps; every step is saved as you go, so you
        can stop at any point and continue later from the Reviews list, on any browser.
      </p>
      <StartReviewChoices refused={actionData} />
    </>
  );
}
