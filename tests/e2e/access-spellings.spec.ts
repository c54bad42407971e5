// Every route × every spelling of its address × every person (nobody, procurement, legal, admin): a
// spelling gets the decision its canonical address gets, or a 400/404 — never a page, data or a download
// the canonical address refuses to that person. Raw requests (node:http), so no client tidies the path
// first. The routes are the ones the build discovers (the same discovery access.test.ts checks).
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

import { can, routeAccess } from "../../app/auth/access.ts";
import { ROLES, type Role } from "../../app/accounts/roles.ts";
import { IGNORED_ROUTE_FILES } from "../../app/route-files.ts";
import { expect, test } from "./fixtures.ts";
import { BASE_URL, PORT, SAME_ORIGIN, stateFile } from "./users.ts";
import { createReviewFrom } from "./wizard-helpers.ts";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "no browser involved: one project is enough");

type Answer = { status: number; location: string; body: string; contentType: string };

function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: PORT, method, path: target, headers: { Connection: "close", ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: String(response.headers.location ?? ""),
            contentType: String(response.headers["content-type"] ?? ""),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** What was decided, in words that a page load and its data request share. */
function decision(answer: Answer): string {
  const { status, location, body } = answer;
  // A data request's redirect is a 202 whose body names the target.
  const target = status === 202 ? (/"(\/[^"]*)"/.exec(body)?.[1] ?? "") : location.replace(BASE_URL, "");
  if ((status >= 300 && status < 400) || status === 202) {
    if (target.startsWith("/sign-in")) return "sign in";
    if (target.startsWith("/setup")) return "set-up";
    return "redirect";
  }
  if (status === 200) return `ok ${/<title>([^<]*)<\/title>/.exec(body)?.[1] ?? answer.contentType.split(";")[0]}`;
  return String(status);
}
/** A data request's answer has no <title>: what it says is only allowed or not. */
const kind = (d: string) => (d.startsWith("ok") ? "ok" : d);

const cookieOf = (role: Role | null): Record<string, string> => {
  if (!role) return {};
  const state = JSON.parse(fs.readFileSync(stateFile(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return { Cookie: state.cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
};

const encode = (text: string, upper = true) =>
  [...text]
    .map((c) => `%${c.charCodeAt(0).toString(16)[upper ? "toUpperCase" : "toLowerCase"]().padStart(2, "0")}`)
    .join("");

type Segment = { text: string; fixed: boolean };

/** Spellings of one address, from its segments (a parameter's value is left as it is: it is data). */
function spellings(segments: Segment[]): Record<string, string> {
  const join = (parts: string[]) => `/${parts.join("/")}`;
  const each = (fn: (s: Segment, i: number) => string) => join(segments.map((s, i) => (s.fixed ? fn(s, i) : s.text)));
  const canonical = join(segments.map((s) => s.text));
  const firstFixed = segments.findIndex((s) => s.fixed);
  const spelled: Record<string, string> = {
    "upper case": each((s) => s.text.toUpperCase()),
    capitalised: each((s) => s.text[0].toUpperCase() + s.text.slice(1)),
    "first letter percent-encoded": each((s, i) => (i === firstFixed ? encode(s.text[0]) + s.text.slice(1) : s.text)),
    "every letter percent-encoded": each((s) => encode(s.text)),
    "lower-case percent-encoding": each((s) => encode(s.text, false)),
    "./ in front": `/.${canonical}`,
    "%2e/ in front": `/%2e${canonical}`,
    "x/../ in front": `/x/..${canonical}`,
    "x/%2e%2e/ in front": `/x/%2e%2e${canonical}`,
    "x/.%2e/ in front": `/x/.%2e${canonical}`,
    "x/%2E%2E/ in front": `/x/%2E%2E${canonical}`,
    "reviews/%2e%2e/ in front": `/reviews/%2e%2e${canonical}`,
    "assets/%2e%2e/ in front": `/assets/%2e%2e${canonical}`,
    "assets/../ in front": `/assets/..${canonical}`,
    "assets/.%2e/ in front": `/assets/.%2e${canonical}`,
    "ASSETS/%2e%2e/ in front": `/ASSETS/%2e%2e${canonical}`,
    "doubled slash in front": `/${canonical}`,
    "doubled slashes": canonical.replace(/\//g, "//"),
    backslashes: `\\${canonical.slice(1).replace(/\//g, "\\")}`,
    "encoded slashes": `/${canonical.slice(1).replace(/\//g, "%2F")}`,
    "trailing slash": `${canonical}/`,
    "trailing dot": `${canonical}.`,
    "trailing encoded dot": `${canonical}%2e`,
    "trailing /.": `${canonical}/.`,
    "trailing NUL": `${canonical}%00`,
    query: `${canonical}?x=1`,
  };
  return spelled;
}

/** The routes the build discovers, each with the address that reaches it. */
function routeAddresses(values: Record<string, string>): { id: string; segments: Segment[] }[] {
  const manifest = flatRoutes(path.resolve("app"), IGNORED_ROUTE_FILES);
  return Object.values(manifest).map((route) => {
    const parts = (route.path ?? "").split("/").filter(Boolean);
    const segments = parts.map((part): Segment => {
      if (part === "*") return { text: "no-such-page", fixed: false };
      const param = /^:(\w+)(.*)$/.exec(part);
      if (param) return { text: `${values[param[1]] ?? `unknown-${param[1]}`}${param[2]}`, fixed: false };
      return { text: part, fixed: true };
    });
    return { id: route.id, segments };
  });
}

const PEOPLE: (Role | null)[] = [null, ...ROLES];
const FORM = "application/x-www-form-urlencoded";

/** Whether the access table lets this person post to this route (then the test does not: it would run). */
function mayWrite(role: Role | null, routeId: string): boolean {
  const { access } = routeAccess(routeId, "POST");
  if (access.kind === "public") return true;
  return access.kind === "permission" && role !== null && can(role, access.permission);
}

test("every spelling of every route's address gets the canonical decision, or a 400/404, for every person", async ({
  request,
}) => {
  test.setTimeout(600_000);
  const fixture = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8"));
  const reviewId = await createReviewFrom(request, fixture.answers);
  expect(
    (await request.get(`/reviews/${reviewId}/pack.docx`, { headers: { "Sec-Fetch-Site": "same-origin" } })).status(),
  ).toBe(200);
  const review = await (await request.get(`/reviews/${reviewId}/review`)).text();
  const packId = /\/packs\/(\d+)\.docx/.exec(review)![1];
  const routes = routeAddresses({ reviewId, stepId: "context", packId, token: "not-a-real-token" });
  expect(routes.length).toBeGreaterThan(25);

  const mismatches: string[] = [];
  let checked = 0;
  for (const role of PEOPLE) {
    const cookie = cookieOf(role);
    for (const { id, segments } of routes) {
      const canonical = `/${segments.map((s) => s.text).join("/")}`;
      const expected = decision(await raw("GET", canonical, cookie));
      const data = canonical === "/" ? "/_root.data" : `${canonical}.data`;
      const forms: [string, string][] = [
        ...Object.entries(segments.some((s) => s.fixed) ? spellings(segments) : {}),
        ["its data request", data],
        ["its data request, upper case", data.toUpperCase().replace(reviewId.toUpperCase(), reviewId)],
        ["?_data=", `${canonical}?_data=${encodeURIComponent(id)}`],
      ];
      for (const [how, target] of forms) {
        const got = decision(await raw("GET", target, cookie));
        checked++;
        const same = got === expected || (how.includes("data") && kind(got) === kind(expected));
        if (!same && got !== "400" && got !== "404") {
          mismatches.push(`${role ?? "nobody"} GET ${target} (${how}, ${id}): ${got}, but ${canonical} is ${expected}`);
        }
      }
      // A change through any spelling, by someone the table refuses it to: refused too (or no route
      // takes it). Only those are posted: a post someone may make would change something.
      if (!mayWrite(role, id)) {
        for (const [how, target] of [
          ["canonical", canonical],
          ...Object.entries(segments.some((s) => s.fixed) ? spellings(segments) : {}),
        ]) {
          const got = decision(
            await raw("POST", target, { ...cookie, ...SAME_ORIGIN, "Content-Type": FORM }, "intent=probe"),
          );
          checked++;
          if (!["403", "sign in", "400", "404", "405"].includes(got)) {
            mismatches.push(`${role ?? "nobody"} POST ${target} (${how}, ${id}): ${got}, but the route refuses it`);
          }
        }
      }
    }
  }
  expect(mismatches).toEqual([]);
  expect(checked).toBeGreaterThan(2_000);
});

test("a Host header that hides a path, or a target that is not a path, is a 400 and reaches no route", async () => {
  const admin = cookieOf("admin");
  for (const host of [
    `127.0.0.1:${PORT}/admin/users?`,
    `127.0.0.1:${PORT}/admin/backup.db#`,
    "evil.example/admin/users?",
    "a b",
    `127.0.0.1:${PORT}\\admin`,
  ]) {
    for (const role of [null, "procurement"] as const) {
      const answer = await raw("GET", "/", { ...cookieOf(role), Host: host });
      expect(answer.status, `Host: ${host}`).toBe(400);
      expect(answer.body).not.toContain("Users");
    }
  }
  for (const target of ["http://evil.example/admin/users", "admin/users", "*"]) {
    expect((await raw("GET", target, admin)).status, target).toBe(400);
  }
  // X-Forwarded-Host is not believed without TRUST_PROXY.
  const forwarded = await raw("GET", "/", {
    ...cookieOf("procurement"),
    "X-Forwarded-Host": "evil.example/admin/users?",
  });
  expect(forwarded.status).toBe(200);
  expect(forwarded.body).not.toContain("<h1>Users</h1>");
});
