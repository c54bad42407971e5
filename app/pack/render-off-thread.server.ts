/**
 * Renders a review's documents on a worker thread when running as the built server, so pack generation never
 * holds up other requests (the docx library works synchronously for tens of milliseconds a pack).
 * Under the command line and the tests it renders in-process (worker-client.server.ts).
 */
import { builtWorkerFile, workerCall } from "../utils/worker-client.server.ts";
import type { DocumentKind } from "./document-kinds.ts";
import { renderDocument } from "./documents.server.ts";
import type { ClausePack } from "./model.ts";

let render: ((request: { kind: DocumentKind; pack: ClausePack }) => Promise<Uint8Array>) | null = null;

export async function renderDocumentOffThread(kind: DocumentKind, pack: ClausePack): Promise<Buffer> {
  const file = builtWorkerFile("docx-worker.mjs");
  if (!file) return renderDocument(kind, pack);
  render ??= workerCall(file, { what: "The document renderer" });
  const bytes = await render({ kind, pack });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
