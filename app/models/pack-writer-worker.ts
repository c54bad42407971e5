// The worker thread that records generated documents for the running server, on its own connection to
// the same database, so the commit's wait for the disk never blocks other requests
// (record-off-thread.server.ts). Bundled to build/pack-writer.mjs by scripts/build-worker.mjs.
import { parentPort, workerData } from "node:worker_threads";
import type { Actor } from "../audit/events.ts";
import { openDatabase } from "../utils/db.server.ts";
import { recordPack, type NewPack } from "./pack.server.ts";

const db = openDatabase((workerData as { databasePath: string }).databasePath);

parentPort!.on("message", ({ id, values, by }: { id: number; values: NewPack; by: Actor | null }) => {
  try {
    // A Buffer posted to a thread arrives as a plain Uint8Array.
    const result = recordPack(db, { ...values, file: Buffer.from(values.file) }, by);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
