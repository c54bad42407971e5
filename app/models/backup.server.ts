// Backups: a consistent copy of the whole database, taken while the app runs. SQLite's online backup
// copies page by page and restarts if a write lands meanwhile, so the copy is one moment's state, not a
// torn file (copying clausewise.db by hand while the app writes, without its -wal file, can lose saves).
import Database from "better-sqlite3";
import fs from "node:fs";
import type { Db } from "../utils/db.server.ts";

export class BackupError extends Error {}

/** Writes a copy of the database to `destination` and checks that the copy opens and is intact. */
export async function backupDatabase(db: Db, destination: string): Promise<{ bytes: number }> {
  await db.$client.backup(destination);
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`The backup copy failed SQLite's check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { bytes: fs.statSync(destination).size };
}

/** `clausewise-backup-2026-11-23T1204Z.db`: sorts by time, and every file system accepts it. */
export function backupFileName(now = new Date()): string {
  return `clausewise-backup-${now.toISOString().slice(0, 16).replace(":", "")}Z.db`;
}
