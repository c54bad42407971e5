// The catalog as files, end to end through the command line: the JSON view of a fresh database, export
// then import, a broken file refused with its file and line and nothing changed, a changed fact added as
// a version (once).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../app/cli/main.ts";
import { SHIPPED_CATALOG_DIR, parseCatalogFiles } from "../../app/catalog/catalog-files.server.ts";
import { listRecentEvents } from "../../app/models/audit.server.ts";
import { getDb } from "../../app/utils/db.server.ts";
import { SHIPPED_VENDOR_IDS } from "../support/shipped-vendors.ts";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-catalog-"));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readLine: async () => "" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

type CatalogJson = {
  vendors: {
    id: string;
    name: string;
    entities: { name: string; for: string[] }[];
    productLines: {
      line: string;
      names: string[];
      provisions: {
        key: string;
        aspect?: string;
        value: string;
        statement: string;
        standing: string;
        versions: number;
        sources: { title: string; publisher: string; url: string | null; kind: string; date: string | null }[];
      }[];
    }[];
  }[];
};

const catalogJson = async (): Promise<CatalogJson> => JSON.parse((await cli("catalog", "--json")).out);
const versionRows = () => (getDb().$client.prepare("select count(*) as n from provisions").get() as { n: number }).n;

// Each test on a database of its own, created (and seeded) by the command it runs.
let savedPath: string | undefined;
beforeEach(() => {
  savedPath = process.env.DATABASE_PATH;
  process.env.DATABASE_PATH = path.join(tmp(), "catalog.db");
});
afterEach(() => {
  process.env.DATABASE_PATH = savedPath;
});

describe("clausewise catalog --json on a fresh database", () => {
  it("lists the thirteen vendors, every current provision with a standing and sources, and no seed id", async () => {
    const result = await cli("catalog", "--json");
    expect(result.code).toBe(0);
    const catalog: CatalogJson = JSON.parse(result.out);
    expect(catalog.vendors.map((v) => v.id).sort()).toEqual(SHIPPED_VENDOR_IDS);
    const provisions = catalog.vendors.flatMap((v) => v.productLines.flatMap((l) => l.provisions));
    expect(provisions.length).toBeGreaterThanOrEqual(150);
    for (const p of provisions) {
      expect(["stated", "secondary", "conflict"]).toContain(p.standing);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        expect(s.title !== "" && s.publisher !== "").toBe(true);
        expect(["primary", "archive", "mirror", "secondary"]).toContain(s.kind);
        if (s.date !== null) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const sources = provisions.flatMap((p) => p.sources);
    expect(sources.filter((s) => s.url).length / sources.length).toBeGreaterThanOrEqual(0.9);
    expect(result.out).not.toMatch(/seed|\b00\d_[0-9a-f]{16}\b/i);
  });

  it("names the contracting entities and the vendor's own product names", async () => {
    const anthropic = (await catalogJson()).vendors.find((v) => v.id === "anthropic")!;
    expect(anthropic.entities).toContainEqual({
      name: "Anthropic Ireland, Limited",
      for: ["eea", "switzerland", "uk"],
    });
    expect(anthropic.productLines.find((l) => l.line === "api")!.names).toContain("Claude Developer Platform");
    const retention = anthropic.productLines
      .find((l) => l.line === "api")!
      .provisions.find((p) => p.key === "retention_days" && !p.aspect)!;
    expect(retention).toMatchObject({ value: "30", standing: "stated", versions: 2 });
  });
});

describe("clausewise catalog export and import", () => {
  it("export then import on a fresh database gives the same catalog, adding nothing", async () => {
    const dir = path.join(tmp(), "export");
    expect((await cli("catalog", "export", dir)).code).toBe(0);
    expect(fs.readdirSync(dir)).toHaveLength(13);
    const before = await catalogJson();

    process.env.DATABASE_PATH = path.join(tmp(), "fresh.db");
    const imported = await cli("catalog", "import", dir);
    expect(imported).toMatchObject({ code: 0, err: "" });
    expect(imported.out).toContain("Anthropic: 0 new versions");
    expect(await catalogJson()).toEqual(before);
    // Every exported file is itself a valid catalog file.
    const files = fs.readdirSync(dir).map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
    expect(parseCatalogFiles(files).ok).toBe(true);
  });

  it("refuses a file with an unknown key, naming the file and line, and changes nothing", async () => {
    await cli("catalog", "--json");
    const rows = versionRows();
    const dir = tmp();
    const text = fs
      .readFileSync(path.join(SHIPPED_CATALOG_DIR, "luma.yaml"), "utf8")
      .replace("  - line: api\n    key: ", "  - line: api\n    colour: blue\n    key: ");
    fs.writeFileSync(path.join(dir, "luma.yaml"), text);
    const line = text.split("\n").findIndex((l) => l.includes("colour: blue")) + 1;
    const result = await cli("catalog", "import", dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`luma.yaml:${line}:`);
    expect(result.err).toContain("colour");
    expect(result.err).toContain("Nothing was imported");
    expect(versionRows()).toBe(rows);
    expect(listRecentEvents(getDb(), "catalog.")).toEqual([]);
  });

  it("adds a changed fact as a new version, once, recorded in the audit trail", async () => {
    await cli("catalog", "--json");
    const dir = tmp();
    const file = fs
      .readFileSync(path.join(SHIPPED_CATALOG_DIR, "anthropic.yaml"), "utf8")
      .replace(
        "statement: API inputs and outputs are deleted from Anthropic’s backend within 30 days.",
        "statement: API inputs and outputs are deleted from Anthropic’s backend within 30 days of receipt.",
      );
    fs.writeFileSync(path.join(dir, "anthropic.yaml"), file);
    const first = await cli("catalog", "import", path.join(dir, "anthropic.yaml"));
    expect(first.out).toBe("Anthropic: 1 new version, 79 unchanged");
    const again = await cli("catalog", "import", path.join(dir, "anthropic.yaml"));
    expect(again.out).toBe("Anthropic: 0 new versions, 80 unchanged");
    const retention = (await catalogJson()).vendors
      .find((v) => v.id === "anthropic")!
      .productLines.find((l) => l.line === "api")!
      .provisions.find((p) => p.key === "retention_days" && !p.aspect)!;
    expect(retention).toMatchObject({ versions: 3, statement: expect.stringContaining("of receipt") });
    expect(listRecentEvents(getDb(), "catalog.")[0].what).toBe(
      "Imported a catalog file for Anthropic: 1 new version of its provisions",
    );
  });

  it("refuses a file named for another vendor, a vendor given twice, and a folder that does not exist", async () => {
    const dir = tmp();
    const luma = fs.readFileSync(path.join(SHIPPED_CATALOG_DIR, "luma.yaml"), "utf8");
    fs.writeFileSync(path.join(dir, "a.yaml"), luma);
    const misnamed = await cli("catalog", "import", dir);
    expect(misnamed.code).toBe(1);
    expect(misnamed.err).toContain('a.yaml:3: id "luma" does not match the file name "a"');
    const twice = parseCatalogFiles([
      { name: "luma.yaml", text: luma },
      { name: "pasted text", text: luma, nameMustMatch: false },
    ]);
    expect(twice).toMatchObject({
      ok: false,
      problems: [{ file: "pasted text", message: 'vendor "luma" is in luma.yaml already' }],
    });
    expect((await cli("catalog", "import", path.join(dir, "nope"))).err).toContain("does not exist");
  });
});
