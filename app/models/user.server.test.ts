import { describe, expect, it } from "vitest";
import { verifyPassword } from "../accounts/password.server.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { listRecentEvents } from "./audit.server.ts";
import { resumeSession, startSession } from "./session.server.ts";
import {
  acceptInvitation,
  actorOf,
  addUser,
  changeRole,
  findInvitation,
  findUserByEmail,
  hasUsers,
  inviteUser,
  listPendingInvitations,
  listUsers,
  setUserDisabled,
  type User,
} from "./user.server.ts";

const PASSWORD = "correct horse battery staple";
const SETTINGS = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };

async function firstAdmin(db = freshDb()) {
  const result = await addUser(
    db,
    { email: " Ada@Example.COM ", name: "Ada Admin", role: "admin", password: PASSWORD },
    "setup",
  );
  if (!result.ok) throw new Error(result.message);
  return { db, admin: result.user };
}

async function invited(db: ReturnType<typeof freshDb>, admin: User, email: string, role: User["role"]) {
  const invitation = inviteUser(db, actorOf(admin), { email, role });
  if (!invitation.ok) throw new Error(invitation.message);
  const joined = await acceptInvitation(db, invitation.token, { name: email.split("@")[0], password: PASSWORD });
  if (!joined.ok) throw new Error(joined.reason);
  return joined.user;
}

describe("the first admin", () => {
  it("is made once, with a normalized email and a hashed password; set-up is refused afterwards", async () => {
    const db = freshDb();
    expect(hasUsers(db)).toBe(false);
    const { admin } = await firstAdmin(db);
    expect(admin).toMatchObject({ email: "ada@example.com", role: "admin", disabledAt: null });
    expect(hasUsers(db)).toBe(true);
    const stored = findUserByEmail(db, "ADA@example.com")!;
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored.passwordHash)).toBe(true);

    const again = await addUser(
      db,
      { email: "eve@example.com", name: "Eve", role: "admin", password: PASSWORD },
      "setup",
    );
    expect(again).toEqual({ ok: false, field: "form", message: "Clausewise is set up already: sign in instead." });
    expect(listUsers(db)).toHaveLength(1);
    expect(listRecentEvents(db, "user.").map((e) => e.action)).toEqual(["user.created"]);
  });

  it("can be added from the command line for any role, but never twice for one email", async () => {
    const { db } = await firstAdmin();
    const legal = await addUser(
      db,
      { email: "lee@example.com", name: "Lee", role: "legal", password: PASSWORD },
      "commandLine",
    );
    expect(legal).toMatchObject({ ok: true, user: { role: "legal" } });
    const twice = await addUser(
      db,
      { email: "LEE@example.com", name: "Lee", role: "legal", password: PASSWORD },
      "commandLine",
    );
    expect(twice).toMatchObject({
      ok: false,
      field: "email",
      message: "There is already an account for lee@example.com.",
    });
    // Nobody signed in made it.
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({ actor: null, details: { via: "commandLine" } });
  });
});

describe("invitations", () => {
  it("are a one-time link, stored hashed, valid for seven days", async () => {
    const { db, admin } = await firstAdmin();
    const now = new Date("2026-05-01T10:00:00Z");
    const invitation = inviteUser(db, actorOf(admin), { email: "Pat@Example.com", role: "procurement" }, now);
    if (!invitation.ok) throw new Error("expected an invitation");
    expect(invitation.token).toMatch(/^[\w-]{43}$/);
    expect(db.$client.prepare("select id from invitations").all()).not.toContainEqual({ id: invitation.token });
    expect(invitation.invitation).toMatchObject({ email: "pat@example.com", expiresAt: "2026-05-08T10:00:00.000Z" });
    expect(listPendingInvitations(db, now)).toHaveLength(1);

    expect(findInvitation(db, invitation.token, new Date("2026-05-08T09:59:00Z")).ok).toBe(true);
    expect(findInvitation(db, invitation.token, new Date("2026-05-08T10:00:00Z"))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(findInvitation(db, "not-a-token")).toEqual({ ok: false, reason: "unknown" });

    const joined = await acceptInvitation(db, invitation.token, { name: "Pat", password: PASSWORD }, now);
    expect(joined).toMatchObject({ ok: true, user: { email: "pat@example.com", role: "procurement", name: "Pat" } });
    const twice = await acceptInvitation(db, invitation.token, { name: "Mallory", password: PASSWORD }, now);
    expect(twice).toEqual({ ok: false, reason: "used" });
    expect(listUsers(db).map((u) => u.name)).toEqual(["Ada Admin", "Pat"]);
    expect(listPendingInvitations(db, now)).toEqual([]);
  });

  it("are refused for an email that already has an account", async () => {
    const { db, admin } = await firstAdmin();
    expect(inviteUser(db, actorOf(admin), { email: "ada@example.com", role: "legal" })).toMatchObject({
      ok: false,
      field: "email",
    });
  });
});

describe("roles and disabled accounts", () => {
  it("change a role, and never leave the app without an enabled admin", async () => {
    const { db, admin } = await firstAdmin();
    const pat = await invited(db, admin, "pat@example.com", "procurement");
    expect(changeRole(db, actorOf(admin), admin.id, "legal")).toEqual({
      ok: false,
      message: "Ada Admin is the last admin. Make another user an admin first, so someone can still manage users.",
    });
    expect(changeRole(db, actorOf(admin), pat.id, "admin")).toMatchObject({ ok: true, user: { role: "admin" } });
    // Now there is another admin: Ada may step down.
    expect(changeRole(db, actorOf(admin), admin.id, "legal")).toMatchObject({ ok: true, user: { role: "legal" } });
    expect(setUserDisabled(db, actorOf(admin), pat.id, true)).toMatchObject({ ok: false, message: /last admin/ });
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({
      actor: "Ada Admin",
      action: "user.role_changed",
      details: { subject: "Ada Admin", from: "admin", to: "legal" },
    });
  });

  it("disabling ends every session of the user at once; enabling lets them sign in again", async () => {
    const { db, admin } = await firstAdmin();
    const pat = await invited(db, admin, "pat@example.com", "procurement");
    const one = startSession(db, pat, SETTINGS);
    const two = startSession(db, pat, SETTINGS);
    expect(resumeSession(db, one.token, SETTINGS)).not.toBeNull();

    expect(setUserDisabled(db, actorOf(admin), pat.id, true)).toMatchObject({
      ok: true,
      user: { disabledAt: expect.any(String) },
    });
    expect(resumeSession(db, one.token, SETTINGS)).toBeNull();
    expect(resumeSession(db, two.token, SETTINGS)).toBeNull();

    expect(setUserDisabled(db, actorOf(admin), pat.id, false)).toMatchObject({ ok: true, user: { disabledAt: null } });
    // The old sessions stay ended: enabling is not signing in.
    expect(resumeSession(db, one.token, SETTINGS)).toBeNull();
    expect(resumeSession(db, startSession(db, pat, SETTINGS).token, SETTINGS)).toMatchObject({ user: { id: pat.id } });
  });

  it("an admin cannot disable their own account", async () => {
    const { db, admin } = await firstAdmin();
    await invited(db, admin, "second@example.com", "admin");
    expect(setUserDisabled(db, actorOf(admin), admin.id, true)).toEqual({
      ok: false,
      message: "You cannot disable your own account. Ask another admin to do it.",
    });
  });
});
