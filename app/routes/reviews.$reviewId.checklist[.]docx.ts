// /reviews/:reviewId/checklist.docx: the reconfirmation checklist as a Word document, made on request.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { docxResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { checklistDocx } from "../use-cases/negotiation/reconfirmation.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(async ({ params, context }: LoaderFunctionArgs) => {
  const result = await checklistDocx(getDb(), params.reviewId, actorFrom(context)?.name ?? "Clausewise");
  if ("refused" in result) throw data(result.refused, { status: 409 });
  return docxResponse(result);
});
