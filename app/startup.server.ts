// Start-up: what the server (through entry.server's `startup`) and the command line do once, before any
// request or command. Opening the database only opens and migrates it; filling it with the shipped
// catalog is start-up's job, so the connection stays free of what the catalog holds.
import { loadClauseLibrary } from "./clauses/library.server.ts";
import { seedCatalog } from "./models/catalog.server.ts";
import { getDb, type Db } from "./utils/db.server.ts";
import { checkSettings } from "./utils/env.server.ts";

/** Adds the shipped catalog to `db` (idempotent: an unchanged seed adds nothing). */
export function prepareDatabase(db: Db): Db {
  seedCatalog(db);
  return db;
}

/**
 * Checks the settings, opens, migrates and seeds the database and loads the clause library, in the same
 * module instances the routes use, so a bad DATABASE_PATH, setting or clause file stops start-up with one
 * clear line.
 */
export function startup(): void {
  checkSettings();
  prepareDatabase(getDb());
  loadClauseLibrary();
}

let started: Db | undefined;

/** The app's database, prepared once per process (the command line's way in). */
export function startedDb(): Db {
  const db = getDb();
  if (started !== db) started = prepareDatabase(db);
  return db;
}
