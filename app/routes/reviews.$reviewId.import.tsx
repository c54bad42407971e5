// /reviews/:reviewId/import: replace a draft's answers with those of an answers file.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { importAnswers, importPage } from "../use-cases/reviews/import-answers.server.ts";
import { getDb } from "../utils/db.server.ts";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { reviewPath } from "../wizard/paths.ts";
import { ReplaceAnswers } from "../components/replace-answers.tsx";

export const loader = ({ params }: LoaderFunctionArgs) => importPage(getDb(), params.reviewId);

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(await importAnswers(getDb(), params.reviewId, await request.formData(), actorFrom(context)));

export const meta: MetaFunction = () => [{ title: "Replace the answers · Clausewise" }];

export default function ImportPage() {
  const { review } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="narrow">
      <p className="wizard__review">
        <Link to={reviewPath(review.id)}>← Back to the review for {review.buyerName ?? "a new buyer"}</Link>
      </p>
      <h1>Replace the answers with a file</h1>
      <ReplaceAnswers review={review} refused={actionData} />
    </div>
  );
}
