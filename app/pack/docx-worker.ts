// The worker thread that renders clause packs to .docx for the running server, so the synchronous part
// of the docx library (tens of milliseconds a pack) never blocks other requests. Bundled to
// build/docx-worker.mjs by scripts/build-worker.mjs.
import { parentPort } from "node:worker_threads";
import { renderPackDocx } from "./docx.server.ts";
import type { ClausePack } from "./model.ts";

parentPort!.on("message", async ({ id, pack }: { id: number; pack: ClausePack }) => {
  try {
    const docx = await renderPackDocx(pack);
    parentPort!.postMessage({ id, docx });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
