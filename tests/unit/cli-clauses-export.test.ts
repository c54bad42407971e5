// `clausewise clauses export DIR` (issue 17, item 3): the library in force, house versions included, as
// template files that load cleanly with the app's version string. Its own database, so the house version
// recorded here reaches no other test of this worker.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../app/cli/main.ts";
import { loadClauseLibrary, readClauseLibraryFiles } from "../../app/clauses/library.server.ts";
import { currentLibrary } from "../../app/models/current-library.server.ts";
import { recordHouseVersion } from "../../app/models/house-clauses.server.ts";
import { startedDb } from "../../app/startup.server.ts";
import { closeDb, getDb } from "../../app/utils/db.server.ts";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-clauses-export-"));
const workerDatabase = process.env.DATABASE_PATH;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readLine: async () => "" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tmp(), "export.db");
});
afterAll(() => {
  closeDb();
  process.env.DATABASE_PATH = workerDatabase;
});

describe("clausewise clauses export", () => {
  it("writes the library with its house versions, loading with the same version; never overwrites", async () => {
    const shipped = readClauseLibraryFiles().find((f) => f.name === "acceptable-use.md")!.text;
    const house = shipped.replace(
      "## Negotiation note\n",
      "## Negotiation note\nRaise it first, as our house playbook says.\n\n",
    );
    expect(house).not.toBe(shipped);
    recordHouseVersion(startedDb(), null, {
      clauseId: "acceptable-use",
      clauseTitle: "Acceptable use",
      text: house,
      reason: "Playbook",
    });
    const version = currentLibrary(getDb()).version;
    expect(version).not.toBe(loadClauseLibrary().version);

    const dir = path.join(tmp(), "library");
    const result = await cli("clauses", "export", dir);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(`version ${version}`);
    expect(fs.readFileSync(path.join(dir, "acceptable-use.md"), "utf8")).toBe(house);
    expect(fs.existsSync(path.join(dir, "definitions.md"))).toBe(true);
    const exported = loadClauseLibrary(dir, { fresh: true });
    expect(exported.version).toBe(version);
    expect(exported.clauses).toHaveLength(loadClauseLibrary().clauses.length);

    const again = await cli("clauses", "export", dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exist already in .*: choose a new folder\.$/);
    expect(fs.readFileSync(path.join(dir, "acceptable-use.md"), "utf8")).toBe(house);

    const listed = await cli("clauses");
    expect(listed.out.split("\n")[0]).toContain(`Clause library ${version}`);
  });

  it("takes one DIR", async () => {
    expect((await cli("clauses", "export")).code).toBe(1);
  });
});
