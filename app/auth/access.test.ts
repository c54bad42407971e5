import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { IGNORED_ROUTE_FILES } from "../route-files.ts";
import type { Role } from "../accounts/roles.ts";
import { can, ROUTE_ACCESS, routeAccess } from "./access.ts";

/** Every route Remix builds from app/routes (the same discovery and ignore list as vite.config.ts), and root. */
const ROUTE_IDS = ["root", ...Object.keys(flatRoutes(path.resolve("app"), IGNORED_ROUTE_FILES))].sort();

function allowed(role: Role | null, method: string, routeId: string): boolean {
  const { access } = routeAccess(routeId, method);
  if (access.kind === "public") return true;
  if (access.kind === "nobody") return false;
  return role !== null && can(role, access.permission);
}

describe("every route declares who may use it", () => {
  it("finds the routes (the discovery the build uses)", () => {
    expect(ROUTE_IDS).toContain("routes/admin.backup[.]db");
    expect(ROUTE_IDS).toContain("routes/reviews.$reviewId.$stepId");
    expect(ROUTE_IDS.length).toBeGreaterThan(25);
  });

  it.each(ROUTE_IDS)("%s has a declared access", (routeId) => {
    expect(Object.hasOwn(ROUTE_ACCESS, routeId), `${routeId}: add it to ROUTE_ACCESS in app/auth/access.ts`).toBe(true);
  });

  it("declares no route that does not exist (a renamed route must not keep a stale rule)", () => {
    expect(Object.keys(ROUTE_ACCESS).filter((id) => !ROUTE_IDS.includes(id))).toEqual([]);
  });

  it("refuses a route nobody declared to everyone, whatever the method", () => {
    for (const role of [null, "procurement", "legal", "admin"] as const) {
      for (const method of ["GET", "HEAD", "POST", "DELETE"]) {
        expect(allowed(role, method, "routes/not-declared")).toBe(false);
      }
    }
    // Not fooled by the names of Object's own properties.
    expect(routeAccess("constructor", "GET").declared).toBeNull();
    expect(routeAccess("__proto__", "GET").declared).toBeNull();
  });
});

describe("who may do what", () => {
  it.each([
    // [role, method, route, allowed]
    [null, "GET", "routes/healthz", true],
    [null, "GET", "routes/sign-in", true],
    [null, "POST", "routes/sign-in", true],
    [null, "GET", "routes/_index", false],
    [null, "GET", "routes/catalog", false],
    [null, "GET", "routes/$", true],
    [null, "GET", "routes/reviews.$reviewId.pack[.]docx", false],
    [null, "GET", "routes/reviews.$reviewId.addendum[.]docx", false],
    [null, "GET", "routes/reviews.$reviewId.answers[.]json", false],
    [null, "GET", "routes/ping", false],
    [null, "GET", "root", true],
    [null, "POST", "root", false],
    ["procurement", "GET", "routes/catalog", true],
    ["procurement", "POST", "routes/catalog", false],
    ["procurement", "GET", "routes/admin.users", false],
    ["procurement", "POST", "routes/admin.users", false],
    ["procurement", "GET", "routes/admin.backup[.]db", false],
    ["procurement", "GET", "routes/reviews.new", true],
    ["procurement", "POST", "routes/reviews.new", true],
    ["procurement", "POST", "routes/reviews.$reviewId.$stepId", true],
    ["procurement", "GET", "routes/reviews.$reviewId.pack[.]docx", true],
    ["procurement", "GET", "routes/reviews.$reviewId.questions[.]xlsx", true],
    ["legal", "GET", "routes/reviews.$reviewId.questions[.]docx", true],
    ["procurement", "POST", "routes/reviews.$reviewId.questions[.]xlsx", false],
    [null, "GET", "routes/reviews.$reviewId.questions[.]xlsx", false],
    [null, "GET", "routes/reviews.$reviewId.questions[.]docx", false],
    ["legal", "GET", "routes/reviews.$reviewId.addendum[.]docx", true],
    ["legal", "GET", "routes/reviews._index", true],
    ["legal", "GET", "routes/reviews.$reviewId.$stepId", true],
    ["legal", "POST", "routes/reviews.$reviewId.$stepId", false],
    ["legal", "GET", "routes/reviews.$reviewId.import", false],
    ["legal", "POST", "routes/reviews.$reviewId.import", false],
    ["legal", "GET", "routes/reviews.$reviewId.renew", true],
    ["legal", "POST", "routes/reviews.$reviewId.renew", false],
    ["procurement", "POST", "routes/reviews.$reviewId.renew", true],
    ["admin", "POST", "routes/reviews.$reviewId.renew", true],
    ["legal", "GET", "routes/reviews.new", false],
    ["legal", "POST", "routes/reviews.new", false],
    ["procurement", "GET", "routes/reviews.new_.context", true],
    ["procurement", "POST", "routes/reviews.new_.context", true],
    ["legal", "GET", "routes/reviews.new_.context", false],
    ["legal", "POST", "routes/reviews.new_.context", false],
    [null, "POST", "routes/reviews.new_.context", false],
    ["legal", "GET", "routes/reviews.$reviewId.packs.$packId[.]docx", true],
    ["legal", "GET", "routes/reviews.$reviewId.answers[.]json", true],
    ["legal", "POST", "routes/catalog", true],
    ["legal", "GET", "routes/admin.users", false],
    ["legal", "GET", "routes/admin.backup", false],
    ["admin", "GET", "routes/admin.users", true],
    ["admin", "GET", "routes/admin.backup[.]db", true],
    ["admin", "POST", "routes/reviews.$reviewId.$stepId", true],
    [null, "GET", "routes/setup", true],
    [null, "GET", "routes/invite.$token", true],
    [null, "POST", "routes/sign-out", true],
    [null, "GET", "routes/reset-password.$token", true],
    [null, "POST", "routes/reset-password.$token", true],
    [null, "GET", "routes/account", false],
    [null, "POST", "routes/account", false],
    ["procurement", "GET", "routes/account", true],
    ["legal", "POST", "routes/account", true],
    ["procurement", "GET", "routes/ping", true],
    ["legal", "GET", "routes/renewals", true],
    ["admin", "POST", "routes/healthz", false],
    ["admin", "POST", "routes/reviews._index", false],
    // Hand-built packs: legal and admin build them; procurement reads them but cannot build one.
    ["legal", "GET", "routes/packs.new", true],
    ["legal", "POST", "routes/packs.new", true],
    ["admin", "POST", "routes/packs.new", true],
    ["procurement", "GET", "routes/packs.new", false],
    ["procurement", "POST", "routes/packs.new", false],
    [null, "GET", "routes/packs._index", false],
    ["legal", "GET", "routes/packs._index", true],
    ["legal", "GET", "routes/packs.$packId._index", true],
    ["legal", "GET", "routes/packs.$packId.memo[.]docx", true],
    ["legal", "GET", "routes/packs.$packId.addendum[.]docx", true],
    ["legal", "POST", "routes/packs.$packId._index", false],
    [null, "GET", "routes/packs.$packId.addendum[.]docx", false],
  ] as const)("%s %s %s → %s", (role, method, routeId, expected) => {
    expect(allowed(role, method, routeId)).toBe(expected);
  });
});
