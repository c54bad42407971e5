// The account and catalog routes' actions, called as Remix calls them (access is decided before them,
// in handle-access.server.ts, and tested there).
import { describe, expect, it } from "vitest";
import { createTestUser, testContext } from "../support/test-context.ts";
import { listRecentEvents } from "../../app/models/audit.server.ts";
import { currentProvisions } from "../../app/models/catalog.server.ts";
import { createPasswordResetLink } from "../../app/models/password-reset.server.ts";
import { resumeSession, startSession } from "../../app/models/session.server.ts";
import { actorOf, addUser, findUserByEmail } from "../../app/models/user.server.ts";
import { verifyPassword } from "../../app/accounts/password.server.ts";
import { action as accountAction } from "../../app/routes/account.tsx";
import { action as catalogAction } from "../../app/routes/catalog.tsx";
import { action as resetAction, loader as resetLoader } from "../../app/routes/reset-password.$token.tsx";
import { action as setupAction } from "../../app/routes/setup.tsx";
import { action as signInAction } from "../../app/routes/sign-in.tsx";
import { getDb } from "../../app/utils/db.server.ts";

function post(url: string, fields: Record<string, string>, headers?: HeadersInit): Request {
  return new Request(`http://localhost${url}`, { method: "POST", body: new URLSearchParams(fields), headers });
}

/** A route's answer as status, headers and body, whether it returned a Response or data(). */
function outcome(result: unknown): { status: number; headers: Headers; body: unknown } {
  if (result instanceof Response) return { status: result.status, headers: result.headers, body: null };
  // A loader's plain object: 200.
  if (!(result && typeof result === "object" && "init" in result))
    return { status: 200, headers: new Headers(), body: result };
  const { data, init } = result as { data: unknown; init?: { status?: number; headers?: HeadersInit } };
  return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data };
}

const PASSWORD = "correct horse battery staple";
let clients = 0;
/** A context from a client address of its own, so one test's attempts do not count against another's. */
const fromNewClient = () => ({ ...testContext(), clientIp: `10.0.0.${++clients}` });

describe("signing in", () => {
  it("starts a session with a new HttpOnly cookie and goes on to the page asked for", async () => {
    await addUser(
      getDb(),
      { email: "sam@example.com", name: "Sam", role: "procurement", password: PASSWORD },
      "commandLine",
    );
    const result = outcome(
      await signInAction({
        request: post("/sign-in", { email: " SAM@example.com", password: PASSWORD, next: "/reviews" }),
        params: {},
        context: fromNewClient(),
      }),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/reviews");
    expect(result.headers.get("Set-Cookie")).toMatch(
      /^clausewise_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
  });

  it("ends the session the browser had before on the server, not just in the browser", async () => {
    const db = getDb();
    const earlier = createTestUser("legal", db);
    const SETTINGS = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
    const { token } = startSession(db, earlier, SETTINGS);
    await addUser(
      db,
      { email: "ali@example.com", name: "Ali", role: "procurement", password: PASSWORD },
      "commandLine",
    );
    const request = post("/sign-in", { email: "ali@example.com", password: PASSWORD });
    request.headers.set("Cookie", `clausewise_session=${token}`);
    const result = outcome(await signInAction({ request, params: {}, context: fromNewClient() }));
    expect(result.status).toBe(302);
    expect(resumeSession(db, token, SETTINGS)).toBeNull();
  });

  it("refuses a wrong password or an unknown email with the same message, and records the attempt", async () => {
    await addUser(getDb(), { email: "kim@example.com", name: "Kim", role: "legal", password: PASSWORD }, "commandLine");
    for (const email of ["kim@example.com", "nobody@example.com"]) {
      const result = outcome(
        await signInAction({
          request: post("/sign-in", { email, password: "wrong password!" }),
          params: {},
          context: fromNewClient(),
        }),
      );
      expect(result).toMatchObject({
        status: 400,
        body: { errors: { form: /email or the password is wrong/ }, email },
      });
    }
    expect(
      listRecentEvents(getDb(), "user.")
        .slice(0, 2)
        .map((e) => e.details),
    ).toEqual([{ email: "nobody@example.com" }, { email: "kim@example.com" }]);
  });

  it("names the missing fields", async () => {
    const result = outcome(await signInAction({ request: post("/sign-in", {}), params: {}, context: fromNewClient() }));
    expect(result).toMatchObject({
      status: 400,
      body: { errors: { email: "Email is required.", password: "Password is required." } },
    });
  });

  it("allows 10 attempts a minute per account: the eleventh gets 429 with Retry-After", async () => {
    const attempt = async () =>
      outcome(
        await signInAction({
          request: post("/sign-in", { email: "target@example.com", password: "guess guess guess" }),
          params: {},
          context: fromNewClient(),
        }),
      );
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(400);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ errors: { form: /Too many sign-in attempts/ } });
  });
});

describe("the first-run set-up", () => {
  it("names every wrong field and creates nothing", async () => {
    const result = outcome(
      await setupAction({
        request: post("/setup", { email: "not an email", name: " ", password: "short", passwordAgain: "other" }),
        params: {},
        context: testContext(),
      }),
    );
    expect(result).toMatchObject({
      status: 400,
      body: {
        errors: {
          email: "Email must be an email address, like name@example.com.",
          name: "Name is required.",
          password: "Password must be at least 12 characters long.",
          passwordAgain: "The two passwords are not the same.",
        },
        values: { email: "not an email", name: " " },
      },
    });
  });
});

describe("recording a provision from the catalog page", () => {
  const valid = {
    vendorId: "writer",
    productLine: "business",
    key: "training_use_of_input",
    value: "no",
    statement: "Writer does not train on API inputs.",
    condition: "",
    excerpt: "",
    sourceTitle: "Writer API terms",
    sourcePublisher: "Writer",
    sourceKind: "primary",
    sourceUrl: "https://writer.example/terms",
    checkedOn: "2026-04-18",
  };

  it("adds the new version, current at once, with the audit event", async () => {
    const legal = createTestUser("legal");
    const result = outcome(
      await catalogAction({ request: post("/catalog", valid), params: {}, context: testContext(legal) }),
    );
    expect(result.status).toBe(302);
    const current = currentProvisions(getDb(), "writer").find(
      (p) => p.productLine === "business" && p.key === "training_use_of_input",
    );
    expect(current).toMatchObject({ value: "no", statement: valid.statement, sourceUrl: valid.sourceUrl });
    expect(listRecentEvents(getDb(), "catalog.")[0]).toMatchObject({
      actor: legal.name,
      details: { vendorId: "writer", key: "training_use_of_input" },
    });
  });

  it.each([
    [
      "a value the key does not take",
      { value: "maybe" },
      "value",
      'Value for “Training on your inputs” must be one of no, optIn, yes; "maybe" is not.',
    ],
    ["a missing statement", { statement: "  " }, "statement", "What the terms say is required."],
    [
      "a script address",
      { sourceUrl: "javascript:alert(1)" },
      "sourceUrl",
      "Source address (URL) must be a web address starting with https:// or http://.",
    ],
    [
      "a character XML cannot hold",
      { excerpt: "bad \u0007 bell" },
      "excerpt",
      "Short quote contains a character that cannot be stored in a document (U+0007 at position 5); remove it.",
    ],
    [
      "an impossible date",
      { checkedOn: "2026-02-30" },
      "checkedOn",
      "Date checked must be a real calendar date; 2026-02-30 does not exist.",
    ],
    ["a date to come", { checkedOn: "2999-01-01" }, "checkedOn", "Date checked cannot be in the future."],
    ["an unknown key", { key: "colour" }, "key", "Provision must be one of the catalog's provisions."],
    [
      "an overlong title",
      { sourceTitle: "x".repeat(201) },
      "sourceTitle",
      "Source title must be at most 200 characters long; it has 201.",
    ],
  ])("refuses %s with 400, naming the field, and records nothing", async (_, change, field, message) => {
    const before = listRecentEvents(getDb(), "catalog.", 1000).length;
    const result = outcome(
      await catalogAction({
        request: post("/catalog", { ...valid, ...change }),
        params: {},
        context: testContext(createTestUser("admin")),
      }),
    );
    expect(result.status).toBe(400);
    expect((result.body as { errors: Record<string, string> }).errors[field]).toBe(message);
    expect((result.body as { values: Record<string, string> }).values).toMatchObject(change);
    expect(listRecentEvents(getDb(), "catalog.", 1000)).toHaveLength(before);
  });

  it("refuses a product line the vendor does not have", async () => {
    const result = outcome(
      await catalogAction({
        request: post("/catalog", { ...valid, vendorId: "nobody" }),
        params: {},
        context: testContext(createTestUser("admin")),
      }),
    );
    expect(result).toMatchObject({
      status: 400,
      body: { errors: { productLine: "This vendor has no such product line in the catalog." } },
    });
  });
});

const NEW_PASSWORD = "a brand new password of mine";
const SESSION_SETTINGS = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };

async function signedInPerson(email: string) {
  const added = await addUser(
    getDb(),
    { email, name: email.split("@")[0], role: "legal", password: PASSWORD },
    "commandLine",
  );
  if (!added.ok) throw new Error(added.message);
  const session = startSession(getDb(), added.user, SESSION_SETTINGS);
  const context = { ...fromNewClient(), user: added.user };
  const change = (fields: Record<string, string>) =>
    accountAction({
      request: post("/account", fields, { Cookie: `clausewise_session=${session.token}` }),
      params: {},
      context,
    }).then(outcome);
  return { user: added.user, session, change };
}

const passwordIs = async (email: string, password: string) =>
  verifyPassword(password, findUserByEmail(getDb(), email)!.passwordHash);

describe("changing one's password on /account", () => {
  it("with the right current password changes it and keeps this browser signed in", async () => {
    const { session, change } = await signedInPerson("cho@example.com");
    const result = await change({ currentPassword: PASSWORD, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(result).toMatchObject({ status: 200, body: { errors: {}, changedAt: expect.any(String) } });
    expect(await passwordIs("cho@example.com", NEW_PASSWORD)).toBe(true);
    expect(resumeSession(getDb(), session.token, SESSION_SETTINGS)).not.toBeNull();
  });

  it("with a wrong current password says so on that field and changes nothing", async () => {
    const { change } = await signedInPerson("dev@example.com");
    const result = await change({
      currentPassword: "not my password",
      password: NEW_PASSWORD,
      passwordAgain: NEW_PASSWORD,
    });
    expect(result).toMatchObject({
      status: 400,
      body: { errors: { currentPassword: "The current password is wrong. Type the password you sign in with." } },
    });
    expect(await passwordIs("dev@example.com", PASSWORD)).toBe(true);
  });

  it("names each wrong field without trying the current password", async () => {
    const { change } = await signedInPerson("eli@example.com");
    const result = await change({ currentPassword: "", password: "short", passwordAgain: "other" });
    expect(result).toMatchObject({
      status: 400,
      body: {
        errors: {
          currentPassword: "Current password is required.",
          password: "Password must be at least 12 characters long.",
          passwordAgain: "The two passwords are not the same.",
        },
      },
    });
  });

  it("counts every try against the sign-in limit: the eleventh in a minute gets 429 with Retry-After", async () => {
    const { change } = await signedInPerson("fay@example.com");
    const guess = { currentPassword: "guess guess guess", password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD };
    for (let i = 0; i < 10; i++) expect((await change(guess)).status).toBe(400);
    const refused = await change({ ...guess, currentPassword: PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ errors: { form: /Too many password attempts/ } });
    // The right password, past the limit, did not get through either.
    expect(await passwordIs("fay@example.com", PASSWORD)).toBe(true);
  });
});

describe("a password reset link", () => {
  async function resetLinkFor(email: string) {
    const admin = await addUser(
      getDb(),
      { email: `admin-${email}`, name: "Ada", role: "admin", password: PASSWORD },
      "commandLine",
    );
    const person = await addUser(
      getDb(),
      { email, name: "Gus", role: "procurement", password: PASSWORD },
      "commandLine",
    );
    if (!admin.ok || !person.ok) throw new Error("accounts");
    const created = createPasswordResetLink(getDb(), actorOf(admin.user), person.user.id);
    if (!created.ok) throw new Error(created.message);
    return created.token;
  }
  const open = (token: string) =>
    outcome(resetLoader({ request: new Request("http://localhost/"), params: { token }, context: testContext() }));
  const use = async (token: string, fields: Record<string, string>) =>
    outcome(
      await resetAction({
        request: post(`/reset-password/${token}`, fields),
        params: { token },
        context: testContext(),
      }),
    );

  it("names bad input, then sets the password and signs in; a second use is refused with 410", async () => {
    const token = await resetLinkFor("gus@example.com");
    expect(open(token)).toMatchObject({ status: 200, body: { reset: { name: "Gus", email: "gus@example.com" } } });
    expect(await use(token, { password: "short", passwordAgain: "short" })).toMatchObject({
      status: 400,
      body: { errors: { password: "Password must be at least 12 characters long." } },
    });
    expect(await passwordIs("gus@example.com", PASSWORD)).toBe(true);

    const done = await use(token, { password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/");
    expect(done.headers.get("Set-Cookie")).toMatch(/^clausewise_session=[\w-]{43};/);
    expect(await passwordIs("gus@example.com", NEW_PASSWORD)).toBe(true);

    expect(open(token)).toMatchObject({ status: 410, body: { reset: null, problem: /used already/ } });
    expect(await use(token, { password: "yet another password", passwordAgain: "yet another password" })).toMatchObject(
      {
        status: 410,
        body: { errors: { form: /used already/ } },
      },
    );
    expect(await passwordIs("gus@example.com", NEW_PASSWORD)).toBe(true);
  });

  it("that does not exist is answered 404 with a plain explanation", () => {
    expect(open("no-such-token")).toMatchObject({
      status: 404,
      body: { reset: null, problem: /ask an admin for a new link/ },
    });
  });
});
