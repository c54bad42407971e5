/**
 * A worker thread of the built server, called like a function: each request is posted with an id and its
 * promise settles when the worker answers that id. The worker files are bundled next to the server build
 * (scripts/build-worker.mjs); under the command line and the tests, where the sources run directly,
 * there is none, and callers do the work in-process (a bundle would not match edited sources).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { projectRoot } from "./project-root.server.ts";

/** What a worker posts back: `{ id, result }`, or `{ id, error }` with the error's message. */
export type WorkerReply<T> = { id: number; result?: T; error?: string };

function runningFromBuild(): boolean {
  return fileURLToPath(import.meta.url).includes(`${path.sep}build${path.sep}server${path.sep}`);
}

/** `build/<name>` when running as the built server and the file is there; null otherwise. */
export function builtWorkerFile(name: string): string | null {
  if (!runningFromBuild()) return null;
  const file = path.join(projectRoot(), "build", name);
  return fs.existsSync(file) ? file : null;
}

/** A function that sends `request` to the worker in `file` (started on first call) and awaits its reply. */
export function workerCall<Request extends object, Result>(
  file: string,
  options: { workerData?: unknown; what: string },
): (request: Request) => Promise<Result> {
  type Pending = { resolve: (result: Result) => void; reject: (error: Error) => void };
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };
  const start = (): Worker => {
    const created = new Worker(file, { workerData: options.workerData });
    created.on("message", (reply: WorkerReply<Result>) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.error === undefined) p.resolve(reply.result as Result);
      else p.reject(new Error(reply.error || `${options.what} failed.`));
    });
    created.on("error", (error) => failAll(error));
    created.on("exit", (code) => failAll(new Error(`${options.what} stopped (exit code ${code}).`)));
    // An idle worker must not keep the process alive (e.g. at shutdown).
    created.unref();
    return created;
  };
  return (request) => {
    worker ??= start();
    const id = nextId++;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.postMessage({ id, ...request });
    });
  };
}
