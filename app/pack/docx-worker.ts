// The worker thread that renders a review's documents for the running server, so the synchronous part
// of the docx library (tens of milliseconds a document) never blocks other requests. Bundled to
// build/docx-worker.mjs by scripts/build-worker.mjs.
import { parentPort } from "node:worker_threads";
import type { DocumentKind } from "./document-kinds.ts";
import { renderDocument } from "./documents.server.ts";
import type { ClausePack } from "./model.ts";

parentPort!.on("message", async ({ id, kind, pack }: { id: number; kind: DocumentKind; pack: ClausePack }) => {
  try {
    parentPort!.postMessage({ id, result: await renderDocument(kind, pack) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
