import { describe, expect, it } from "vitest";
import { verifyPassword } from "../accounts/password.server.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { listRecentEvents } from "./audit.server.ts";
import {
  changeOwnPassword,
  createPasswordResetLink,
  findPasswordReset,
  resetPassword,
  resetPasswordFromCommandLine,
  WRONG_CURRENT_PASSWORD,
} from "./password-reset.server.ts";
import { resumeSession, startSession } from "./session.server.ts";
import { actorOf, addUser, findUserByEmail, setUserDisabled, type User } from "./user.server.ts";

const OLD = "correct horse battery staple";
const NEW = "a brand new password of mine";
const SETTINGS = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const NOW = new Date("2026-05-01T10:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function account(db: ReturnType<typeof freshDb>, email: string, role: User["role"]) {
  const result = await addUser(db, { email, name: email.split("@")[0], role, password: OLD }, "commandLine");
  if (!result.ok) throw new Error(result.message);
  return result.user;
}

async function people() {
  const db = freshDb();
  const admin = await account(db, "ada@example.com", "admin");
  const pat = await account(db, "pat@example.com", "procurement");
  return { db, admin, pat };
}

const passwordIs = (db: ReturnType<typeof freshDb>, email: string, password: string) =>
  verifyPassword(password, findUserByEmail(db, email)!.passwordHash);

function link(db: ReturnType<typeof freshDb>, admin: User, user: User, now = NOW) {
  const result = createPasswordResetLink(db, actorOf(admin), user.id, now);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("password reset links", () => {
  it("are stored hashed, name whose account they reset, and work for 24 hours", async () => {
    const { db, admin, pat } = await people();
    const { token, reset } = link(db, admin, pat);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(db.$client.prepare("select id from password_resets").all()).not.toContainEqual({ id: token });
    expect(reset).toEqual({ name: "pat", email: "pat@example.com", expiresAt: "2026-05-02T10:00:00.000Z" });
    expect(findPasswordReset(db, token, later(24 * 60 - 1))).toMatchObject({ ok: true, reset: { name: "pat" } });
    expect(findPasswordReset(db, token, later(24 * 60))).toEqual({ ok: false, reason: "expired" });
    expect(await resetPassword(db, token, NEW, later(24 * 60))).toEqual({ ok: false, reason: "expired" });
    expect(await passwordIs(db, "pat@example.com", OLD)).toBe(true);
    expect(findPasswordReset(db, "not-a-token")).toEqual({ ok: false, reason: "unknown" });
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({
      actor: "ada",
      action: "user.password_reset_link_created",
      what: "Created a password reset link for pat",
    });
  });

  it("set the new password once, end every session of the user and record it", async () => {
    const { db, admin, pat } = await people();
    const laptop = startSession(db, pat, SETTINGS, NOW);
    const phone = startSession(db, pat, SETTINGS, NOW);
    const adminSession = startSession(db, admin, SETTINGS, NOW);
    const { token } = link(db, admin, pat);

    expect(await resetPassword(db, token, NEW, later(1))).toMatchObject({ ok: true, user: { id: pat.id } });
    expect(await passwordIs(db, "pat@example.com", NEW)).toBe(true);
    expect(await passwordIs(db, "pat@example.com", OLD)).toBe(false);
    expect(resumeSession(db, laptop.token, SETTINGS, later(2))).toBeNull();
    expect(resumeSession(db, phone.token, SETTINGS, later(2))).toBeNull();
    expect(resumeSession(db, adminSession.token, SETTINGS, later(2))).not.toBeNull();
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({
      actor: "pat",
      userId: pat.id,
      action: "user.password_reset",
      what: "Reset their password",
    });

    // Once only: the same link again changes nothing.
    expect(await resetPassword(db, token, "someone else's choice", later(3))).toEqual({ ok: false, reason: "used" });
    expect(findPasswordReset(db, token, later(3))).toEqual({ ok: false, reason: "used" });
    expect(await passwordIs(db, "pat@example.com", NEW)).toBe(true);
  });

  it("void the user's earlier unused link when a new one is made", async () => {
    const { db, admin, pat } = await people();
    const first = link(db, admin, pat, NOW);
    const second = link(db, admin, pat, later(5));
    expect(findPasswordReset(db, first.token, later(6))).toEqual({ ok: false, reason: "expired" });
    expect(await resetPassword(db, first.token, NEW, later(6))).toEqual({ ok: false, reason: "expired" });
    expect(await passwordIs(db, "pat@example.com", OLD)).toBe(true);
    expect(findPasswordReset(db, second.token, later(6)).ok).toBe(true);
  });

  it("are refused for a disabled user, and stop working when the user is disabled", async () => {
    const { db, admin, pat } = await people();
    const { token } = link(db, admin, pat);
    setUserDisabled(db, actorOf(admin), pat.id, true);
    expect(findPasswordReset(db, token, later(1))).toEqual({ ok: false, reason: "disabled" });
    expect(await resetPassword(db, token, NEW, later(1))).toEqual({ ok: false, reason: "disabled" });
    expect(createPasswordResetLink(db, actorOf(admin), pat.id, later(2))).toEqual({
      ok: false,
      message: "The account of pat is disabled. Enable the account first, then create the link.",
    });
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({ action: "user.disabled" });
  });

  it("are not for the admin's own account", async () => {
    const { db, admin } = await people();
    expect(createPasswordResetLink(db, actorOf(admin), admin.id)).toMatchObject({
      ok: false,
      message: /your account page/,
    });
  });
});

describe("changing one's own password", () => {
  it("keeps the session that changed it, ends the others and records it", async () => {
    const { db, pat } = await people();
    const here = startSession(db, pat, SETTINGS, NOW);
    const elsewhere = startSession(db, pat, SETTINGS, NOW);

    const result = await changeOwnPassword(db, pat, { currentPassword: OLD, password: NEW }, here, later(1));
    expect(result).toEqual({ ok: true });
    expect(await passwordIs(db, "pat@example.com", NEW)).toBe(true);
    expect(resumeSession(db, here.token, SETTINGS, later(2))).toMatchObject({ user: { id: pat.id } });
    expect(resumeSession(db, elsewhere.token, SETTINGS, later(2))).toBeNull();
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({
      actor: "pat",
      action: "user.password_changed",
      what: "Changed their password",
    });
  });

  it("with a wrong current password changes nothing: same password, same sessions, no event", async () => {
    const { db, pat } = await people();
    const here = startSession(db, pat, SETTINGS, NOW);
    const elsewhere = startSession(db, pat, SETTINGS, NOW);
    const events = listRecentEvents(db, "user.", 1000).length;

    const result = await changeOwnPassword(db, pat, { currentPassword: NEW, password: NEW }, here, later(1));
    expect(result).toEqual({ ok: false, field: "currentPassword", message: WRONG_CURRENT_PASSWORD });
    expect(await passwordIs(db, "pat@example.com", OLD)).toBe(true);
    expect(resumeSession(db, elsewhere.token, SETTINGS, later(2))).not.toBeNull();
    expect(listRecentEvents(db, "user.", 1000)).toHaveLength(events);
  });

  it("voids a reset link handed out before", async () => {
    const { db, admin, pat } = await people();
    const { token } = link(db, admin, pat);
    const here = startSession(db, pat, SETTINGS, NOW);
    await changeOwnPassword(db, pat, { currentPassword: OLD, password: NEW }, here, later(1));
    expect(findPasswordReset(db, token, later(2))).toEqual({ ok: false, reason: "expired" });
  });
});

describe("resetting a password from the command line", () => {
  it("sets it, ends every session of the user and records it with nobody as the actor", async () => {
    const { db, admin } = await people();
    const session = startSession(db, admin, SETTINGS, NOW);
    const result = await resetPasswordFromCommandLine(db, " ADA@example.com", NEW, later(1));
    expect(result).toMatchObject({ ok: true, user: { email: "ada@example.com" } });
    expect(await passwordIs(db, "ada@example.com", NEW)).toBe(true);
    expect(resumeSession(db, session.token, SETTINGS, later(2))).toBeNull();
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({
      actor: null,
      userId: admin.id,
      details: { via: "commandLine" },
      what: "Reset the password of ada from the command line and ended their sessions",
    });
  });

  it("names an unknown email", async () => {
    const { db } = await people();
    expect(await resetPasswordFromCommandLine(db, "nobody@example.com", NEW)).toEqual({
      ok: false,
      message: "There is no account for nobody@example.com.",
    });
  });
});
