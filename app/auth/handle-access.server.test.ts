import { describe, expect, it } from "vitest";
import { startSession } from "../models/session.server.ts";
import { freshDb } from "../utils/test-db.ts";
import { decideAccess, pageAddress, safeNext, type AccessRequest } from "./handle-access.server.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { createTestUser } from "./test-context.ts";

const SETTINGS = { session: { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 }, appOrigin: null };
const HOST = "clausewise.test:3000";
const OWN = `http://${HOST}`;

function request(method: string, path: string, extra: Partial<AccessRequest> = {}): AccessRequest {
  return {
    method,
    path,
    search: "",
    cookie: undefined,
    origin: method === "GET" ? undefined : OWN,
    referer: undefined,
    host: HOST,
    secure: false,
    ...extra,
  };
}

function withUsers() {
  const db = freshDb();
  const sessionOf = (role: "admin" | "legal" | "procurement") => {
    const user = createTestUser(role, db);
    const { token } = startSession(db, user, SETTINGS.session);
    return { user, cookie: `other=1; ${SESSION_COOKIE}=${token}` };
  };
  return { db, admin: sessionOf("admin"), legal: sessionOf("legal"), procurement: sessionOf("procurement") };
}

describe("access to every request", () => {
  it("leads every page to the set-up while nobody has an account", () => {
    const db = freshDb();
    expect(decideAccess(db, request("GET", "/catalog"), SETTINGS)).toEqual({ kind: "redirect", location: "/setup" });
    expect(decideAccess(db, request("GET", "/sign-in"), SETTINGS)).toEqual({ kind: "redirect", location: "/setup" });
    expect(decideAccess(db, request("GET", "/setup"), SETTINGS)).toEqual({ kind: "continue", user: null });
    expect(decideAccess(db, request("POST", "/setup"), SETTINGS)).toEqual({ kind: "continue", user: null });
    // With JavaScript the form posts to the page's data address.
    expect(decideAccess(db, request("POST", "/setup.data"), SETTINGS)).toEqual({ kind: "continue", user: null });
    expect(decideAccess(db, request("GET", "/healthz"), SETTINGS)).toEqual({ kind: "continue", user: null });
  });

  it("sends a visitor without a session to sign in, and back to the page afterwards", () => {
    const { db } = withUsers();
    expect(decideAccess(db, request("GET", "/reviews", { search: "?status=draft" }), SETTINGS)).toEqual({
      kind: "redirect",
      location: "/sign-in?next=%2Freviews%3Fstatus%3Ddraft",
    });
    // A data request names the page, not its data address.
    expect(decideAccess(db, request("GET", "/catalog.data", { search: "?_routes=root" }), SETTINGS)).toMatchObject({
      location: "/sign-in?next=%2Fcatalog",
    });
    expect(decideAccess(db, request("GET", "/sign-in"), SETTINGS)).toMatchObject({ kind: "continue", user: null });
    expect(decideAccess(db, request("GET", "/setup"), SETTINGS)).toEqual({ kind: "redirect", location: "/" });
  });

  it("lets each role do what access.ts grants, and refuses the rest with 403", () => {
    const { db, admin, legal, procurement } = withUsers();
    const as = (who: { cookie: string }, method: string, path: string) =>
      decideAccess(db, request(method, path, { cookie: who.cookie }), SETTINGS).kind;
    expect(as(admin, "GET", "/admin/users")).toBe("continue");
    expect(as(procurement, "GET", "/admin/users")).toBe("refuse");
    expect(as(procurement, "POST", "/catalog")).toBe("refuse");
    expect(as(legal, "POST", "/catalog")).toBe("continue");
    expect(as(legal, "GET", "/reviews/abc/training")).toBe("continue");
    expect(as(legal, "POST", "/reviews/abc/training")).toBe("refuse");
    expect(as(legal, "GET", "/reviews/abc/pack.docx")).toBe("continue");
    // Legal reads reviews but may not start a re-review: that creates a review.
    expect(decideAccess(db, request("POST", "/reviews/abc/renew", { cookie: legal.cookie }), SETTINGS)).toMatchObject({
      kind: "refuse",
      status: 403,
    });
    expect(as(procurement, "POST", "/reviews/abc/renew")).toBe("continue");
    const refused = decideAccess(db, request("POST", "/admin/users", { cookie: procurement.cookie }), SETTINGS);
    expect(refused).toMatchObject({
      kind: "refuse",
      status: 403,
      title: "Not available to your role",
      user: procurement.user,
    });
  });

  it("refuses a change that does not come from the app's own pages, before anything else", () => {
    const { db, admin } = withUsers();
    const post = (extra: Partial<AccessRequest>) =>
      decideAccess(db, request("POST", "/admin/users", { cookie: admin.cookie, ...extra }), SETTINGS);
    expect(post({ origin: "https://evil.example" })).toMatchObject({ kind: "refuse", status: 403, user: null });
    expect(post({ origin: "null" })).toMatchObject({ kind: "refuse" });
    expect(post({ origin: undefined, referer: undefined })).toMatchObject({ kind: "refuse" });
    // Without an Origin, the Referer decides.
    expect(post({ origin: undefined, referer: `${OWN}/admin/users` }).kind).toBe("continue");
    expect(post({ origin: undefined, referer: "https://evil.example/form" }).kind).toBe("refuse");
    // Over HTTPS the own origin is https; APP_ORIGIN overrides the Host header.
    expect(post({ origin: `https://${HOST}`, secure: true }).kind).toBe("continue");
    const behindProxy = { ...SETTINGS, appOrigin: "https://clausewise.example.com" };
    expect(decideAccess(db, request("POST", "/admin/users", { cookie: admin.cookie }), behindProxy).kind).toBe(
      "refuse",
    );
    expect(
      decideAccess(
        db,
        request("POST", "/admin/users", { cookie: admin.cookie, origin: "https://clausewise.example.com" }),
        behindProxy,
      ).kind,
    ).toBe("continue");
  });

  it("drops the cookie of a session that has ended", () => {
    const { db } = withUsers();
    const outcome = decideAccess(db, request("GET", "/reviews", { cookie: `${SESSION_COOKIE}=made-up` }), SETTINGS);
    expect(outcome).toMatchObject({
      kind: "redirect",
      setCookie: expect.stringMatching(/^clausewise_session=; .*Max-Age=0/),
    });
  });

  it("sends the cookie again, HttpOnly, SameSite=Lax, Secure over HTTPS, when the session slides on", () => {
    const { db, admin } = withUsers();
    const later = { ...SETTINGS, now: new Date(Date.now() + 5 * 60_000) };
    const outcome = decideAccess(db, request("GET", "/", { cookie: admin.cookie, secure: true }), later);
    expect(outcome).toMatchObject({ kind: "continue", user: admin.user });
    expect(outcome.setCookie).toMatch(
      /^clausewise_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1800; Secure$/,
    );
  });
});

describe("addresses", () => {
  it("names the page of a data request", () => {
    expect(pageAddress("/_root.data", "?_routes=root")).toBe("/");
    expect(pageAddress("/reviews.data", "?status=draft&_routes=routes%2Freviews")).toBe("/reviews?status=draft");
  });

  it("leads back only to a page of this app after sign-in", () => {
    expect(safeNext("/reviews?status=draft")).toBe("/reviews?status=draft");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "", null, undefined]) {
      expect(safeNext(bad)).toBe("/");
    }
  });
});
