// Each vitest worker gets its own SQLite file, and any console.error fails the test that printed it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, vi } from "vitest";

const worker = process.env.VITEST_POOL_ID ?? "0";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clausewise-test-${worker}-`));
process.env.DATABASE_PATH ??= path.join(dir, "test.db");
// As start-up would: the shipped catalog in the worker's database (idempotent, so once per file is cheap).
const { prepareDatabase } = await import("../../app/startup.server.ts");
const { getDb } = await import("../../app/utils/db.server.ts");
prepareDatabase(getDb());

let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called: ${errors.map((a) => a.map(String).join(" ")).join("\n")}`);
  }
});
