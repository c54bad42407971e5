/**
 * Renders a review's documents on a worker thread when running as the built server, so pack generation never
 * holds up other requests (the docx library works synchronously for tens of milliseconds a pack).
 * Under the command line and the tests, where the sources run directly, it renders in-process: the
 * worker bundle is built with the app and would not match edited sources.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { projectRoot } from "../utils/project-root.server.ts";
import type { DocumentKind } from "./document-kinds.ts";
import { renderDocument } from "./documents.server.ts";
import type { ClausePack } from "./model.ts";

type Pending = { resolve: (docx: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function runningFromBuild(): boolean {
  return fileURLToPath(import.meta.url).includes(`${path.sep}build${path.sep}server${path.sep}`);
}

function workerFile(): string | null {
  if (!runningFromBuild()) return null;
  const file = path.join(projectRoot(), "build", "docx-worker.mjs");
  return fs.existsSync(file) ? file : null;
}

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = null;
}

function getWorker(file: string): Worker {
  if (worker) return worker;
  const created = new Worker(file);
  created.on("message", (message: { id: number; docx?: Uint8Array; error?: string }) => {
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (message.docx) p.resolve(Buffer.from(message.docx.buffer, message.docx.byteOffset, message.docx.byteLength));
    else p.reject(new Error(message.error ?? "The pack could not be rendered."));
  });
  created.on("error", (error) => failAll(error));
  created.on("exit", (code) => failAll(new Error(`The pack renderer stopped (exit code ${code}).`)));
  // Idle workers must not keep the process alive (e.g. at shutdown).
  created.unref();
  worker = created;
  return created;
}

export function renderDocumentOffThread(kind: DocumentKind, pack: ClausePack): Promise<Buffer> {
  const file = workerFile();
  if (!file) return renderDocument(kind, pack);
  const w = getWorker(file);
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, kind, pack });
  });
}
