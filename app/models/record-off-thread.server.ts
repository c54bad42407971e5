/**
 * Records a generated document on a worker thread with its own database connection when running as the
 * built server. The commit waits for the disk (synchronous=FULL: a document handed out is on record even
 * after a power cut), and better-sqlite3 waits synchronously, which on a slow disk held every other
 * request for up to a fifth of a second. Under the command line and the tests it records in-process.
 */
import type { Actor } from "../audit/events.ts";
import type { Db } from "../utils/db.server.ts";
import { databasePath } from "../utils/env.server.ts";
import { builtWorkerFile, workerCall } from "../utils/worker-client.server.ts";
import { recordPack, type NewPack, type PackRecord } from "./pack.server.ts";

type Recorded = { record: PackRecord; file: Uint8Array; created: boolean };
let record: ((request: { values: NewPack; by: Actor | null }) => Promise<Recorded>) | null = null;

/** `db` is the app's database (DATABASE_PATH); the worker opens its own connection to it. */
export async function recordPackOffThread(
  db: Db,
  values: NewPack,
  by: Actor | null,
): Promise<{ record: PackRecord; file: Buffer; created: boolean }> {
  const file = builtWorkerFile("pack-writer.mjs");
  if (!file) return recordPack(db, values, by);
  record ??= workerCall(file, { workerData: { databasePath: databasePath() }, what: "The pack recorder" });
  const recorded = await record({ values, by });
  return { ...recorded, file: Buffer.from(recorded.file.buffer, recorded.file.byteOffset, recorded.file.byteLength) };
}
