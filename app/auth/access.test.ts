import { describe, expect, it } from "vitest";
import { accessFor, can, type Role } from "./access.ts";

function allowed(role: Role | null, method: string, path: string): boolean {
  const access = accessFor(method, path);
  if (access.kind === "public") return true;
  return role !== null && can(role, access.permission);
}

describe("who may do what", () => {
  it.each([
    // [role, method, path, allowed]
    [null, "GET", "/healthz", true],
    [null, "GET", "/sign-in", true],
    [null, "POST", "/sign-in", true],
    [null, "GET", "/", false],
    [null, "GET", "/catalog", false],
    [null, "GET", "/reviews/abc/pack.docx", false],
    [null, "GET", "/reviews/abc/answers.json", false],
    [null, "GET", "/ping", false],
    ["procurement", "GET", "/catalog", true],
    ["procurement", "POST", "/catalog", false],
    ["procurement", "GET", "/admin/users", false],
    ["procurement", "POST", "/admin/users", false],
    ["procurement", "POST", "/reviews/new", true],
    ["procurement", "POST", "/reviews/abc/training", true],
    ["procurement", "GET", "/reviews/abc/pack.docx", true],
    ["legal", "GET", "/reviews", true],
    ["legal", "GET", "/reviews/abc/training", true],
    ["legal", "POST", "/reviews/abc/training", false],
    ["legal", "POST", "/reviews/abc/import", false],
    ["legal", "POST", "/reviews/abc/renew", false],
    ["legal", "POST", "/reviews/abc/renew.data", false],
    ["procurement", "POST", "/reviews/abc/renew", true],
    ["admin", "POST", "/reviews/abc/renew", true],
    ["legal", "GET", "/reviews/new", false],
    ["legal", "GET", "/reviews/abc/packs/3.docx", true],
    ["legal", "GET", "/reviews/abc/answers.json", true],
    ["legal", "POST", "/catalog", true],
    ["legal", "GET", "/admin/users", false],
    ["admin", "GET", "/admin/users", true],
    ["admin", "POST", "/reviews/abc/training", true],
    ["legal", "GET", "/reviews/abc/training.data", true],
    ["legal", "POST", "/reviews/abc/training.data", false],
    ["procurement", "GET", "/admin/users.data", false],
    [null, "GET", "/setup", true],
    [null, "GET", "/invite/some-token", true],
    [null, "POST", "/sign-out", true],
    [null, "GET", "/__manifest", true],
    [null, "POST", "/__manifest", false],
    ["procurement", "GET", "/ping", true],
    ["legal", "POST", "/reviews/new", false],
    ["legal", "GET", "/renewals", true],
    ["procurement", "POST", "/healthz", false],
    [null, "GET", "/reset-password/some-token", true],
    [null, "POST", "/reset-password/some-token", true],
    [null, "GET", "/account", false],
    [null, "POST", "/account", false],
    ["procurement", "GET", "/account", true],
    ["legal", "POST", "/account", true],
    ["procurement", "POST", "/account.data", true],
  ] as const)("%s %s %s → %s", (role, method, path, expected) => {
    expect(allowed(role, method, path)).toBe(expected);
  });
});
