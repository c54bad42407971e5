// Test support: a database of its own for a test (migrated and seeded, as start-up does), apart from the worker's shared one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../app/startup.server.ts";
import { openDatabase, type Db } from "../../app/utils/db.server.ts";

export function freshDb(): Db {
  return prepareDatabase(
    openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-test-db-")), "test.db")),
  );
}
