// The migrations as a database already in use meets them: each applies over the data of the ones before.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listedReviewDue } from "../app/renewal/due-date.ts";

const MIGRATIONS = path.resolve(import.meta.dirname, "migrations");

/** A copy of the migrations folder holding only those up to `lastTag`, as a database of that time had. */
function migrationsUpTo(lastTag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-migrations-"));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8"));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe("0008_review_list_columns", () => {
  it("fills the renewal owner and the re-review's due date of the reviews already stored, and indexes them", () => {
    const sqlite = new Database(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-0008-")), "old.db"));
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsUpTo("0006_review_documents") });
    const insert = sqlite.prepare(
      "INSERT INTO reviews (id, answers, status, renewal_date) VALUES (?, ?, 'complete', ?)",
    );
    const stored: [string, Record<string, unknown>][] = [
      ["with-lead", { renewalDate: "2027-03-31", reviewLeadDays: 90, renewalOwner: "Mette Sørensen" }],
      ["leap-year", { renewalDate: "2028-03-01", reviewLeadDays: 30 }],
      ["no-lead", { renewalDate: "2027-06-30", renewalOwner: "Ana" }],
      ["no-date", { buyerName: "Undated Ltd", reviewLeadDays: 60 }],
    ];
    for (const [id, answers] of stored) insert.run(id, JSON.stringify(answers), answers.renewalDate ?? null);

    migrate(db, { migrationsFolder: MIGRATIONS });
    const rows = sqlite.prepare("SELECT id, renewal_owner, review_due FROM reviews ORDER BY id").all();
    expect(rows).toEqual([
      { id: "leap-year", renewal_owner: null, review_due: "2028-01-31" },
      { id: "no-date", renewal_owner: null, review_due: null },
      { id: "no-lead", renewal_owner: "Ana", review_due: "2027-06-30" },
      { id: "with-lead", renewal_owner: "Mette Sørensen", review_due: "2026-12-31" },
    ]);
    // The same dates a save works out (app/renewal/due-date.ts).
    for (const [id, answers] of stored) {
      expect(rows.find((r) => (r as { id: string }).id === id)).toMatchObject({ review_due: listedReviewDue(answers) });
    }
    const indexes = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining(["reviews_updated", "reviews_due", "reviews_status_updated", "reviews_one_re_review"]),
    );
    sqlite.close();
  });
});
