// /reviews/new/context: the first step of a review not saved yet. Its first valid save creates the review.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { WizardStep } from "../components/wizard-step.tsx";

import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { startReviewFromFirstStep } from "../use-cases/reviews/start-review.server.ts";
import { newReviewStepPage } from "../use-cases/reviews/step-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => newReviewStepPage(getDb(), new URL(request.url));

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(startReviewFromFirstStep(getDb(), await request.formData(), actorFrom(context)));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.step.title} · New review · Clausewise` : "New review · Clausewise" },
];

export default function NewReviewStepPage() {
  return <WizardStep data={useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
