// Reading and writing the vendor catalog. Provisions are append-only: a change is a new version.
import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { productLines, provisions, vendors } from "../../db/schema.ts";
import type { ProvisionHistoryEntry } from "../rules/evaluate.ts";
import type { CatalogFileVendor, CatalogProductLine as CatalogProductLineFile } from "../catalog/catalog-file.ts";
import { shippedCatalog } from "../catalog/catalog-files.server.ts";
import { versionChains, type ProvisionVersionEntry, type StoredVendor } from "../catalog/catalog-versions.ts";
import {
  PRODUCT_LINE_LABELS,
  PROVISION_KEYS,
  type CatalogSource,
  type ProductLine,
  type ProvisionKey,
  type Standing,
  type VendorProvision,
} from "../catalog/types.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

type ProvisionRow = typeof provisions.$inferSelect;

/** What a new version of a provision says, and on what sources. */
export interface ProvisionInput {
  value: string;
  statement: string;
  condition?: string;
  /** At most a few words quoted from a source, without quotation marks. */
  excerpt?: string;
  sources: CatalogSource[];
  standing: Standing;
  checkedOn?: string | null;
  effectiveOn?: string | null;
}

export interface ProvisionTarget {
  vendorId: string;
  productLine: ProductLine;
  key: ProvisionKey;
  /** "" (the default) for the provision the rules read. */
  aspect?: string;
}

/** A stored source, with the nulls of older rows as absent fields. */
function storedSources(value: unknown): CatalogSource[] {
  if (!Array.isArray(value)) return [];
  return value.map(
    (s) =>
      Object.fromEntries(Object.entries(s as object).filter(([, v]) => v !== null && v !== undefined)) as CatalogSource,
  );
}

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
    aspect: row.aspect,
    standing: row.standing,
    sources: storedSources(row.sources),
    version: row.version,
  };
}

/** The hash that recognises a version already recorded, whatever file brought it. */
function versionHash(entry: ProvisionVersionEntry): string {
  const { vendorId, productLine, key, aspect, ...content } = entry;
  const canonical = JSON.stringify([vendorId, productLine, key, aspect, Object.entries(content).sort()]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Adds a provision as the new current version of (vendor, product line, key, aspect) and marks the
 * previous current version as superseded by it. Runs inside the caller's transaction.
 */
export function recordProvision(
  db: Db,
  target: ProvisionTarget,
  input: ProvisionInput,
  origin: { kind: "seed" | "import"; hash: string } | { kind: "user" },
): VendorProvision {
  const aspect = target.aspect ?? "";
  const same = and(
    eq(provisions.vendorId, target.vendorId),
    eq(provisions.productLine, target.productLine),
    eq(provisions.key, target.key),
    eq(provisions.aspect, aspect),
  );
  const latest = db.select().from(provisions).where(same).orderBy(desc(provisions.version)).limit(1).get();
  const first = input.sources[0];
  const row = db
    .insert(provisions)
    .values({
      vendorId: target.vendorId,
      productLine: target.productLine,
      key: target.key,
      aspect,
      version: (latest?.version ?? 0) + 1,
      value: input.value,
      statement: input.statement,
      condition: input.condition ?? "",
      excerpt: input.excerpt ?? "",
      sourceTitle: first?.title ?? "",
      sourceUrl: first?.url ?? null,
      checkedOn: input.checkedOn ?? null,
      effectiveOn: input.effectiveOn ?? null,
      verified: input.standing !== "secondary",
      standing: input.standing,
      sources: input.sources,
      origin: origin.kind,
      seedHash: origin.kind === "user" ? null : origin.hash,
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
    recordEvent(tx, actor, "catalog.provision_recorded", {
      ...target,
      vendorName: line.vendorName,
      version: provision.version,
    });
    return provision;
  });
}

/** The line's display name: the vendor's product names, or the vendor and the kind of line. */
function lineName(vendor: CatalogFileVendor, line: ProductLine, names: string[]): string {
  return names.length > 0 ? names.join(", ") : `${vendor.name} — ${PRODUCT_LINE_LABELS[line]}`;
}

export interface AppliedCatalogFile {
  vendorId: string;
  /** Versions recorded now. */
  added: number;
  /** Versions the catalog already held (same content), left as they were. */
  unchanged: number;
}

/**
 * Brings one vendor of the catalog up to date with a validated catalog file, inside the caller's
 * transaction. A version already recorded (same content hash) is skipped, so applying the same file again
 * changes nothing, and a reviewer's later version is never overwritten by the file version it replaced.
 * A changed fact becomes a new version; history is kept. An older version the file adds to a chain whose
 * later versions are recorded already is not inserted (versions are append-only: it would become current).
 */
export function applyCatalogFile(tx: Db, vendor: CatalogFileVendor, origin: "seed" | "import"): AppliedCatalogFile {
  tx.insert(vendors)
    .values({ id: vendor.id, name: vendor.name, entities: vendor.entities, sources: vendor.sources })
    .onConflictDoUpdate({
      target: vendors.id,
      set: { name: vendor.name, entities: vendor.entities, sources: vendor.sources },
    })
    .run();
  for (const [line, description] of Object.entries(vendor.productLines) as [ProductLine, CatalogProductLineFile][]) {
    const values = {
      name: lineName(vendor, line, description.names),
      names: description.names,
      note: description.note ?? "",
      sources: description.sources,
    };
    tx.insert(productLines)
      .values({ vendorId: vendor.id, line, ...values })
      .onConflictDoUpdate({ target: [productLines.vendorId, productLines.line], set: values })
      .run();
  }
  let added = 0;
  let unchanged = 0;
  for (const chain of versionChains(vendor)) {
    const hashes = chain.map(versionHash);
    const recorded = hashes.map(
      (hash) =>
        tx.select({ id: provisions.id }).from(provisions).where(eq(provisions.seedHash, hash)).get() !== undefined,
    );
    const lastRecorded = recorded.lastIndexOf(true);
    chain.forEach((entry, i) => {
      if (recorded[i] || i < lastRecorded) {
        unchanged += 1;
        return;
      }
      const { vendorId, productLine, key, aspect, quote, ...input } = entry;
      recordProvision(
        tx,
        { vendorId, productLine, key, aspect },
        { ...input, excerpt: quote },
        { kind: origin, hash: hashes[i] },
      );
      added += 1;
    });
  }
  return { vendorId: vendor.id, added, unchanged };
}

/** Seeds the shipped catalog files (start-up), in one transaction. Returns the versions added. */
export function seedCatalog(db: Db, files: CatalogFileVendor[] = shippedCatalog()): number {
  return writeTransaction(db, (tx) => files.reduce((n, vendor) => n + applyCatalogFile(tx, vendor, "seed").added, 0));
}

/**
 * Imports validated catalog files (in the app or on the command line) in one transaction, with one audit
 * event per vendor that changed.
 */
export function importCatalogFiles(db: Db, actor: Actor | null, files: CatalogFileVendor[]): AppliedCatalogFile[] {
  return writeTransaction(db, (tx) =>
    files.map((vendor) => {
      const applied = applyCatalogFile(tx, vendor, "import");
      if (applied.added > 0) {
        recordEvent(tx, actor, "catalog.file_imported", {
          vendorId: vendor.id,
          vendorName: vendor.name,
          added: applied.added,
        });
      }
      return applied;
    }),
  );
}

/** Every vendor as stored: entities, register, product lines and every provision's versions, for export. */
export function storedVendors(db: Db): StoredVendor[] {
  const allLines = db.select().from(productLines).all();
  const allProvisions = db.select().from(provisions).orderBy(asc(provisions.version)).all();
  return db
    .select()
    .from(vendors)
    .orderBy(asc(vendors.id))
    .all()
    .map((vendor) => {
      const chains = new Map<string, StoredVendor["chains"][number]>();
      for (const p of allProvisions) {
        if (p.vendorId !== vendor.id) continue;
        const id = `${p.productLine}:${p.key}:${p.aspect}`;
        const chain = chains.get(id) ?? [];
        chain.push({
          productLine: p.productLine,
          key: p.key as ProvisionKey,
          aspect: p.aspect,
          value: p.value,
          statement: p.statement,
          condition: p.condition,
          quote: p.excerpt,
          sources: storedSources(p.sources),
          standing: p.standing,
          effectiveOn: p.effectiveOn,
          checkedOn: p.checkedOn,
        });
        chains.set(id, chain);
      }
      return {
        id: vendor.id,
        name: vendor.name,
        entities: vendor.entities as CatalogFileVendor["entities"],
        register: storedSources(vendor.sources),
        productLines: allLines
          .filter((l) => l.vendorId === vendor.id)
          .map((l) => ({ line: l.line, names: l.names, note: l.note, sources: l.sources })),
        chains: [...chains.values()],
      };
    });
}

export type CatalogVersion = VendorProvision & {
  recordedAt: string;
  origin: "seed" | "import" | "user";
  current: boolean;
};

function toCatalogVersion(row: ProvisionRow): CatalogVersion {
  return {
    ...toVendorProvision(row),
    recordedAt: row.recordedAt,
    origin: row.origin,
    current: row.supersededBy === null,
  };
}

export interface CatalogProvisionEntry {
  key: ProvisionKey;
  /** "" for the provision the rules read; otherwise what this further fact is about. */
  aspect: string;
  label: string;
  /** The current version, or null when the catalog does not know. */
  current: VendorProvision | null;
  history: CatalogVersion[];
}

export interface CatalogProductLine {
  line: ProductLine;
  name: string;
  /** The vendor's own product names for the line. */
  names: string[];
  note: string;
  /** Every provision key (an unknown one with current null), each followed by its further facts (aspects). */
  provisions: CatalogProvisionEntry[];
}

export interface CatalogVendor {
  id: string;
  name: string;
  entities: CatalogFileVendor["entities"];
  productLines: CatalogProductLine[];
}

const LINE_ORDER: ProductLine[] = ["api", "business", "consumer", "marketplace"];

function entry(key: ProvisionKey, aspect: string, rows: ProvisionRow[]): CatalogProvisionEntry {
  const history = rows.sort((a, b) => b.version - a.version);
  const current = history.find((p) => p.supersededBy === null);
  return {
    key,
    aspect,
    label: PROVISION_KEYS[key].label,
    current: current ? toVendorProvision(current) : null,
    history: history.map(toCatalogVersion),
  };
}

/** The whole catalog, vendors → product lines → every provision key, unknown ones included. */
export function listCatalog(db: Db, options: { vendorId?: string } = {}): CatalogVendor[] {
  const only = options.vendorId;
  const allVendors = db
    .select()
    .from(vendors)
    .where(only ? eq(vendors.id, only) : undefined)
    .orderBy(asc(vendors.name))
    .all();
  const allLines = db
    .select()
    .from(productLines)
    .where(only ? eq(productLines.vendorId, only) : undefined)
    .all();
  const allProvisions = db
    .select()
    .from(provisions)
    .where(only ? eq(provisions.vendorId, only) : undefined)
    .all();
  return allVendors.map((vendor) => ({
    id: vendor.id,
    name: vendor.name,
    entities: vendor.entities as CatalogFileVendor["entities"],
    productLines: allLines
      .filter((l) => l.vendorId === vendor.id)
      .sort((a, b) => LINE_ORDER.indexOf(a.line) - LINE_ORDER.indexOf(b.line))
      .map((l) => {
        const rows = allProvisions.filter((p) => p.vendorId === vendor.id && p.productLine === l.line);
        return {
          line: l.line,
          name: l.name,
          names: l.names,
          note: l.note,
          provisions: (Object.keys(PROVISION_KEYS) as ProvisionKey[]).flatMap((key) => {
            const ofKey = rows.filter((p) => p.key === key);
            const aspects = [...new Set(ofKey.map((p) => p.aspect).filter((a) => a !== ""))].sort();
            return [
              entry(
                key,
                "",
                ofKey.filter((p) => p.aspect === ""),
              ),
              ...aspects.map((aspect) =>
                entry(
                  key,
                  aspect,
                  ofKey.filter((p) => p.aspect === aspect),
                ),
              ),
            ];
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
    .map((v) => ({
      id: v.id,
      name: v.name,
      productLines: lines.filter((l) => l.vendorId === v.id).map((l) => l.line),
    }));
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

/**
 * The vendor's provisions as the catalog held them at `at` (ISO 8601): every version recorded by then,
 * from which the rules read the latest of each, as they read the current ones today.
 */
export function provisionsAsOf(db: Db, vendorId: string, at: string): VendorProvision[] {
  return db
    .select()
    .from(provisions)
    .where(and(eq(provisions.vendorId, vendorId), lte(provisions.recordedAt, at)))
    .all()
    .map(toVendorProvision);
}

/** Every version of one provision, newest first. */
export function provisionHistory(
  db: Db,
  vendorId: string,
  productLine: ProductLine,
  key: ProvisionKey,
  aspect = "",
): CatalogVersion[] {
  return db
    .select()
    .from(provisions)
    .where(
      and(
        eq(provisions.vendorId, vendorId),
        eq(provisions.productLine, productLine),
        eq(provisions.key, key),
        eq(provisions.aspect, aspect),
      ),
    )
    .orderBy(desc(provisions.version))
    .all()
    .map(toCatalogVersion);
}

const vendorByIdQueries = new WeakMap<
  Db,
  { get: (params: { id: string }) => typeof vendors.$inferSelect | undefined }
>();

/** One vendor, or null. Prepared once per connection: every save of a review names its vendor. */
export function getVendor(db: Db, vendorId: string) {
  let query = vendorByIdQueries.get(db);
  if (!query) {
    query = db
      .select()
      .from(vendors)
      .where(eq(vendors.id, sql.placeholder("id")))
      .prepare();
    vendorByIdQueries.set(db, query);
  }
  return query.get({ id: vendorId }) ?? null;
}

const historyQueries = new WeakMap<Db, { all: (params: { vendorId: string }) => ProvisionHistoryEntry[] }>();

/** Every version of every provision the rules read (no aspect) of one vendor, oldest first. */
export function provisionHistoryOf(db: Db, vendorId: string): ProvisionHistoryEntry[] {
  let query = historyQueries.get(db);
  if (!query) {
    query = db
      .select({
        productLine: provisions.productLine,
        key: sql<ProvisionKey>`${provisions.key}`,
        version: provisions.version,
        statement: provisions.statement,
        effectiveOn: provisions.effectiveOn,
        recordedAt: provisions.recordedAt,
      })
      .from(provisions)
      .where(and(eq(provisions.vendorId, sql.placeholder("vendorId")), eq(provisions.aspect, "")))
      .orderBy(asc(provisions.version))
      .prepare();
    historyQueries.set(db, query);
  }
  return query.all({ vendorId });
}

/** A vendor's product lines with the first of its own names for each (null where it gives none). */
export function vendorLineNames(
  db: Db,
  vendorId: string,
): { line: ProductLine; name: string | null; names: string[] }[] {
  return db
    .select({ line: productLines.line, names: productLines.names })
    .from(productLines)
    .where(eq(productLines.vendorId, vendorId))
    .all()
    .map((l) => ({ line: l.line, name: l.names[0] ?? null, names: l.names }));
}

const generationQueries = new WeakMap<Db, { get: () => { generation: number | null } | undefined }>();

/**
 * A number that changes whenever a provision version is recorded, by this process or another (versions
 * are append-only, so the highest id moves with every write): what a cache of the catalog is keyed on.
 */
export function catalogGeneration(db: Db): number {
  let query = generationQueries.get(db);
  if (!query) {
    query = db
      .select({ generation: sql<number | null>`max(${provisions.id})` })
      .from(provisions)
      .prepare();
    generationQueries.set(db, query);
  }
  return query.get()?.generation ?? 0;
}
