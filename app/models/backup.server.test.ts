import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestUser, testContext } from "../../tests/support/test-context.ts";
import { loader as backupDownload } from "../routes/admin.backup[.]db.ts";
import { openDatabase } from "../utils/db.server.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { listRecentEvents } from "./audit.server.ts";
import { backupDatabase, backupFileName } from "./backup.server.ts";
import { takeBackup } from "../use-cases/admin/take-backup.server.ts";
import { getReview } from "./review.server.ts";
import { startReview } from "../use-cases/reviews/answers.server.ts";

/** The temporary folders backups are written to (this test file's own folders are named differently). */
const backupDirs = () =>
  fs
    .readdirSync(os.tmpdir())
    .filter((name) => name.startsWith("clausewise-backup-") && !name.startsWith("clausewise-backup-test-"))
    .sort();
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-backup-test-"));

describe("backups", () => {
  it("copy every review, account and audit event, and the copy opens as the app's database (a restore)", async () => {
    const db = freshDb();
    const user = createTestUser("procurement", db);
    const review = startReview(db, { buyerName: "Backed Up Ltd" }, { by: { id: user.id, name: user.name } });
    const file = path.join(tmp(), "copy.db");
    const { bytes } = await backupDatabase(db, file);
    expect(bytes).toBe(fs.statSync(file).size);

    const restored = openDatabase(file);
    expect(getReview(restored, review.id)?.buyerName).toBe("Backed Up Ltd");
    const count = (d: typeof db, table: string) =>
      (d.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    for (const table of ["users", "reviews", "audit_events", "provisions"]) {
      expect(count(restored, table), table).toBe(count(db, table));
    }
    restored.$client.close();
  });

  it("are recorded in the audit trail with who took them, and the temporary file goes when done", async () => {
    const db = freshDb();
    const admin = createTestUser("admin", db);
    const backup = await takeBackup(db, { id: admin.id, name: admin.name }, new Date("2026-11-23T12:04:30Z"));
    expect(backup.name).toBe("clausewise-backup-2026-11-23T1204Z.db");
    expect(fs.readFileSync(backup.file).subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    expect(listRecentEvents(db, "backup.")[0]).toMatchObject({
      action: "backup.taken",
      actor: admin.name,
      what: expect.stringMatching(/^Downloaded a backup of the database \(\d+ kB\)$/),
    });
    backup.done();
    expect(fs.existsSync(backup.file)).toBe(false);
  });

  it("download as an attachment that is never cached, and leave no file behind", async () => {
    const admin = createTestUser("admin");
    const before = backupDirs();
    const response = await backupDownload({
      request: new Request("http://localhost/admin/backup.db"),
      params: {},
      context: testContext(admin),
    });
    expect(response.headers.get("Content-Type")).toBe("application/vnd.sqlite3");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="clausewise-backup-.*Z\.db"/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.byteLength).toBe(Number(response.headers.get("Content-Length")));
    const copy = path.join(tmp(), "downloaded.db");
    fs.writeFileSync(copy, body);
    const opened = new Database(copy, { readonly: true });
    expect(opened.pragma("quick_check", { simple: true })).toBe("ok");
    opened.close();
    // The temporary copy is removed once the stream has been read.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backupDirs()).toEqual(before);
  });

  it("are named by the minute they were taken", () => {
    expect(backupFileName(new Date("2026-01-02T03:04:59Z"))).toBe("clausewise-backup-2026-01-02T0304Z.db");
  });
});
