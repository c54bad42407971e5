// /reviews/:reviewId/questions.xlsx: the vendor questionnaire as a workbook, for the review's current
// answers. Generated and recorded the first time these answers and this clause library are asked for;
// later downloads return the recorded file, byte for byte.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { packResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { downloadCurrentDocument } from "../use-cases/packs/download-pack.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(async ({ params, context }: LoaderFunctionArgs) =>
  packResponse(await downloadCurrentDocument(getDb(), params.reviewId, "questionnaire-xlsx", actorFrom(context))),
);
