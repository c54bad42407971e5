// People and their roles: the first admin, invitations, role changes, disabling. Users are never deleted
// (the audit trail names them); a user who leaves is disabled, which ends their sessions at once.
// Every change is one transaction with its audit event. Passwords are hashed before the transaction
// opens: scrypt is slow on purpose, and better-sqlite3 would commit at the first await.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { invitations, users } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import type { Role } from "../accounts/roles.ts";
import { normalizeEmail } from "../accounts/account-form.ts";
import { hashPassword } from "../accounts/password.server.ts";
import { newToken, tokenHash } from "../accounts/token.server.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";
import { revokeUserSessions } from "./session.server.ts";

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
  createdAt: string;
}

/** Who is signed in, as the routes see it (load context). */
export type SessionUser = Pick<User, "id" | "email" | "name" | "role">;

export interface PendingInvitation {
  email: string;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

export const INVITATION_DAYS = 7;

type UserRow = typeof users.$inferSelect;

const toUser = ({ passwordHash: _, ...user }: UserRow): User => user;

/** As the audit trail and the documents name a person. */
export const actorOf = (user: SessionUser): Actor => ({ id: user.id, name: user.name });

// Users are never deleted, so once there is one there always is: remembered per connection, so the
// first-run check costs nothing after set-up. (Another process, `clausewise user add`, may create the
// first user while the app runs: until then every request looks again.)
const hasUsersSeen = new WeakSet<Db>();

/** Whether anyone can sign in yet; while not, every page leads to the first-run set-up. */
export function hasUsers(db: Db): boolean {
  if (hasUsersSeen.has(db)) return true;
  const any = db.select({ id: users.id }).from(users).limit(1).get() !== undefined;
  if (any) hasUsersSeen.add(db);
  return any;
}

export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.name), asc(users.email)).all().map(toUser);
}

/** The user with this email (any case), with the stored password hash, for signing in. */
export function findUserByEmail(db: Db, email: string): (User & { passwordHash: string }) | null {
  const row = db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
  return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
}

export type AccountResult = { ok: true; user: User } | { ok: false; field: "email" | "form"; message: string };

function insertUser(tx: Db, input: { email: string; name: string; role: Role; passwordHash: string }): User {
  return toUser(
    tx
      .insert(users)
      .values({ id: randomBytes(16).toString("base64url"), ...input, email: normalizeEmail(input.email) })
      .returning()
      .get(),
  );
}

const emailTaken = (tx: Db, email: string) =>
  tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get() !== undefined;

const taken = (email: string) => ({
  ok: false as const,
  field: "email" as const,
  message: `There is already an account for ${normalizeEmail(email)}.`,
});

/**
 * Adds an account: the first admin from the set-up page (`via: "setup"`, refused once anyone exists, so
 * two people racing through set-up cannot both become admin), or any role from the command line.
 */
export async function addUser(
  db: Db,
  input: { email: string; name: string; role: Role; password: string },
  via: "setup" | "commandLine",
): Promise<AccountResult> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx): AccountResult => {
    if (via === "setup" && tx.select({ id: users.id }).from(users).limit(1).get()) {
      return { ok: false, field: "form", message: "Clausewise is set up already: sign in instead." };
    }
    if (emailTaken(tx, input.email)) return taken(input.email);
    const user = insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash });
    // At set-up the new admin made their own account; from the command line, nobody signed in did.
    const actor = via === "setup" ? actorOf(user) : null;
    recordEvent(tx, actor, "user.created", { subject: user.name, role: user.role, via }, { userId: user.id });
    return { ok: true, user };
  });
}

export type InvitationResult =
  { ok: true; token: string; invitation: PendingInvitation } | { ok: false; field: "email"; message: string };

/** A one-time link for `email` to join with `role`: the token is returned once and stored only hashed. */
export function inviteUser(
  db: Db,
  actor: Actor,
  input: { email: string; role: Role },
  now = new Date(),
): InvitationResult {
  const email = normalizeEmail(input.email);
  return writeTransaction(db, (tx): InvitationResult => {
    if (emailTaken(tx, email)) return taken(email);
    const token = newToken();
    const invitation = {
      email,
      role: input.role,
      invitedBy: actor.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    };
    tx.insert(invitations)
      .values({ id: tokenHash(token), ...invitation })
      .run();
    recordEvent(tx, actor, "user.invited", { subject: email, role: input.role });
    return { ok: true, token, invitation: { ...invitation, invitedBy: actor.name } };
  });
}

/** Invitations not yet accepted nor expired, the latest first. */
export function listPendingInvitations(db: Db, now = new Date()): PendingInvitation[] {
  return db
    .select({
      email: invitations.email,
      role: invitations.role,
      invitedBy: users.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(isNull(invitations.acceptedAt), sql`${invitations.expiresAt} > ${now.toISOString()}`))
    .orderBy(sql`${invitations.createdAt} desc`)
    .all();
}

export type InvitationLookup =
  { ok: true; invitation: PendingInvitation } | { ok: false; reason: "unknown" | "expired" | "used" };

function lookUpInvitation(db: Db, token: string, now: Date): InvitationLookup & { id?: string } {
  const row = db
    .select({ invitation: invitations, invitedBy: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.id, tokenHash(token)))
    .get();
  if (!row) return { ok: false, reason: "unknown" };
  const { invitation } = row;
  if (invitation.acceptedAt) return { ok: false, reason: "used" };
  if (invitation.expiresAt <= now.toISOString()) return { ok: false, reason: "expired" };
  const { email, role, createdAt, expiresAt } = invitation;
  return { ok: true, id: invitation.id, invitation: { email, role, createdAt, expiresAt, invitedBy: row.invitedBy } };
}

/** The invitation a link names, if it can still be used. */
export function findInvitation(db: Db, token: string, now = new Date()): InvitationLookup {
  const { id: _, ...lookup } = lookUpInvitation(db, token, now);
  return lookup as InvitationLookup;
}

export type JoinResult = { ok: true; user: User } | { ok: false; reason: "unknown" | "expired" | "used" | "taken" };

/** The invitee sets their name and password: the account is made and the link is used up, at once. */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<JoinResult> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx): JoinResult => {
    const lookup = lookUpInvitation(tx, token, now);
    if (!lookup.ok) return lookup;
    const { email, role } = lookup.invitation;
    if (emailTaken(tx, email)) return { ok: false, reason: "taken" };
    const user = insertUser(tx, { email, name: input.name, role, passwordHash });
    tx.update(invitations)
      .set({ acceptedAt: now.toISOString(), userId: user.id })
      .where(eq(invitations.id, lookup.id!))
      .run();
    recordEvent(tx, actorOf(user), "user.joined", { subject: user.name, role }, { userId: user.id });
    return { ok: true, user };
  });
}

export type UserChangeResult = { ok: true; user: User } | { ok: false; message: string };

const enabledAdminsOtherThan = (tx: Db, userId: string) =>
  tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), sql`${users.id} <> ${userId}`))
    .all().length;

function requireUser(tx: Db, userId: string): User | UserChangeResult {
  const row = tx.select().from(users).where(eq(users.id, userId)).get();
  return row ? toUser(row) : { ok: false, message: "There is no such user." };
}

const LAST_ADMIN = (user: User): UserChangeResult => ({
  ok: false,
  message: `${user.name} is the last admin. Make another user an admin first, so someone can still manage users.`,
});

export function changeRole(db: Db, actor: Actor, userId: string, role: Role): UserChangeResult {
  return writeTransaction(db, (tx): UserChangeResult => {
    const user = requireUser(tx, userId);
    if ("ok" in user) return user;
    if (user.role === role) return { ok: true, user };
    if (user.role === "admin" && !user.disabledAt && enabledAdminsOtherThan(tx, user.id) === 0) return LAST_ADMIN(user);
    const updated = toUser(tx.update(users).set({ role }).where(eq(users.id, user.id)).returning().get());
    recordEvent(tx, actor, "user.role_changed", { subject: user.name, from: user.role, to: role }, { userId: user.id });
    return { ok: true, user: updated };
  });
}

/** Disables a user, ending every session of theirs in the same transaction; or enables them again. */
export function setUserDisabled(
  db: Db,
  actor: Actor,
  userId: string,
  disabled: boolean,
  now = new Date(),
): UserChangeResult {
  return writeTransaction(db, (tx): UserChangeResult => {
    const user = requireUser(tx, userId);
    if ("ok" in user) return user;
    if (disabled === (user.disabledAt !== null)) return { ok: true, user };
    if (disabled && user.id === actor.id) {
      return { ok: false, message: "You cannot disable your own account. Ask another admin to do it." };
    }
    if (disabled && user.role === "admin" && enabledAdminsOtherThan(tx, user.id) === 0) return LAST_ADMIN(user);
    const updated = toUser(
      tx
        .update(users)
        .set({ disabledAt: disabled ? now.toISOString() : null })
        .where(eq(users.id, user.id))
        .returning()
        .get(),
    );
    if (disabled) revokeUserSessions(tx, user.id, now);
    recordEvent(tx, actor, disabled ? "user.disabled" : "user.enabled", { subject: user.name }, { userId: user.id });
    return { ok: true, user: updated };
  });
}
