import { describe, expect, it } from "vitest";
import { shippedCatalog } from "../catalog/catalog-files.server.ts";
import { versionChains } from "../catalog/catalog-versions.ts";
import type { CatalogFileVendor } from "../catalog/catalog-file.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { testSource } from "../../tests/support/test-provisions.ts";
import { currentProvisions, listCatalog, provisionHistory, recordProvision, seedCatalog } from "./catalog.server.ts";
import { SHIPPED_VENDOR_IDS } from "../../tests/support/shipped-vendors.ts";

function rowCounts(db: ReturnType<typeof freshDb>) {
  const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { vendors: count("vendors"), lines: count("product_lines"), provisions: count("provisions") };
}

const VENDOR_IDS = SHIPPED_VENDOR_IDS;

/** The shipped files with one provision of one vendor changed (a copy: the shipped list is not touched). */
function withChange(
  change: (p: CatalogFileVendor["provisions"][number]) => CatalogFileVendor["provisions"][number],
): CatalogFileVendor[] {
  return shippedCatalog().map((v) => (v.id === "anthropic" ? { ...v, provisions: v.provisions.map(change) } : v));
}

const isAuditRight = (p: CatalogFileVendor["provisions"][number]) =>
  p.line === "api" && p.key === "audit_right" && p.aspect === undefined;

describe("the vendor catalog seed", () => {
  it("holds every vendor, product line and version of the shipped catalog files", () => {
    const db = freshDb();
    const catalog = listCatalog(db);
    expect(catalog.map((v) => v.id).sort()).toEqual(VENDOR_IDS);
    const anthropic = catalog.find((v) => v.id === "anthropic")!;
    expect(anthropic.productLines.map((l) => l.line)).toEqual(["api", "business", "consumer", "marketplace"]);
    const versions = shippedCatalog().reduce((n, v) => n + versionChains(v).flat().length, 0);
    expect(rowCounts(db).provisions).toBe(versions);
    // Every provision carries its sources, each with a title and a publisher, and a standing.
    for (const p of currentProvisions(db, "anthropic")) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.title !== "" && s.publisher !== "").toBe(true);
      expect(["stated", "secondary", "conflict"]).toContain(p.standing);
    }
    db.$client.close();
  });

  it("is idempotent: seeding again changes nothing", () => {
    const db = freshDb();
    const before = rowCounts(db);
    expect(seedCatalog(db)).toBe(0);
    expect(rowCounts(db)).toEqual(before);
    db.$client.close();
  });

  it("keeps the dated versions of a provision that changed, the newer one current", () => {
    const db = freshDb();
    const history = provisionHistory(db, "anthropic", "api", "retention_days");
    expect(history.map((h) => [h.version, h.current, h.value])).toEqual([
      [2, true, "30"],
      [1, false, "28"],
    ]);
    expect(
      currentProvisions(db, "anthropic").filter((p) => p.key === "retention_days" && p.aspect === ""),
    ).toHaveLength(1);
    db.$client.close();
  });

  it("adds a changed file entry as a new version and never rewrites history", () => {
    const db = freshDb();
    const [before] = provisionHistory(db, "anthropic", "api", "audit_right");
    const changed = withChange((p) =>
      isAuditRight(p)
        ? { ...p, statement: "Third-party audit reports are provided on request.", checkedOn: "2026-11-01" }
        : p,
    );
    expect(seedCatalog(db, changed)).toBe(1);
    const history = provisionHistory(db, "anthropic", "api", "audit_right");
    expect(history).toHaveLength(before.version + 1);
    expect(history[0]).toMatchObject({ version: before.version + 1, current: true });
    expect(history[1]).toMatchObject({ version: before.version, statement: before.statement, current: false });
    // A restart with the same changed file adds nothing more.
    expect(seedCatalog(db, changed)).toBe(0);
    db.$client.close();
  });

  it("does not let a restart overwrite a reviewer's newer version with the file's", () => {
    const db = freshDb();
    const [before] = provisionHistory(db, "anthropic", "api", "audit_right");
    recordProvision(
      db,
      { vendorId: "anthropic", productLine: "api", key: "audit_right" },
      {
        value: "reports",
        statement: "SOC 2 report available under NDA.",
        ...testSource("Vendor letter"),
        checkedOn: "2026-11-20",
      },
      { kind: "user" },
    );
    expect(seedCatalog(db)).toBe(0);
    const current = currentProvisions(db, "anthropic").find((p) => p.key === "audit_right" && p.aspect === "");
    expect(current).toMatchObject({ value: "reports", version: before.version + 1 });
    db.$client.close();
  });
});
