// Reading and writing the vendor catalog. Provisions are append-only: a change is a new version.
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { productLines, provisions, vendors } from "../../db/schema.ts";
import { SEED_PROVISIONS, SEED_VENDORS, type SeedProvision } from "../../db/seed/catalog.ts";
import { PROVISION_KEYS, type ProductLine, type ProvisionKey, type VendorProvision } from "../catalog/types.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

type ProvisionRow = typeof provisions.$inferSelect;

export type ProvisionInput = Omit<SeedProvision, "vendorId" | "productLine" | "key">;

function toVendorProvision(row: ProvisionRow): VendorProvision {
  return {
    vendorId: row.vendorId,
    productLine: row.productLine,
    key: row.key as ProvisionKey,
    value: row.value,
    statement: row.statement,
    condition: row.condition,
    excerpt: row.excerpt,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl,
    checkedOn: row.checkedOn,
    effectiveOn: row.effectiveOn,
    verified: row.verified,
    version: row.version,
  };
}

function seedHash(entry: SeedProvision): string {
  const { vendorId, productLine, key, ...content } = entry;
  const canonical = JSON.stringify([vendorId, productLine, key, Object.entries(content).sort()]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Adds a provision as the new current version of (vendor, product line, key) and marks the previous
 * current version as superseded by it. Runs inside the caller's transaction.
 */
export function recordProvision(
  db: Db,
  target: { vendorId: string; productLine: ProductLine; key: ProvisionKey },
  input: ProvisionInput,
  origin: { kind: "seed"; hash: string } | { kind: "user" },
): VendorProvision {
  const same = and(
    eq(provisions.vendorId, target.vendorId),
    eq(provisions.productLine, target.productLine),
    eq(provisions.key, target.key),
  );
  const latest = db.select().from(provisions).where(same).orderBy(desc(provisions.version)).limit(1).get();
  const row = db
    .insert(provisions)
    .values({
      ...target,
      version: (latest?.version ?? 0) + 1,
      value: input.value,
      statement: input.statement,
      condition: input.condition ?? "",
      excerpt: input.excerpt ?? "",
      sourceTitle: input.sourceTitle,
      sourceUrl: input.sourceUrl ?? null,
      checkedOn: input.checkedOn ?? null,
      effectiveOn: input.effectiveOn ?? null,
      verified: input.verified ?? true,
      origin: origin.kind,
      seedHash: origin.kind === "seed" ? origin.hash : null,
    })
    .returning()
    .get();
  if (latest) {
    db.update(provisions).set({ supersededBy: row.id }).where(eq(provisions.id, latest.id)).run();
  }
  return toVendorProvision(row);
}

/**
 * A person's new version of a provision (from the catalog page), recorded with its audit event in one
 * transaction. Null when the vendor has no such product line.
 */
export function recordProvisionChange(
  db: Db,
  actor: Actor,
  target: { vendorId: string; productLine: ProductLine; key: ProvisionKey },
  input: ProvisionInput,
): VendorProvision | null {
  return writeTransaction(db, (tx) => {
    const line = tx
      .select({ vendorName: vendors.name })
      .from(productLines)
      .innerJoin(vendors, eq(vendors.id, productLines.vendorId))
      .where(and(eq(productLines.vendorId, target.vendorId), eq(productLines.line, target.productLine)))
      .get();
    if (!line) return null;
    const provision = recordProvision(tx, target, input, { kind: "user" });
    recordEvent(tx, actor, "catalog.provision_recorded", { ...target, vendorName: line.vendorName, version: provision.version });
    return provision;
  });
}

/**
 * Brings the catalog up to date with db/seed/catalog.ts. Idempotent: a seed entry already applied (same
 * content hash) is skipped, so a restart changes nothing, and a reviewer's later version is never
 * overwritten by the seed it replaced. A changed seed entry becomes a new version; history is kept.
 */
export function seedCatalog(db: Db, seed = { vendors: SEED_VENDORS, provisions: SEED_PROVISIONS }): number {
  let added = 0;
  db.$client
    .transaction(() => {
      for (const vendor of seed.vendors) {
        db.insert(vendors)
          .values({ id: vendor.id, name: vendor.name })
          .onConflictDoUpdate({ target: vendors.id, set: { name: vendor.name } })
          .run();
        for (const [line, name] of Object.entries(vendor.productLines)) {
          db.insert(productLines)
            .values({ vendorId: vendor.id, line: line as ProductLine, name: name as string })
            .onConflictDoUpdate({ target: [productLines.vendorId, productLines.line], set: { name: name as string } })
            .run();
        }
      }
      for (const entry of seed.provisions) {
        const hash = seedHash(entry);
        if (db.select({ id: provisions.id }).from(provisions).where(eq(provisions.seedHash, hash)).get()) continue;
        const { vendorId, productLine, key, ...input } = entry;
        recordProvision(db, { vendorId, productLine, key }, input, { kind: "seed", hash });
        added += 1;
      }
    })
    .immediate();
  return added;
}

export type CatalogVersion = VendorProvision & { recordedAt: string; origin: "seed" | "user"; current: boolean };

function toCatalogVersion(row: ProvisionRow): CatalogVersion {
  return { ...toVendorProvision(row), recordedAt: row.recordedAt, origin: row.origin, current: row.supersededBy === null };
}

export interface CatalogProductLine {
  line: ProductLine;
  name: string;
  /** One entry per known provision key: the current version, or null when the catalog does not know. */
  provisions: { key: ProvisionKey; label: string; current: VendorProvision | null; history: CatalogVersion[] }[];
}

export interface CatalogVendor {
  id: string;
  name: string;
  productLines: CatalogProductLine[];
}

const LINE_ORDER: ProductLine[] = ["api", "business", "consumer", "marketplace"];

/** The whole catalog, vendors → product lines → every provision key, unknown ones included. */
export function listCatalog(db: Db): CatalogVendor[] {
  const allVendors = db.select().from(vendors).orderBy(asc(vendors.name)).all();
  const allLines = db.select().from(productLines).all();
  const allProvisions = db.select().from(provisions).all();
  return allVendors.map((vendor) => ({
    id: vendor.id,
    name: vendor.name,
    productLines: allLines
      .filter((l) => l.vendorId === vendor.id)
      .sort((a, b) => LINE_ORDER.indexOf(a.line) - LINE_ORDER.indexOf(b.line))
      .map((l) => {
        const rows = allProvisions.filter((p) => p.vendorId === vendor.id && p.productLine === l.line);
        return {
          line: l.line,
          name: l.name,
          provisions: (Object.keys(PROVISION_KEYS) as ProvisionKey[]).map((key) => {
            const history = rows.filter((p) => p.key === key).sort((a, b) => b.version - a.version);
            const current = history.find((p) => p.supersededBy === null);
            return {
              key,
              label: PROVISION_KEYS[key].label,
              current: current ? toVendorProvision(current) : null,
              history: history.map(toCatalogVersion),
            };
          }),
        };
      }),
  }));
}

const vendorIdQueries = new WeakMap<Db, { all: () => { id: string }[] }>();

/** The catalog's vendor ids: what answers are checked against, on every save (so prepared once per connection). */
export function listVendorIds(db: Db): string[] {
  let query = vendorIdQueries.get(db);
  if (!query) {
    query = db.select({ id: vendors.id }).from(vendors).prepare();
    vendorIdQueries.set(db, query);
  }
  return query.all().map((v) => v.id);
}

export function listVendors(db: Db): { id: string; name: string; productLines: ProductLine[] }[] {
  const lines = db.select().from(productLines).all();
  return db
    .select()
    .from(vendors)
    .orderBy(asc(vendors.name))
    .all()
    .map((v) => ({ id: v.id, name: v.name, productLines: lines.filter((l) => l.vendorId === v.id).map((l) => l.line) }));
}

/** The vendor's current provisions for every product line: what the rules read. */
export function currentProvisions(db: Db, vendorId: string): VendorProvision[] {
  return db
    .select()
    .from(provisions)
    .where(and(eq(provisions.vendorId, vendorId), isNull(provisions.supersededBy)))
    .all()
    .map(toVendorProvision);
}

/** Every version of one provision, newest first. */
export function provisionHistory(
  db: Db,
  vendorId: string,
  productLine: ProductLine,
  key: ProvisionKey,
): CatalogVersion[] {
  return db
    .select()
    .from(provisions)
    .where(and(eq(provisions.vendorId, vendorId), eq(provisions.productLine, productLine), eq(provisions.key, key)))
    .orderBy(desc(provisions.version))
    .all()
    .map(toCatalogVersion);
}

const vendorByIdQueries = new WeakMap<Db, { get: (params: { id: string }) => typeof vendors.$inferSelect | undefined }>();

/** One vendor, or null. Prepared once per connection: every save of a review names its vendor. */
export function getVendor(db: Db, vendorId: string) {
  let query = vendorByIdQueries.get(db);
  if (!query) {
    query = db.select().from(vendors).where(eq(vendors.id, sql.placeholder("id"))).prepare();
    vendorByIdQueries.set(db, query);
  }
  return query.get({ id: vendorId }) ?? null;
}
