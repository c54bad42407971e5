import { afterEach, describe, expect, it, vi } from "vitest";
import type { ServerBuild } from "@remix-run/node";
import { createTestUser, testContext } from "../tests/support/test-context.ts";
import { errorPage, guardRoutes, handleError } from "./entry.server.tsx";
import type { SessionUser } from "./models/user.server.ts";

describe("server errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are logged with the request's id", () => {
    const logged: unknown[][] = [];
    // Replaces the test setup's watch on console.error: this error is the point of the test.
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const request = new Request("http://localhost/reviews/abc/review");
    handleError(new Error("the disk is on fire"), { request, context: { ...testContext(), requestId: "req-123" } });
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toMatch(/\[req-123\] GET \/reviews\/abc\/review:$/);
    expect((logged[0][1] as Error).message).toBe("the disk is on fire");
  });

  it("are shown without a stack, with the id to quote", () => {
    const html = errorPage("req-456");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("Something went wrong");
    expect(html).toContain("<code>req-456</code>");
    expect(html).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe("every route's loader and action behind its route's access", () => {
  const calls: string[] = [];
  const routeModule = (id: string, parts: { page?: boolean; loader?: boolean; action?: boolean }) => ({
    ...(parts.page ? { default: () => null } : {}),
    ...(parts.loader ? { loader: () => (calls.push(`${id} loader`), "data") } : {}),
    ...(parts.action ? { action: () => (calls.push(`${id} action`), "done") } : {}),
  });
  const fake = (routes: Record<string, ReturnType<typeof routeModule>>) =>
    ({
      routes: Object.fromEntries(Object.entries(routes).map(([id, module]) => [id, { id, path: id, module }])),
      assets: { routes: Object.fromEntries(Object.keys(routes).map((id) => [id, { id, hasLoader: false }])) },
    }) as unknown as ServerBuild;
  const build = guardRoutes(
    fake({
      "routes/admin.users": routeModule("routes/admin.users", { page: true, loader: true, action: true }),
      "routes/reviews.new": routeModule("routes/reviews.new", { page: true, action: true }),
      "routes/admin.backup[.]db": routeModule("routes/admin.backup[.]db", { loader: true }),
      "routes/forgotten": routeModule("routes/forgotten", { page: true, loader: true }),
    }),
  );
  const run = async (
    id: string,
    kind: "loader" | "action",
    user: SessionUser | null,
    method = kind === "loader" ? "GET" : "POST",
  ) => {
    const fn = build.routes[id]!.module[kind] as (args: unknown) => unknown;
    try {
      return {
        returned: await fn({
          request: new Request(`http://x.test/${id}`, { method }),
          context: testContext(user),
          params: {},
        }),
      };
    } catch (thrown) {
      return { thrown };
    }
  };

  it("runs a route's own code only for someone its route lets in", async () => {
    const admin = createTestUser("admin");
    const legal = createTestUser("legal");
    calls.length = 0;
    expect(await run("routes/admin.users", "loader", admin)).toEqual({ returned: "data" });
    expect(await run("routes/admin.users", "action", admin)).toEqual({ returned: "done" });
    const refused = await run("routes/admin.users", "action", legal);
    expect(refused.thrown).toMatchObject({ init: { status: 403 }, data: { title: "Not available to your role" } });
    expect(calls).toEqual(["routes/admin.users loader", "routes/admin.users action"]);
  });

  it("checks a page that has no loader, and keeps no action where the route has none", async () => {
    const legal = createTestUser("legal");
    expect((await run("routes/reviews.new", "loader", legal)).thrown).toMatchObject({ init: { status: 403 } });
    expect(await run("routes/reviews.new", "loader", createTestUser("procurement"))).toEqual({ returned: null });
    expect(build.routes["routes/admin.backup[.]db"]!.module.action).toBeUndefined();
    // So the browser asks the server before it shows the page on a client-side navigation too.
    expect(build.assets.routes["routes/reviews.new"]!.hasLoader).toBe(true);
  });

  it("refuses a download with a plain page, and sends a visitor without a session to sign in", async () => {
    const { thrown } = await run("routes/admin.backup[.]db", "loader", createTestUser("procurement"));
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(403);
    expect((thrown as Response).headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await (thrown as Response).text()).toContain("<h1>Not available to your role</h1>");
    const anonymous = (await run("routes/admin.users", "loader", null)).thrown as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/sign-in?next=%2Froutes%2Fadmin.users");
    expect(((await run("routes/admin.users", "action", null)).thrown as Response).status).toBe(303);
  });

  it("refuses a route nobody declared even to an admin, without running it", async () => {
    calls.length = 0;
    expect((await run("routes/forgotten", "loader", createTestUser("admin"))).thrown).toMatchObject({
      init: { status: 403 },
      data: { title: "Not available" },
    });
    expect(calls).toEqual([]);
  });
});
