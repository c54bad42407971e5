// One step of the questionnaire: /reviews/:reviewId/:stepId. The page and its form; saving is saveStep.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { MetaFunction, ShouldRevalidateFunction } from "@remix-run/react";
import { useActionData, useLoaderData } from "@remix-run/react";

import { WizardStep } from "../components/wizard-step.tsx";

import { actorFrom } from "../auth/actor.server.ts";
import { respond } from "../http/outcome.ts";
import { saveStep } from "../use-cases/reviews/save-step.server.ts";
import { stepPage } from "../use-cases/reviews/step-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  stepPage(getDb(), params.reviewId, params.stepId, new URL(request.url));

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(saveStep(getDb(), params.reviewId, params.stepId, await request.formData(), actorFrom(context)));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? `${data.step.title} · ${data.review.buyerName ?? "New review"} · Clausewise` : "Review · Clausewise",
  },
];

// After a refused save (409) the page must keep the version it was built from: reloading it quietly
// would let the next save overwrite what the other tab saved, unseen.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  (actionResult as { kind?: string } | undefined)?.kind === "conflict" ? false : defaultShouldRevalidate;

export default function StepPage() {
  return <WizardStep data={useLoaderData<typeof loader>()} actionData={useActionData<typeof action>()} />;
}
