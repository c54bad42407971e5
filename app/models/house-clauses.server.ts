// Legal's house versions of the shipped clauses (issue 17). Append-only: a change of wording is a new
// version, and going back to the shipped text is a version too (its text NULL), so the history of a
// clause's wording is never rewritten. Checking that a text loads is the use case's job; this stores it.
import { and, desc, eq, sql } from "drizzle-orm";
import { houseClauseVersions, users } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

export interface HouseVersion {
  id: number;
  clauseId: string;
  version: number;
  /** The whole template file (header and sections); null: back to the shipped text. */
  text: string | null;
  reason: string;
  /** The author's name now; null when recorded by nobody signed in. */
  createdBy: string | null;
  createdAt: string;
}

/** A clause's versions, the newest first, each with its author's name. */
export function listHouseVersions(db: Db, clauseId: string): HouseVersion[] {
  return db
    .select({
      id: houseClauseVersions.id,
      clauseId: houseClauseVersions.clauseId,
      version: houseClauseVersions.version,
      text: houseClauseVersions.text,
      reason: houseClauseVersions.reason,
      createdBy: users.name,
      createdAt: houseClauseVersions.createdAt,
    })
    .from(houseClauseVersions)
    .leftJoin(users, eq(users.id, houseClauseVersions.createdBy))
    .where(eq(houseClauseVersions.clauseId, clauseId))
    .orderBy(desc(houseClauseVersions.version))
    .all();
}

/**
 * The newest version of every clause that has one: its text, or null where it went back to the shipped
 * text. What the library in force is made of, with the shipped files.
 */
export function latestHouseTexts(db: Db): Map<string, string | null> {
  const newest = db
    .select({
      clauseId: houseClauseVersions.clauseId,
      version: sql<number>`max(${houseClauseVersions.version})`.as("newest_version"),
    })
    .from(houseClauseVersions)
    .groupBy(houseClauseVersions.clauseId)
    .as("newest");
  const rows = db
    .select({ clauseId: houseClauseVersions.clauseId, text: houseClauseVersions.text })
    .from(houseClauseVersions)
    .innerJoin(
      newest,
      and(eq(newest.clauseId, houseClauseVersions.clauseId), eq(newest.version, houseClauseVersions.version)),
    )
    .all();
  return new Map(rows.map((r) => [r.clauseId, r.text]));
}

// Asked on every pack, review save and page that reads the library: prepared once per connection.
const generationQueries = new WeakMap<Db, { get: () => { generation: number | null } | undefined }>();

/** Changes whenever a house version is recorded (the newest row's id; 0 for none): the library cache's key. */
export function houseGeneration(db: Db): number {
  let query = generationQueries.get(db);
  if (!query) {
    query = db
      .select({ generation: sql<number | null>`max(${houseClauseVersions.id})` })
      .from(houseClauseVersions)
      .prepare();
    generationQueries.set(db, query);
  }
  return query.get()?.generation ?? 0;
}

export interface NewHouseVersion {
  clauseId: string;
  /** The clause's title as it reads in the new version (or the shipped one, going back): for the audit trail. */
  clauseTitle: string;
  /** The whole template file, already checked to load; null: back to the shipped text. */
  text: string | null;
  reason: string;
}

/** Records the next version of a clause, with its audit event, in one transaction; returns its number. */
export function recordHouseVersion(db: Db, actor: Actor | null, input: NewHouseVersion): number {
  return writeTransaction(db, (tx) => {
    const last = tx
      .select({ version: sql<number | null>`max(${houseClauseVersions.version})` })
      .from(houseClauseVersions)
      .where(eq(houseClauseVersions.clauseId, input.clauseId))
      .get();
    const version = (last?.version ?? 0) + 1;
    tx.insert(houseClauseVersions)
      .values({
        clauseId: input.clauseId,
        version,
        text: input.text,
        reason: input.reason,
        createdBy: actor?.id ?? null,
        createdAt: new Date().toISOString(),
      })
      .run();
    // The event is about no review: the clause is named in its details.
    const details = { clauseId: input.clauseId, clauseTitle: input.clauseTitle, version, reason: input.reason };
    if (input.text === null) recordEvent(tx, actor, "clauses.house_version_reverted", details);
    else recordEvent(tx, actor, "clauses.house_version_recorded", details);
    return version;
  });
}
