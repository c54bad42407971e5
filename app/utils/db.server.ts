// The one database connection. SQLite in WAL mode with synchronous=FULL: these are legal records, so a
// save the user saw succeed must survive a power cut.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "../../db/schema.ts";
import { databasePath } from "./env.server.ts";
import { projectRoot } from "./project-root.server.ts";
import { StartupError } from "./startup-error.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

let current: { path: string; db: Db } | undefined;

/** Opens (creating and migrating as needed) the database at `file`. Start-up seeds it (startup.server.ts). */
export function openDatabase(file: string): Db {
  let sqlite: Database.Database;
  let tables: string[];
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new Database(file);
    tables = tablesOf(sqlite);
  } catch (error) {
    throw cannotUse(file, error);
  }
  // Before anything is written to it, not even the journal mode.
  refuseAnotherProgramsDatabase(sqlite, file, tables);
  try {
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    throw cannotUse(file, error);
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = FULL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: path.join(projectRoot(), "db/migrations") });
  return db;
}

function cannotUse(file: string, error: unknown): StartupError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StartupError(
    `DATABASE_PATH=${file} cannot be used: ${reason}. Set DATABASE_PATH to a writable file path.`,
  );
}

function tablesOf(sqlite: Database.Database): string[] {
  return sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
}

/**
 * An SQLite file with tables but no record of Clausewise's migrations belongs to another program: adding
 * Clausewise's tables to it would damage that program's data, so start-up stops, changing nothing.
 */
function refuseAnotherProgramsDatabase(sqlite: Database.Database, file: string, tables: string[]): void {
  if (tables.length === 0 || tables.includes("__drizzle_migrations")) return;
  sqlite.close();
  const shown = tables.slice(0, 3).join(", ") + (tables.length > 3 ? ` and ${tables.length - 3} more` : "");
  throw new StartupError(
    `DATABASE_PATH=${file} belongs to another program (its tables: ${shown}; none of Clausewise's), so it was left untouched. Set DATABASE_PATH to a new file or to Clausewise's own database.`,
  );
}

/** The app's connection, opened on first use at DATABASE_PATH. */
export function getDb(): Db {
  const file = databasePath();
  if (!current || current.path !== file) {
    current = { path: file, db: openDatabase(file) };
  }
  return current.db;
}

/** Closes the connection (tests and the command line, so the process can exit cleanly). */
export function closeDb(): void {
  current?.db.$client.close();
  current = undefined;
}

/**
 * Runs `work` in one write transaction. BEGIN IMMEDIATE takes the write lock up front, so two saves
 * never interleave; `work` must be synchronous (better-sqlite3 commits at the first await).
 */
export function writeTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.$client.transaction(() => work(db)).immediate();
}
