// /reviews/:reviewId/packs/:packId.xlsx: a workbook generated earlier (the vendor questionnaire), exactly as it was recorded.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { packResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { downloadRecordedPack } from "../use-cases/packs/download-pack.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(({ params }: LoaderFunctionArgs) =>
  packResponse(downloadRecordedPack(getDb(), params.reviewId, params.packId, "xlsx")),
);
