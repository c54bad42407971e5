// The database schema. Migrations in db/migrations are generated from this file by `npm run db:generate`
// and applied at start-up; never edit an applied migration, add a new one.
import { sql } from "drizzle-orm";
import { ROLES } from "../app/accounts/roles.ts";
import {
  blob,
  foreignKey,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

export const vendors = sqliteTable("vendors", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Which companies sign, for whom (CatalogEntity[] of app/catalog/catalog-file.ts), as the catalog file gives them. */
  entities: text("entities", { mode: "json" })
    .$type<unknown[]>()
    .notNull()
    .default(sql`'[]'`),
  /** The vendor's source register (CatalogSource[]) as last seeded or imported. */
  sources: text("sources", { mode: "json" })
    .$type<unknown[]>()
    .notNull()
    .default(sql`'[]'`),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
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
    /** The vendor's own product names for the line, as the documents print them. */
    names: text("names", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    note: text("note").notNull().default(""),
    /** The register ids of the sources that name the line's products. */
    sources: text("sources", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
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
    /** "" for the provision the rules read for its key; otherwise what this fact is about. */
    aspect: text("aspect").notNull().default(""),
    standing: text("standing", { enum: ["stated", "secondary", "conflict"] })
      .notNull()
      .default("stated"),
    /** The sources this version cites (CatalogSource[]), kept with it as they were cited. */
    sources: text("sources", { mode: "json" })
      .$type<unknown[]>()
      .notNull()
      .default(sql`'[]'`),
    supersededBy: integer("superseded_by").references((): AnySQLiteColumn => provisions.id),
    /**
     * 'seed' rows come from the shipped catalog files (catalog/vendors), 'import' rows from a catalog file
     * imported in the app or on the command line, 'user' rows from the catalog page. seedHash (of the
     * version's content) lets a restart or a second import recognise a version already recorded.
     */
    origin: text("origin", { enum: ["seed", "import", "user"] }).notNull(),
    seedHash: text("seed_hash"),
    recordedAt: text("recorded_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    foreignKey({ columns: [t.vendorId, t.productLine], foreignColumns: [productLines.vendorId, productLines.line] }),
    uniqueIndex("provisions_aspect_version_unique").on(t.vendorId, t.productLine, t.key, t.aspect, t.version),
    index("provisions_current").on(t.vendorId, t.productLine, t.supersededBy),
    index("provisions_seed_hash").on(t.seedHash),
  ],
);

/**
 * A review: one buyer's questionnaire for one vendor product line. The answers are one JSON document in
 * the public answers format (docs/specs/answers-file.md), validated by the same model as files; the columns beside
 * it are copies of a few answers for listing and filtering, rewritten on every save.
 * `version` increases on every save: a save based on an older version is refused, never merged.
 */
export const reviews = sqliteTable(
  "reviews",
  {
    id: text("id").primaryKey(),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["draft", "complete"] })
      .notNull()
      .default("draft"),
    version: integer("version").notNull().default(1),
    buyerName: text("buyer_name"),
    vendorId: text("vendor_id"),
    vendorName: text("vendor_name"),
    productLine: text("product_line"),
    stage: text("stage"),
    renewalDate: text("renewal_date"),
    exposure: text("exposure"),
    /** Who runs the re-review (answers.renewalOwner), for the lists' owner filter and the Renewals page. */
    renewalOwner: text("renewal_owner"),
    /**
     * When the re-review falls due, YYYY-MM-DD: renewal_date − answers.reviewLeadDays, or renewal_date itself
     * while no lead time is answered (a draft); null without a renewal date. The Renewals page sorts and
     * groups by it, so it is a column rather than worked out from the answers of every review.
     */
    reviewDue: text("review_due"),
    renewsReviewId: text("renews_review_id").references((): AnySQLiteColumn => reviews.id),
    /**
     * A re-review's steps not yet saved since it started: each is shown as open, and the review is not
     * complete, until someone saves it, though its answers were carried over. Empty for any other review.
     */
    unconfirmedSteps: text("unconfirmed_steps", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdBy: text("created_by"),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text("updated_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    // The lists' two orders: the Reviews list by the last change, the Renewals page by the due date (its
    // groups are ranges of it). Each index carries the two names the lists search inside (a b-tree cannot
    // seek "contains"), so a search and its count read a small index instead of every row and its answers;
    // and the lists order ties by those names, so a page is read in index order, skipped rows unread.
    index("reviews_updated").on(t.updatedAt, t.buyerName, t.renewalOwner),
    index("reviews_due").on(t.reviewDue, t.buyerName, t.renewalOwner),
    index("reviews_renewal").on(t.renewalDate),
    // The lists filter on one of these and sort by the last change: each equality filter comes before the
    // Reviews list's order, so a filtered page too is read in order from the index and stops at its LIMIT.
    index("reviews_status_updated").on(t.status, t.updatedAt, t.buyerName, t.renewalOwner),
    index("reviews_vendor_updated").on(t.vendorId, t.updatedAt, t.buyerName, t.renewalOwner),
    index("reviews_stage_updated").on(t.stage, t.updatedAt, t.buyerName, t.renewalOwner),
    index("reviews_exposure_updated").on(t.exposure, t.updatedAt, t.buyerName, t.renewalOwner),
    // Exactly one re-review per review, whatever the code does: a second insert fails. A page of reviews
    // also looks up the re-reviews started from them by it.
    uniqueIndex("reviews_one_re_review").on(t.renewsReviewId),
  ],
);

/** Every clause pack generated: when, by whom, from which answers and library version, and the file's hash. */
export const packs = sqliteTable(
  "packs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    reviewVersion: integer("review_version").notNull(),
    /**
     * Which of the review's documents: `memo` (the negotiation memo, the pack of old), `addendum` (what
     * legal sends the vendor) or `questionnaire` (the vendor questionnaire, .xlsx or .docx).
     */
    kind: text("kind", { enum: ["memo", "addendum", "questionnaire-xlsx", "questionnaire-docx"] })
      .notNull()
      .default("memo"),
    generatedAt: text("generated_at").notNull(),
    generatedBy: text("generated_by"),
    libraryVersion: text("library_version").notNull(),
    answersVersion: integer("answers_version").notNull(),
    answersSha256: text("answers_sha256").notNull(),
    sha256: text("sha256").notNull(),
    bytes: integer("bytes").notNull(),
    /** The document exactly as delivered, so a download later is byte-for-byte the recorded file. */
    file: blob("file", { mode: "buffer" }).notNull(),
  },
  (t) => [index("packs_review").on(t.reviewId)],
);

/**
 * The company's people. Never deleted: a user who leaves is disabled, so the audit trail keeps naming
 * them. `email` is stored trimmed and lower-cased, so it is unique whatever the case typed.
 */
export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  /** scrypt$N$r$p$salt$hash (app/accounts/password.server.ts). */
  passwordHash: text("password_hash").notNull(),
  disabledAt: text("disabled_at"),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/**
 * Signed-in sessions. `id` is the SHA-256 of the cookie's random token, so a copy of the database does
 * not hold anything a browser could present. A session ends when idle too long, at its absolute expiry,
 * or when revoked (sign-out, the user disabled).
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** One-time links an admin hands a new user. `id` is the SHA-256 of the link's token. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    acceptedAt: text("accepted_at"),
    userId: text("user_id").references(() => users.id),
  },
  (t) => [index("invitations_email").on(t.email)],
);

/**
 * One-time links an admin hands a user who has forgotten their password. `id` is the SHA-256 of the
 * link's token. A user has at most one usable link: a new one voids the earlier ones (their expiry is
 * moved to the moment they were voided), and so does setting a password any other way.
 */
export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [index("password_resets_user").on(t.userId)],
);

/**
 * Who did what, when: written in the same transaction as the change it records, and never changed or
 * removed (triggers refuse UPDATE and DELETE). `actor` is the person's name (or email) as it was then.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actorId: text("actor_id").references(() => users.id),
    actor: text("actor"),
    action: text("action").notNull(),
    reviewId: text("review_id").references(() => reviews.id),
    /** The user an account event is about (invited, disabled …). */
    userId: text("user_id").references(() => users.id),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_events_review").on(t.reviewId), index("audit_events_action").on(t.action)],
);

/**
 * The vendor's written answers to a review's questionnaire, one per question id (Q-dpa-1 …): imported from
 * the filled-in workbook or typed in. A new answer to the same question replaces the row; the audit trail
 * keeps what it replaced. `via` "carried": copied from the review a re-review renews, as it was answered.
 */
export const vendorAnswers = sqliteTable(
  "vendor_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    questionId: text("question_id").notNull(),
    /** The question as it was asked, in its words then. */
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    /** The document the vendor says the answer rests on; "" when none was named. */
    document: text("document").notNull().default(""),
    /** Who answered for the vendor, and when (YYYY-MM-DD). */
    answeredBy: text("answered_by").notNull(),
    answeredOn: text("answered_on").notNull(),
    via: text("via", { enum: ["import", "typed", "carried"] }).notNull(),
    recordedBy: text("recorded_by").references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("vendor_answers_question").on(t.reviewId, t.questionId)],
);

/**
 * What a written answer settles: a provision the catalog does not record for the review's vendor and
 * product line, for this review only (a buyer-specific provision). The rules read it where the catalog
 * has nothing, with the answer as its source ("<vendor>'s written answer of <date>").
 */
export const writtenProvisions = sqliteTable(
  "written_provisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    answerId: integer("answer_id")
      .notNull()
      .references(() => vendorAnswers.id),
    productLine: text("product_line", { enum: ["api", "business", "consumer", "marketplace"] }).notNull(),
    key: text("key").notNull(),
    value: text("value").notNull(),
    statement: text("statement").notNull(),
    recordedBy: text("recorded_by").references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("written_provisions_key").on(t.reviewId, t.productLine, t.key)],
);

/**
 * What was agreed for each clause of a review's pack: the primary language, one of its fallbacks (0 is
 * (a)), other wording (its text), conceded, or the risk accepted (by whom, why, until when). `wording` is
 * the text agreed, kept as it was then, so a later library change does not rewrite what was signed.
 */
export const clauseOutcomes = sqliteTable(
  "clause_outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: text("review_id")
      .notNull()
      .references(() => reviews.id),
    clauseId: text("clause_id").notNull(),
    clauseTitle: text("clause_title").notNull(),
    position: text("position", { enum: ["primary", "fallback", "other", "conceded", "riskAccepted"] }).notNull(),
    fallback: integer("fallback"),
    wording: text("wording").notNull().default(""),
    approver: text("approver"),
    reason: text("reason"),
    expiresOn: text("expires_on"),
    recordedBy: text("recorded_by").references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("clause_outcomes_clause").on(t.reviewId, t.clauseId)],
);

/** The agreement signed at the end of a review's negotiation: at most one per review. */
export const agreements = sqliteTable("agreements", {
  reviewId: text("review_id")
    .primaryKey()
    .references(() => reviews.id),
  title: text("title").notNull(),
  signedOn: text("signed_on").notNull(),
  /** The agreement's term in whole months from signedOn. */
  termMonths: integer("term_months").notNull(),
  recordedBy: text("recorded_by").references(() => users.id),
  recordedAt: text("recorded_at").notNull(),
});

/**
 * Legal's house wording of a clause: each edit is a new version of the clause's whole template file (its
 * front matter and sections, as a lawyer would commit it), with who, when and why. The newest version of a
 * clause applies to every pack made after it; `text` null is a return to the shipped text.
 */
export const houseClauseVersions = sqliteTable(
  "house_clause_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    clauseId: text("clause_id").notNull(),
    version: integer("version").notNull(),
    text: text("text"),
    reason: text("reason").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("house_clause_versions_version").on(t.clauseId, t.version)],
);

/**
 * A pack legal built by hand from the clause library, without a review: for whom, with which vendor and
 * product lines, the clauses chosen (each in a variant) and the values of the variables they use, and
 * the library version (shipped files and house versions) it was built from.
 */
export const handPacks = sqliteTable("hand_packs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  buyerName: text("buyer_name").notNull(),
  /** The catalog's vendor id, or null for a vendor typed in. */
  vendorId: text("vendor_id"),
  vendorName: text("vendor_name").notNull(),
  productLines: text("product_lines", { mode: "json" }).$type<string[]>().notNull(),
  /** [{ id, variant }] in the order chosen. */
  selections: text("selections", { mode: "json" }).$type<{ id: string; variant?: string }[]>().notNull(),
  values: text("values", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  libraryVersion: text("library_version").notNull(),
  createdBy: text("created_by").references(() => users.id),
  createdAt: text("created_at").notNull(),
});

/** Each document of a hand-built pack as delivered, with its hash, like a review's `packs`. */
export const handPackDocuments = sqliteTable(
  "hand_pack_documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    handPackId: integer("hand_pack_id")
      .notNull()
      .references(() => handPacks.id),
    kind: text("kind", { enum: ["memo", "addendum"] }).notNull(),
    generatedAt: text("generated_at").notNull(),
    generatedBy: text("generated_by"),
    libraryVersion: text("library_version").notNull(),
    sha256: text("sha256").notNull(),
    bytes: integer("bytes").notNull(),
    file: blob("file", { mode: "buffer" }).notNull(),
  },
  (t) => [index("hand_pack_documents_pack").on(t.handPackId)],
);
