import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { prepareDatabase } from "../startup.server.ts";
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

  it("refuses another program's SQLite file with one line, and leaves it exactly as it was", () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const other = new Database(file);
    other.exec("create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5);");
    other.exec("create table customers (id integer primary key)");
    other.close();
    const before = fs.readFileSync(file);
    let thrown: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StartupError);
    expect((thrown as Error).message).toBe(
      `DATABASE_PATH=${file} belongs to another program (its tables: customers, invoices; none of Clausewise's), so it was left untouched. Set DATABASE_PATH to a new file or to Clausewise's own database.`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it("refuses a file that is not a database at all", () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "just some notes, not a database\n".repeat(200));
    expect(() => openDatabase(file)).toThrow(/^DATABASE_PATH=.* cannot be used: file is not a database\./);
  });

  it("recreates a deleted database, and start-up fills it with the whole catalog", () => {
    const file = tempFile();
    prepareDatabase(openDatabase(file)).$client.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    const db = prepareDatabase(openDatabase(file));
    const vendors = db.$client.prepare("select count(*) as n from vendors").get() as { n: number };
    expect(vendors.n).toBe(13);
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
