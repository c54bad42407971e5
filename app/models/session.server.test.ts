import { describe, expect, it } from "vitest";
import { createTestUser } from "../../tests/support/test-context.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { listRecentEvents } from "./audit.server.ts";
import { endSession, resumeSession, startSession } from "./session.server.ts";

const MINUTE = 60_000;
const SETTINGS = { idleMs: 30 * MINUTE, maxMs: 12 * 60 * MINUTE };
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe("sessions", () => {
  it("get a new random token at every sign-in, stored only as its hash", () => {
    const db = freshDb();
    const user = createTestUser("procurement", db);
    const a = startSession(db, user, SETTINGS);
    const b = startSession(db, user, SETTINGS);
    expect(a.token).not.toBe(b.token);
    expect(a.maxAgeSeconds).toBe(30 * 60);
    const ids = (db.$client.prepare("select id from sessions").all() as { id: string }[]).map((r) => r.id);
    expect(ids).not.toContain(a.token);
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
    expect(listRecentEvents(db, "user.").filter((e) => e.action === "user.signed_in")).toHaveLength(2);
  });

  it("end after the idle timeout, which every use moves on (sliding)", () => {
    const db = freshDb();
    const user = createTestUser("legal", db);
    const start = new Date("2026-05-01T09:00:00Z");
    const { token } = startSession(db, user, SETTINGS, start);
    // Used after 20 minutes: last-seen moves on, and the cookie is sent again.
    expect(resumeSession(db, token, SETTINGS, at(start, 20 * MINUTE))).toMatchObject({
      refreshed: true,
      user: { id: user.id },
    });
    // So 40 minutes after sign-in (20 idle) it is alive…
    expect(resumeSession(db, token, SETTINGS, at(start, 40 * MINUTE))?.refreshed).toBe(true);
    // …and 30 idle minutes later it is gone.
    expect(resumeSession(db, token, SETTINGS, at(start, 70 * MINUTE))).toBeNull();
  });

  it("writes last-seen at most once a minute", () => {
    const db = freshDb();
    const start = new Date("2026-05-01T09:00:00Z");
    const { token } = startSession(db, createTestUser("admin", db), SETTINGS, start);
    expect(resumeSession(db, token, SETTINGS, at(start, 30_000))?.refreshed).toBe(false);
    expect(resumeSession(db, token, SETTINGS, at(start, 61_000))?.refreshed).toBe(true);
  });

  it("end at the absolute expiry however busy, and the cookie never outlives it", () => {
    const db = freshDb();
    const start = new Date("2026-05-01T09:00:00Z");
    const { token } = startSession(db, createTestUser("admin", db), SETTINGS, start);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      expect(resumeSession(db, token, SETTINGS, at(start, minutes * MINUTE)), `after ${minutes} min`).not.toBeNull();
    }
    expect(resumeSession(db, token, SETTINGS, at(start, (12 * 60 - 10) * MINUTE))?.maxAgeSeconds).toBe(10 * 60);
    expect(resumeSession(db, token, SETTINGS, at(start, 12 * 60 * MINUTE))).toBeNull();
  });

  it("sign-out revokes the session on the server and records it", () => {
    const db = freshDb();
    const user = createTestUser("procurement", db);
    const { token } = startSession(db, user, SETTINGS);
    endSession(db, token);
    expect(resumeSession(db, token, SETTINGS)).toBeNull();
    expect(listRecentEvents(db, "user.")[0]).toMatchObject({ action: "user.signed_out", actor: user.name });
    // Signing out twice, or with a made-up token, changes nothing.
    endSession(db, token);
    endSession(db, "made-up");
    expect(listRecentEvents(db, "user.").filter((e) => e.action === "user.signed_out")).toHaveLength(1);
  });

  it("ended sessions are removed at the next sign-in; live ones stay", () => {
    const db = freshDb();
    const user = createTestUser("procurement", db);
    const start = new Date("2026-05-01T09:00:00Z");
    const revoked = startSession(db, user, SETTINGS, start);
    endSession(db, revoked.token, start);
    const idle = startSession(db, user, SETTINGS, start);
    const live = startSession(db, user, SETTINGS, at(start, 20 * MINUTE));
    // 40 minutes after the start: `idle` has been unused for 40 (over 30), `live` for 20.
    const next = startSession(db, user, SETTINGS, at(start, 40 * MINUTE));
    const count = () => (db.$client.prepare("select count(*) as n from sessions").get() as { n: number }).n;
    expect(count()).toBe(2);
    expect(resumeSession(db, live.token, SETTINGS, at(start, 41 * MINUTE))).not.toBeNull();
    expect(resumeSession(db, next.token, SETTINGS, at(start, 41 * MINUTE))).not.toBeNull();
    expect(resumeSession(db, idle.token, SETTINGS, at(start, 41 * MINUTE))).toBeNull();
  });
});
