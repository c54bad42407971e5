// The database schema. Migrations in db/migrations are generated from this file by `npm run db:generate`
// and applied at start-up; never edit an applied migration, add a new one.
import { sql } from "drizzle-orm";
import { foreignKey, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

export const vendors = sqliteTable("vendors", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

export const productLines = sqliteTable(
  "product_lines",
  {
    vendorId: text("vendor_id")
      .notNull()
      .references(() => vendors.id),
    line: text("line", { enum: ["api", "business", "consumer", "marketplace"] }).notNull(),
    /** What the vendor calls it, e.g. "Gemini API (paid services)". */
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.vendorId, t.line] })],
);

/**
 * Provisions are versioned and never rewritten: a change adds a row with the next version and points the
 * old row's superseded_by at it, so a renewal can show what changed since the last review.
 */
export const provisions = sqliteTable(
  "provisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    vendorId: text("vendor_id").notNull(),
    productLine: text("product_line", { enum: ["api", "business", "consumer", "marketplace"] }).notNull(),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    value: text("value").notNull(),
    statement: text("statement").notNull(),
    condition: text("condition").notNull().default(""),
    excerpt: text("excerpt").notNull().default(""),
    sourceTitle: text("source_title").notNull(),
    sourceUrl: text("source_url"),
    checkedOn: text("checked_on"),
    effectiveOn: text("effective_on"),
    verified: integer("verified", { mode: "boolean" }).notNull().default(true),
    supersededBy: integer("superseded_by").references((): AnySQLiteColumn => provisions.id),
    /** 'seed' rows come from db/seed/catalog.ts; seedHash lets a restart recognise a seed already applied. */
    origin: text("origin", { enum: ["seed", "user"] }).notNull(),
    seedHash: text("seed_hash"),
    recordedAt: text("recorded_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    foreignKey({ columns: [t.vendorId, t.productLine], foreignColumns: [productLines.vendorId, productLines.line] }),
    uniqueIndex("provisions_version_unique").on(t.vendorId, t.productLine, t.key, t.version),
    index("provisions_current").on(t.vendorId, t.productLine, t.supersededBy),
    index("provisions_seed_hash").on(t.seedHash),
  ],
);
