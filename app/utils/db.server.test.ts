import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db.server.ts";
import { StartupError } from "./startup-error.ts";

function tempFile(name = "db.sqlite") {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-db-")), "nested", "folder", name);
}

describe("openDatabase", () => {
  it("creates the folder and sets the durability pragmas", () => {
    const file = tempFile();
    const db = openDatabase(file);
    const client = db.$client;
    expect(fs.existsSync(file)).toBe(true);
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client.pragma("foreign_keys", { simple: true })).toBe(1);
    // 2 = FULL
    expect(client.pragma("synchronous", { simple: true })).toBe(2);
    expect(client.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
    client.close();
  });

  it("recreates a deleted database with the whole catalog", () => {
    const file = tempFile();
    openDatabase(file).$client.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    const db = openDatabase(file);
    const vendors = db.$client.prepare("select count(*) as n from vendors").get() as { n: number };
    expect(vendors.n).toBe(6);
    db.$client.close();
  });

  it("names DATABASE_PATH and the path when the file cannot be created", () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-db-")), "a-file");
    fs.writeFileSync(blocker, "not a folder");
    const file = path.join(blocker, "clausewise.db");
    expect(() => openDatabase(file)).toThrow(StartupError);
    expect(() => openDatabase(file)).toThrow(`DATABASE_PATH=${file} cannot be used`);
  });
});
