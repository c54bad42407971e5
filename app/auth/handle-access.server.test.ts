import { describe, expect, it } from "vitest";
import { startSession } from "../models/session.server.ts";
import type { SessionUser } from "../models/user.server.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import {
  admitRequest,
  decideRouteAccess,
  pageAddress,
  safeNext,
  type AccessRequest,
  type RouteRequest,
} from "./handle-access.server.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { createTestUser } from "../../tests/support/test-context.ts";

const SETTINGS = { session: { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 }, appOrigin: null };
const HOST = "clausewise.test:3000";
const OWN = `http://${HOST}`;

function request(method: string, extra: Partial<AccessRequest> = {}): AccessRequest {
  return {
    method,
    cookie: undefined,
    origin: method === "GET" ? undefined : OWN,
    referer: undefined,
    fetchSite: undefined,
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

const person = (role: SessionUser["role"]): SessionUser => ({ id: role, email: `${role}@x.test`, name: role, role });

function route(routeId: string, method: string, address: string, extra: Partial<RouteRequest> = {}): RouteRequest {
  return {
    routeId,
    method,
    url: new URL(address, OWN),
    user: null,
    hasUsers: true,
    fromAnotherSite: false,
    ...extra,
  };
}

describe("admitting a request (its origin and its session)", () => {
  it("refuses a change that does not come from the app's own pages, before anything else", () => {
    const { db, admin } = withUsers();
    const post = (extra: Partial<AccessRequest>) =>
      admitRequest(db, request("POST", { cookie: admin.cookie, ...extra }), SETTINGS);
    expect(post({ origin: "https://evil.example" })).toMatchObject({ kind: "refuse", status: 403, user: null });
    expect(post({ origin: "null" })).toMatchObject({ kind: "refuse" });
    expect(post({ origin: undefined, referer: undefined })).toMatchObject({ kind: "refuse" });
    // Without an Origin, the Referer decides.
    expect(post({ origin: undefined, referer: `${OWN}/admin/users` }).kind).toBe("continue");
    expect(post({ origin: undefined, referer: "https://evil.example/form" }).kind).toBe("refuse");
    // Over HTTPS the own origin is https; APP_ORIGIN overrides the Host header.
    expect(post({ origin: `https://${HOST}`, secure: true }).kind).toBe("continue");
    const behindProxy = { ...SETTINGS, appOrigin: "https://clausewise.example.com" };
    expect(admitRequest(db, request("POST", { cookie: admin.cookie }), behindProxy).kind).toBe("refuse");
    expect(
      admitRequest(db, request("POST", { cookie: admin.cookie, origin: "https://clausewise.example.com" }), behindProxy)
        .kind,
    ).toBe("continue");
  });

  it("names the person of a live session, and nobody for a made-up cookie, whose cookie it drops", () => {
    const { db, legal } = withUsers();
    expect(admitRequest(db, request("GET", { cookie: legal.cookie }), SETTINGS)).toMatchObject({
      kind: "continue",
      user: legal.user,
    });
    const outcome = admitRequest(db, request("GET", { cookie: `${SESSION_COOKIE}=made-up` }), SETTINGS);
    expect(outcome).toMatchObject({
      kind: "continue",
      user: null,
      setCookie: expect.stringMatching(/^clausewise_session=; .*Max-Age=0/),
    });
  });

  it("sends the cookie again, HttpOnly, SameSite=Lax, Secure over HTTPS, when the session slides on", () => {
    const { db, admin } = withUsers();
    const later = { ...SETTINGS, now: new Date(Date.now() + 5 * 60_000) };
    const outcome = admitRequest(db, request("GET", { cookie: admin.cookie, secure: true }), later);
    expect(outcome).toMatchObject({ kind: "continue", user: admin.user });
    expect(outcome.kind === "continue" && outcome.setCookie).toMatch(
      /^clausewise_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1800; Secure$/,
    );
  });

  it.each([
    // [Sec-Fetch-Site, Origin, Referer, from another site]
    [undefined, undefined, undefined, false],
    ["none", undefined, undefined, false],
    ["same-origin", undefined, `${OWN}/reviews/abc/review`, false],
    ["cross-site", undefined, undefined, true],
    ["same-site", undefined, undefined, true],
    [undefined, undefined, "https://evil.example/page", true],
    [undefined, "https://evil.example", undefined, true],
    [undefined, "null", undefined, true],
    ["same-origin", undefined, "https://evil.example/page", true],
    [undefined, undefined, `${OWN}/admin/backup`, false],
  ] as const)(
    "Sec-Fetch-Site %s, Origin %s, Referer %s: from another site %s",
    (fetchSite, origin, referer, expected) => {
      const { db, admin } = withUsers();
      const outcome = admitRequest(db, request("GET", { cookie: admin.cookie, fetchSite, origin, referer }), SETTINGS);
      expect(outcome).toMatchObject({ kind: "continue", fromAnotherSite: expected });
    },
  );
});

describe("deciding on the route that will run", () => {
  it("leads every route to the set-up while nobody has an account, but the set-up, the health check and the frame", () => {
    const first = { hasUsers: false };
    expect(decideRouteAccess(route("routes/catalog", "GET", "/catalog", first))).toEqual({
      kind: "redirect",
      location: "/setup",
    });
    expect(decideRouteAccess(route("routes/sign-in", "GET", "/sign-in", first))).toMatchObject({ location: "/setup" });
    expect(decideRouteAccess(route("routes/$", "GET", "/anything", first))).toMatchObject({ location: "/setup" });
    for (const [id, method] of [
      ["routes/setup", "GET"],
      ["routes/setup", "POST"],
      ["routes/healthz", "GET"],
      ["root", "GET"],
    ]) {
      expect(decideRouteAccess(route(id, method, "/setup", first)), `${method} ${id}`).toEqual({ kind: "continue" });
    }
    // Afterwards the set-up leads home.
    expect(decideRouteAccess(route("routes/setup", "GET", "/setup"))).toEqual({ kind: "redirect", location: "/" });
  });

  it("sends a visitor without a session to sign in, and back to the page afterwards", () => {
    expect(decideRouteAccess(route("routes/reviews._index", "GET", "/reviews?status=draft"))).toEqual({
      kind: "redirect",
      location: "/sign-in?next=%2Freviews%3Fstatus%3Ddraft",
    });
    // A data request names the page, not its data address.
    expect(decideRouteAccess(route("routes/catalog", "GET", "/catalog.data?_routes=root"))).toMatchObject({
      location: "/sign-in?next=%2Fcatalog",
    });
    expect(decideRouteAccess(route("routes/sign-in", "GET", "/sign-in"))).toEqual({ kind: "continue" });
  });

  it("lets each role do what access.ts grants, and refuses the rest with 403", () => {
    const as = (role: SessionUser["role"], id: string, method: string) =>
      decideRouteAccess(route(id, method, "/whatever", { user: person(role) })).kind;
    expect(as("admin", "routes/admin.users", "GET")).toBe("continue");
    expect(as("procurement", "routes/admin.users", "GET")).toBe("refuse");
    expect(as("procurement", "routes/catalog", "POST")).toBe("refuse");
    expect(as("legal", "routes/catalog", "POST")).toBe("continue");
    expect(as("legal", "routes/reviews.$reviewId.$stepId", "GET")).toBe("continue");
    expect(as("legal", "routes/reviews.$reviewId.$stepId", "POST")).toBe("refuse");
    expect(
      decideRouteAccess(route("routes/admin.users", "POST", "/admin/users", { user: person("legal") })),
    ).toMatchObject({
      kind: "refuse",
      status: 403,
      title: "Not available to your role",
    });
    // Nobody at all for a route that is not declared, signed in or not.
    expect(decideRouteAccess(route("routes/new-and-forgotten", "GET", "/x", { user: person("admin") }))).toMatchObject({
      kind: "refuse",
      status: 403,
      title: "Not available",
    });
    expect(decideRouteAccess(route("routes/new-and-forgotten", "GET", "/x"))).toMatchObject({ kind: "refuse" });
  });

  it("refuses a GET that records something when another site asked for it; other GETs are only links", () => {
    const admin = { user: person("admin"), fromAnotherSite: true };
    for (const id of [
      "routes/admin.backup[.]db",
      "routes/reviews.$reviewId.pack[.]docx",
      "routes/reviews.$reviewId.answers[.]json",
    ]) {
      expect(decideRouteAccess(route(id, "GET", "/x", admin)), id).toMatchObject({
        kind: "refuse",
        title: "Open this from Clausewise",
      });
      expect(decideRouteAccess(route(id, "GET", "/x", { ...admin, fromAnotherSite: false })), id).toEqual({
        kind: "continue",
      });
    }
    expect(decideRouteAccess(route("routes/reviews.$reviewId.packs.$packId[.]docx", "GET", "/x", admin))).toEqual({
      kind: "continue",
    });
    expect(decideRouteAccess(route("routes/catalog", "GET", "/catalog", admin))).toEqual({ kind: "continue" });
  });
});

describe("addresses", () => {
  it("names the page of a data request", () => {
    expect(pageAddress(new URL("http://x/_root.data?_routes=root"))).toBe("/");
    expect(pageAddress(new URL("http://x/reviews.data?status=draft&_routes=routes%2Freviews"))).toBe(
      "/reviews?status=draft",
    );
  });

  it.each([
    ["/reviews?status=draft", "/reviews?status=draft"],
    ["/reviews/abc/review#findings", "/reviews/abc/review#findings"],
    // What a browser makes of it: spaces and non-ASCII percent-encoded, so a header can carry it.
    ["/\u3000/", "/%E3%80%80/"],
    ["/caf\u00e9", "/caf%C3%A9"],
    ["/a/../admin/users", "/admin/users"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["\\\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["\t//evil.example", "/"],
    [" //evil.example", "/"],
    ["\u0000//evil.example", "/"],
    ["/.//evil.example", "/"],
    ["https://evil.example", "/"],
    ["https:evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["java\tscript:alert(1)", "/"],
    ["http://clausewise.invalid/admin", "/"],
    ["", "/"],
    [null, "/"],
    [undefined, "/"],
  ])("after sign-in %j leads to %j", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
