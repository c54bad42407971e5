// Getting back in after a forgotten password, and changing one's own. There is no mail server, so an admin
// hands the person a one-time link, as with invitations (user.server.ts), valid for 24 hours; an admin
// locked out with nobody to ask uses `clausewise user reset-password`.
// Whichever way a password is set, the same transaction stores the new hash, voids any reset link still
// usable, ends the user's sessions (all of them, or every other one when they changed it themselves) and
// records the audit event. Passwords are hashed, and the current one checked, before the transaction
// opens: scrypt is slow on purpose, and better-sqlite3 would commit at the first await.
import { and, eq, gt, isNull } from "drizzle-orm";
import { passwordResets, users } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import { normalizeEmail } from "../accounts/account-form.ts";
import { hashPassword, verifyPassword } from "../accounts/password.server.ts";
import { newToken, tokenHash } from "../accounts/token.server.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";
import { revokeUserSessions } from "./session.server.ts";
import { actorOf, type SessionUser, type User } from "./user.server.ts";

export const PASSWORD_RESET_HOURS = 24;

/** Whose password a link resets, as the admin and the person opening it see it. */
export interface PasswordReset {
  name: string;
  email: string;
  expiresAt: string;
}

export type ResetLinkResult = { ok: true; token: string; reset: PasswordReset } | { ok: false; message: string };

/**
 * A one-time link for `userId` to choose a new password: the token is returned once and stored only
 * hashed. Any earlier link of theirs stops working, so only the latest one handed out can be used.
 */
export function createPasswordResetLink(db: Db, actor: Actor, userId: string, now = new Date()): ResetLinkResult {
  return writeTransaction(db, (tx): ResetLinkResult => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { ok: false, message: "There is no such user." };
    if (user.id === actor.id) {
      return { ok: false, message: "Change your own password on your account page: it asks for the current one." };
    }
    // A disabled person cannot sign in anyway; a link would only wait for the account to be enabled.
    if (user.disabledAt) {
      return {
        ok: false,
        message: `The account of ${user.name} is disabled. Enable the account first, then create the link.`,
      };
    }
    voidResetLinks(tx, user.id, now);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3_600_000).toISOString();
    tx.insert(passwordResets)
      .values({ id: tokenHash(token), userId: user.id, createdBy: actor.id, createdAt: now.toISOString(), expiresAt })
      .run();
    recordEvent(tx, actor, "user.password_reset_link_created", { subject: user.name }, { userId: user.id });
    return { ok: true, token, reset: { name: user.name, email: user.email, expiresAt } };
  });
}

/**
 * Ends the user's links that could still be used, by moving their expiry to now (the row stays, so a
 * voided link reads as expired rather than as a link that never existed).
 */
function voidResetLinks(tx: Db, userId: string, now: Date): void {
  tx.update(passwordResets)
    .set({ expiresAt: now.toISOString() })
    .where(
      and(
        eq(passwordResets.userId, userId),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now.toISOString()),
      ),
    )
    .run();
}

/** Stores a new password hash and ends what the old password allowed: reset links, sessions. */
function storePassword(tx: Db, userId: string, passwordHash: string, now: Date, keep?: { token: string }): void {
  tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
  voidResetLinks(tx, userId, now);
  revokeUserSessions(tx, userId, now, keep);
}

export type UnusableReset = "unknown" | "expired" | "used" | "disabled";
export type ResetLookup = { ok: true; reset: PasswordReset } | { ok: false; reason: UnusableReset };

function lookUpReset(
  db: Db,
  token: string,
  now: Date,
): { ok: true; id: string; user: SessionUser; reset: PasswordReset } | { ok: false; reason: UnusableReset } {
  const row = db
    .select({ reset: passwordResets, user: users })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.id, tokenHash(token)))
    .get();
  if (!row) return { ok: false, reason: "unknown" };
  const { reset, user } = row;
  if (reset.usedAt) return { ok: false, reason: "used" };
  if (reset.expiresAt <= now.toISOString()) return { ok: false, reason: "expired" };
  // Disabled after the link was made: disabling must keep the person out, whatever links exist.
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  return {
    ok: true,
    id: reset.id,
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    reset: { name: user.name, email: user.email, expiresAt: reset.expiresAt },
  };
}

/** Whose password a link resets, if it can still be used. */
export function findPasswordReset(db: Db, token: string, now = new Date()): ResetLookup {
  const lookup = lookUpReset(db, token, now);
  return lookup.ok ? { ok: true, reset: lookup.reset } : lookup;
}

export type ResetResult = { ok: true; user: SessionUser } | { ok: false; reason: UnusableReset };

/**
 * The person sets a new password through their link: the link is used up, every session of theirs ends
 * (whoever had their old password is out), all at once. The caller then signs them in afresh.
 */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<ResetResult> {
  const passwordHash = await hashPassword(password);
  return writeTransaction(db, (tx): ResetResult => {
    const lookup = lookUpReset(tx, token, now);
    if (!lookup.ok) return lookup;
    tx.update(passwordResets).set({ usedAt: now.toISOString() }).where(eq(passwordResets.id, lookup.id)).run();
    storePassword(tx, lookup.user.id, passwordHash, now);
    recordEvent(
      tx,
      actorOf(lookup.user),
      "user.password_reset",
      { subject: lookup.user.name, via: "link" },
      { userId: lookup.user.id },
    );
    return { ok: true, user: lookup.user };
  });
}

export const WRONG_CURRENT_PASSWORD = "The current password is wrong. Type the password you sign in with.";

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword"; message: string };

/**
 * A signed-in person changes their own password, proving they know the current one. Their other
 * sessions end (a browser left signed in elsewhere, or someone who had the old password); the session
 * that made the change, named by its cookie's token, stays.
 */
export async function changeOwnPassword(
  db: Db,
  user: SessionUser,
  input: { currentPassword: string; password: string },
  session: { token: string },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const storedHash = (from: Db) =>
    from.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get()?.hash;
  const before = storedHash(db);
  if (!before || !(await verifyPassword(input.currentPassword, before))) {
    return { ok: false, field: "currentPassword", message: WRONG_CURRENT_PASSWORD };
  }
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx): ChangePasswordResult => {
    // Changed meanwhile (another tab, a reset link): what was checked is no longer the password.
    if (storedHash(tx) !== before) return { ok: false, field: "currentPassword", message: WRONG_CURRENT_PASSWORD };
    storePassword(tx, user.id, passwordHash, now, session);
    recordEvent(tx, actorOf(user), "user.password_changed", { subject: user.name }, { userId: user.id });
    return { ok: true };
  });
}

export type CommandLineResetResult = { ok: true; user: User } | { ok: false; message: string };

/**
 * `clausewise user reset-password`: for an admin locked out with no other admin to hand them a link.
 * Whoever can run commands on the server can already read the database, so this asks for nothing more.
 */
export async function resetPasswordFromCommandLine(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<CommandLineResetResult> {
  const passwordHash = await hashPassword(password);
  return writeTransaction(db, (tx): CommandLineResetResult => {
    const row = tx
      .select()
      .from(users)
      .where(eq(users.email, normalizeEmail(email)))
      .get();
    if (!row) return { ok: false, message: `There is no account for ${normalizeEmail(email)}.` };
    storePassword(tx, row.id, passwordHash, now);
    recordEvent(tx, null, "user.password_reset", { subject: row.name, via: "commandLine" }, { userId: row.id });
    const { passwordHash: _, ...user } = row;
    return { ok: true, user };
  });
}
