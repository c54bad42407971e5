import { describe, expect, it } from "vitest";
import { SEED_PROVISIONS, SEED_VENDORS } from "../../db/seed/catalog.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { currentProvisions, listCatalog, provisionHistory, recordProvision, seedCatalog } from "./catalog.server.ts";

function rowCounts(db: ReturnType<typeof freshDb>) {
  const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { vendors: count("vendors"), lines: count("product_lines"), provisions: count("provisions") };
}

describe("the vendor catalog seed", () => {
  it("holds every vendor, product line and provision of the seed catalog", () => {
    const db = freshDb();
    const catalog = listCatalog(db);
    expect(catalog.map((v) => v.id).sort()).toEqual(["anthropic", "google", "luma", "microsoft", "openai", "writer"]);
    const anthropic = catalog.find((v) => v.id === "anthropic")!;
    expect(anthropic.productLines.map((l) => l.line)).toEqual(["api", "business", "consumer", "marketplace"]);
    // The marketplace line is all unknown: every key listed, none with a current provision.
    const marketplace = anthropic.productLines.find((l) => l.line === "marketplace")!;
    expect(marketplace.provisions.every((p) => p.current === null)).toBe(true);
    expect(rowCounts(db).provisions).toBe(SEED_PROVISIONS.length);
    // Every provision carries a source title and, where the source gives one, a date.
    for (const p of currentProvisions(db, "anthropic")) expect(p.sourceTitle).not.toBe("");
    db.$client.close();
  });

  it("is idempotent: seeding again changes nothing", () => {
    const db = freshDb();
    const before = rowCounts(db);
    expect(seedCatalog(db)).toBe(0);
    expect(rowCounts(db)).toEqual(before);
    db.$client.close();
  });

  it("keeps the two versions of a provision that changed, the newer one current", () => {
    const db = freshDb();
    const history = provisionHistory(db, "openai", "api", "retention");
    expect(history.map((h) => [h.version, h.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history[0].statement).toContain("reasonably necessary");
    expect(currentProvisions(db, "openai").filter((p) => p.key === "retention")).toHaveLength(1);
    db.$client.close();
  });

  it("adds a changed seed entry as a new version and never rewrites history", () => {
    const db = freshDb();
    const changed = SEED_PROVISIONS.map((p) =>
      p.vendorId === "anthropic" && p.productLine === "api" && p.key === "audit_right"
        ? {
            ...p,
            value: "reports",
            statement: "Third-party audit reports are provided on request.",
            checkedOn: "2026-11-01",
          }
        : p,
    );
    expect(seedCatalog(db, { vendors: SEED_VENDORS, provisions: changed })).toBe(1);
    const history = provisionHistory(db, "anthropic", "api", "audit_right");
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ version: 2, value: "reports", current: true });
    expect(history[1]).toMatchObject({ version: 1, value: "none", current: false });
    // A restart with the same changed seed adds nothing more.
    expect(seedCatalog(db, { vendors: SEED_VENDORS, provisions: changed })).toBe(0);
    db.$client.close();
  });

  it("does not let a restart overwrite a reviewer's newer version with the old seed", () => {
    const db = freshDb();
    recordProvision(
      db,
      { vendorId: "anthropic", productLine: "api", key: "audit_right" },
      {
        value: "reports",
        statement: "SOC 2 report available under NDA.",
        sourceTitle: "Vendor letter",
        checkedOn: "2026-11-20",
      },
      { kind: "user" },
    );
    expect(seedCatalog(db)).toBe(0);
    const current = currentProvisions(db, "anthropic").find((p) => p.key === "audit_right");
    expect(current).toMatchObject({ value: "reports", version: 2 });
    db.$client.close();
  });
});
