// The audit trail: who did what, when. Events are written by the model functions that make the change,
// inside the same transaction, so a change is never without its record (nor a record without its change).
// The table is append-only: triggers in the database refuse UPDATE and DELETE.
import type { Statement } from "better-sqlite3";
import { and, desc, eq, like, sql } from "drizzle-orm";
import { auditEvents } from "../../db/schema.ts";
import {
  describeEvent,
  linkedReviewOf,
  type Actor,
  type AuditAction,
  type AuditDetails,
  type AuditEvent,
} from "../audit/events.ts";
import type { Db } from "../utils/db.server.ts";

export type { Actor, AuditEvent };

// Every step save writes an event: the insert is prepared once per connection (building it anew each time
// cost the save more than running it, as with the reviews' own statements).
const inserts = new WeakMap<Db, Statement>();

/** Records one event. Call it inside the transaction of the change it records. */
export function recordEvent<A extends AuditAction>(
  db: Db,
  actor: Actor | null,
  action: A,
  details: AuditDetails[A],
  about: { reviewId?: string; userId?: string } = {},
): void {
  let insert = inserts.get(db);
  if (!insert) {
    insert = db.$client.prepare(
      "insert into audit_events (at, actor_id, actor, action, review_id, user_id, details) values (?, ?, ?, ?, ?, ?, ?)",
    );
    inserts.set(db, insert);
  }
  insert.run(
    new Date().toISOString(),
    actor?.id ?? null,
    actor?.name ?? null,
    action,
    about.reviewId ?? null,
    about.userId ?? null,
    JSON.stringify(details),
  );
}

type EventRow = typeof auditEvents.$inferSelect;

/**
 * An event as the pages show it: described in words here, so the pages need not load the vocabulary;
 * `linkedReview` names the other review a re-review event is about, for a link.
 */
export type AuditLine = AuditEvent & { what: string; linkedReview: { id: string; label: string } | null };

function toLine(row: EventRow): AuditLine {
  const event = {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    reviewId: row.reviewId,
    userId: row.userId,
    details: row.details,
  } as AuditEvent;
  return { ...event, what: describeEvent(event), linkedReview: linkedReviewOf(event) };
}

/** A review's history, oldest first: the order it happened in. */
export function listReviewEvents(db: Db, reviewId: string): AuditLine[] {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.reviewId, reviewId))
    .orderBy(auditEvents.id)
    .all()
    .map(toLine);
}

/** The latest events whose action starts with `prefix` ("user.", "catalog.", "backup."), newest first. */
export function listRecentEvents(
  db: Db,
  prefix: "user." | "catalog." | "backup." | "clauses.",
  limit = 20,
): AuditLine[] {
  return db
    .select()
    .from(auditEvents)
    .where(like(auditEvents.action, `${prefix}%`))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all()
    .map(toLine);
}

/** A hand-built pack's history, oldest first: its events carry the pack's id in their details. */
export function listHandPackEvents(db: Db, handPackId: number): AuditLine[] {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        like(auditEvents.action, "hand_pack.%"),
        sql`json_extract(${auditEvents.details}, '$.handPackId') = ${handPackId}`,
      ),
    )
    .orderBy(auditEvents.id)
    .all()
    .map(toLine);
}
