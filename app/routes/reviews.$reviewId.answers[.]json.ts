// /reviews/:reviewId/answers.json: the review's answers file (the public format, version 1), as a download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { answersFileResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { exportAnswers } from "../use-cases/reviews/export-answers.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(({ params, context }: LoaderFunctionArgs) =>
  answersFileResponse(exportAnswers(getDb(), params.reviewId, actorFrom(context))),
);
