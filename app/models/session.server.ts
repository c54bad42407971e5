// Signed-in sessions, kept in the database so they can be ended from the server: at sign-out, when a user
// is disabled, after 30 idle minutes (sliding) and 12 hours at most (both configurable).
import { and, eq, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { sessions, users } from "../../db/schema.ts";
import { newToken, tokenHash } from "../accounts/token.server.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import type { SessionSettings } from "../utils/env.server.ts";
import { recordEvent } from "./audit.server.ts";
import type { SessionUser } from "./user.server.ts";

export interface StartedSession {
  /** For the cookie; the database keeps only its hash. */
  token: string;
  maxAgeSeconds: number;
}

export interface ResumedSession {
  user: SessionUser;
  /** The session's last-seen time was moved on: send the cookie again with a fresh Max-Age. */
  refreshed: boolean;
  maxAgeSeconds: number;
}

/** How long the cookie should live from now: until the idle timeout, or the absolute expiry if sooner. */
const cookieSeconds = (settings: SessionSettings, expiresAt: number, now: number) =>
  Math.max(1, Math.ceil(Math.min(settings.idleMs, expiresAt - now) / 1000));

/**
 * Last-seen is written at most once a minute (a tenth of the idle timeout when that is shorter), not on
 * every request: a write per page view would cost more than the page. A session may so end up to that
 * much before its idle timeout, never after.
 */
const refreshAfterMs = (settings: SessionSettings) => Math.min(60_000, settings.idleMs / 10);

/** A new session with a new random token (never one the browser had before), recorded as a sign-in. */
export function startSession(db: Db, user: SessionUser, settings: SessionSettings, now = new Date()): StartedSession {
  const token = newToken();
  const expiresAt = now.getTime() + settings.maxMs;
  writeTransaction(db, (tx) => {
    removeEndedSessions(tx, settings, now);
    tx.insert(sessions)
      .values({
        id: tokenHash(token),
        userId: user.id,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(expiresAt).toISOString(),
      })
      .run();
    recordEvent(tx, { id: user.id, name: user.name }, "user.signed_in", { subject: user.name }, { userId: user.id });
  });
  return { token, maxAgeSeconds: cookieSeconds(settings, expiresAt, now.getTime()) };
}

/**
 * Deletes the sessions that can no longer be resumed: revoked, past their absolute expiry, or idle past
 * the timeout. Done at each sign-in, so the table holds about as many rows as there are live sessions.
 * (Sessions are not the audit trail: sign-ins and sign-outs are recorded there.)
 */
export function removeEndedSessions(db: Db, settings: SessionSettings, now = new Date()): void {
  const idleSince = new Date(now.getTime() - settings.idleMs).toISOString();
  db.delete(sessions)
    .where(
      or(
        isNotNull(sessions.revokedAt),
        lte(sessions.expiresAt, now.toISOString()),
        lte(sessions.lastSeenAt, idleSince),
      ),
    )
    .run();
}

type SessionRow = {
  userId: string;
  email: string;
  name: string;
  role: SessionUser["role"];
  disabledAt: string | null;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
};

// Every request reads its session: prepared once per connection.
const sessionQueries = new WeakMap<Db, { get: (params: { id: string }) => SessionRow | undefined }>();

function sessionRow(db: Db, id: string): SessionRow | undefined {
  let query = sessionQueries.get(db);
  if (!query) {
    query = db
      .select({
        userId: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        disabledAt: users.disabledAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        revokedAt: sessions.revokedAt,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare();
    sessionQueries.set(db, query);
  }
  return query.get({ id });
}

/**
 * The session a cookie's token names, if it is still alive: not revoked, its user not disabled, used
 * within the idle timeout and before its absolute expiry. Moves last-seen on (see refreshAfterMs).
 */
export function resumeSession(
  db: Db,
  token: string,
  settings: SessionSettings,
  now = new Date(),
): ResumedSession | null {
  const id = tokenHash(token);
  const row = sessionRow(db, id);
  if (!row || row.revokedAt !== null || row.disabledAt !== null) return null;
  const at = now.getTime();
  const lastSeen = Date.parse(row.lastSeenAt);
  const expiresAt = Date.parse(row.expiresAt);
  if (at >= expiresAt || at - lastSeen >= settings.idleMs) return null;
  const refreshed = at - lastSeen >= refreshAfterMs(settings);
  if (refreshed) {
    writeTransaction(db, (tx) =>
      tx.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run(),
    );
  }
  return {
    user: { id: row.userId, email: row.email, name: row.name, role: row.role },
    refreshed,
    maxAgeSeconds: cookieSeconds(settings, expiresAt, at),
  };
}

/** Sign-out: the session is revoked on the server, so a copy of the cookie is worth nothing after. */
export function endSession(db: Db, token: string, now = new Date()): void {
  writeTransaction(db, (tx) => {
    const ended = tx
      .update(sessions)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(sessions.id, tokenHash(token)), isNull(sessions.revokedAt)))
      .returning({ userId: sessions.userId })
      .get();
    if (!ended) return;
    const user = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, ended.userId)).get();
    if (user) recordEvent(tx, user, "user.signed_out", { subject: user.name }, { userId: user.id });
  });
}

/**
 * Ends every session of a user (they were disabled, or their password was reset), or every one but
 * `except`'s: the browser that changed its own password stays signed in. Runs inside the caller's transaction.
 */
export function revokeUserSessions(db: Db, userId: string, now = new Date(), except?: { token: string }): void {
  db.update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        except ? ne(sessions.id, tokenHash(except.token)) : undefined,
      ),
    )
    .run();
}
