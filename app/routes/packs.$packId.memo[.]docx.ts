// /packs/:packId/memo.docx: the memo of a hand-built pack, exactly as it was recorded when the pack was built.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { handPackDocumentResponse } from "../http/downloads.server.ts";
import { withPlainPageRefusals } from "../http/resource-route.server.ts";
import { downloadHandPackDocument } from "../use-cases/packs/hand-pack.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = withPlainPageRefusals(({ params }: LoaderFunctionArgs) =>
  handPackDocumentResponse(downloadHandPackDocument(getDb(), params.packId, "memo")),
);
