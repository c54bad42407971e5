// Taking a backup for the admin to download: the whole database, consistent while people work.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Actor } from "../../audit/events.ts";
import { listRecentEvents, recordEvent } from "../../models/audit.server.ts";
import { backupDatabase, backupFileName } from "../../models/backup.server.ts";
import { writeTransaction, type Db } from "../../utils/db.server.ts";
import { databasePath } from "../../utils/env.server.ts";

export interface Backup {
  file: string;
  name: string;
  bytes: number;
  /** Removes the temporary file; called once the download is sent or abandoned. */
  done: () => void;
}

/**
 * A backup for download: written to a file of its own in the temporary folder (removed by `done`), and
 * recorded in the audit trail as taken by `actor` — it holds every review, pack and account.
 */
export async function takeBackup(db: Db, actor: Actor | null, now = new Date()): Promise<Backup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-backup-"));
  const name = backupFileName(now);
  const file = path.join(dir, name);
  try {
    const { bytes } = await backupDatabase(db, file);
    writeTransaction(db, (tx) => recordEvent(tx, actor, "backup.taken", { bytes }));
    return { file, name, bytes, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The Backup page: where the database is, and the backups taken lately. */
export function backupPage(db: Db) {
  return { file: databasePath(), events: listRecentEvents(db, "backup.", 10) };
}
