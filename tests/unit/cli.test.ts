import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/accounts/password.server.ts";
import { main } from "../../app/cli/main.ts";
import { listRecentEvents } from "../../app/models/audit.server.ts";
import { resumeSession, startSession } from "../../app/models/session.server.ts";
import { findUserByEmail } from "../../app/models/user.server.ts";
import { getDb } from "../../app/utils/db.server.ts";
import { FIXTURE_EXPECTATIONS } from "../support/fixture-expectations.ts";
import { FINDINGS } from "../../app/rules/findings.ts";

const FIXTURES = path.resolve("tests/fixtures/answers");
const SETTINGS = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-cli-"));

/** Runs a command in this process; `stdin` is the line standard input holds. */
async function cliWithInput(stdin: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readLine: async () => stdin });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const cli = (...argv: string[]) => cliWithInput("", ...argv);

function writeJson(value: unknown) {
  const file = path.join(tmp(), "answers.json");
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

const bank = () => JSON.parse(fs.readFileSync(path.join(FIXTURES, "bank-api-eu.json"), "utf8"));

describe("clausewise validate", () => {
  it("accepts every fixture answers file", async () => {
    for (const name of fs.readdirSync(FIXTURES)) {
      expect(await cli("validate", "--answers", path.join(FIXTURES, name))).toEqual({ code: 0, out: "valid", err: "" });
    }
  });

  it("names a missing file", async () => {
    const result = await cli("validate", "--answers", "/no/such/answers.json");
    expect(result).toMatchObject({ code: 1, out: "" });
    expect(result.err).toBe("Cannot read the answers file /no/such/answers.json: no such file.");
  });

  it("refuses invalid JSON with one line", async () => {
    const result = await cli("validate", "--answers", writeJson("{ not json"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/is not valid JSON: /);
    expect(result.err.split("\n")).toHaveLength(1);
  });

  it("reads a file saved with a UTF-8 byte-order mark, as the web import does", async () => {
    const file = path.join(tmp(), "answers.json");
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(bank())}`);
    expect(await cli("validate", "--answers", file)).toEqual({ code: 0, out: "valid", err: "" });
  });

  it("refuses a file that is not UTF-8 instead of reading it with replacement characters", async () => {
    const file = path.join(tmp(), "answers.json");
    const text = JSON.stringify(bank()).replace('"buyerName":"', '"buyerName":"Caf\u00e9 ');
    fs.writeFileSync(file, Buffer.from(text, "latin1"));
    expect(await cli("validate", "--answers", file)).toEqual({
      code: 1,
      out: "",
      err: `${file} is not UTF-8 text: save it as UTF-8 and try again.`,
    });
  });

  it("lists each problem as field: message", async () => {
    const file = bank();
    file.answers.maxRetentionDays = 5000;
    file.answers.colour = "blue";
    delete file.answers.buyerName;
    const result = await cli("validate", "--answers", writeJson(file));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^maxRetentionDays: .*whole number from 0 to 3650/m);
    expect(result.err).toMatch(/^colour: /m);
    expect(result.err).toMatch(/^buyerName: /m);
  });

  it("requires --answers and rejects unknown options and commands", async () => {
    expect((await cli("validate")).err).toMatch(/--answers FILE is required/);
    expect((await cli("validate", "--answer", "x")).code).toBe(1);
    expect((await cli("frobnicate")).err).toMatch(/Unknown command "frobnicate"/);
  });
});

describe("clausewise pack", () => {
  it("writes the clause pack and a report of findings and clauses with their reasons", async () => {
    const dir = tmp();
    const out = path.join(dir, "pack.docx");
    const report = path.join(dir, "report.json");
    const result = await cli(
      "pack",
      "--answers",
      path.join(FIXTURES, "bank-api-eu.json"),
      "--out",
      out,
      "--report",
      report,
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/SHA-256 [0-9a-f]{64}/);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    expect(json).toMatchObject({
      reportVersion: 2,
      answersVersion: 1,
      libraryVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    // Version 2: a status on every finding, the counts split into confirmed and to confirm.
    for (const f of json.findings) expect(["gap", "unknown", "requirement"]).toContain(f.status);
    expect(Object.keys(json.counts).sort()).toEqual(["high", "info", "low", "medium"]);
    const split = Object.values(json.counts) as { confirmed: number; unknown: number }[];
    expect(split.reduce((n, c) => n + c.confirmed + c.unknown, 0)).toBe(json.findings.length);
    expect(json.findings.map((f: { id: string }) => f.id)).toContain("dpa-missing");
    expect(json.clauses.map((c: { id: string }) => c.id)).toContain("international-transfers");
    for (const f of json.findings) expect(f.because).toHaveProperty("answers");
  });

  /**
   * The expectations are worked out against the test catalog (tests/support/test-provisions.ts); the command
   * line reads the shipped one (catalog/vendors), which changes these findings for these fixtures:
   * - bank-api-eu: Anthropic's DPA gives an audit right (Data Processing Addendum §F.2), so no
   *   `no-audit-right`; its API keeps inputs and outputs 30 days, within the bank's 30-day maximum, so no
   *   `retention-exceeds-requirement`.
   * - hospital-consumer-app: Anthropic's consumer apps offer no BAA, so `baa-not-offered` instead of
   *   `baa-missing`; its consumer training terms changed in 2025, so `terms-changed-before`.
   */
  const SHIPPED_CATALOG: Record<string, { without: string[]; with: string[] }> = {
    "bank-api-eu.json": { without: ["no-audit-right", "retention-exceeds-requirement"], with: [] },
    "hospital-consumer-app.json": { without: ["baa-missing"], with: ["baa-not-offered", "terms-changed-before"] },
  };
  const RANK = { high: 0, medium: 1, low: 2, info: 3 } as const;
  const inReportOrder = (ids: string[]) =>
    [...ids].sort((a, b) => {
      const fa = FINDINGS.find((f) => f.id === a)!;
      const fb = FINDINGS.find((f) => f.id === b)!;
      return RANK[fa.severity] - RANK[fb.severity] || FINDINGS.indexOf(fa) - FINDINGS.indexOf(fb);
    });

  it.each(Object.keys(FIXTURE_EXPECTATIONS))(
    "on %s produces exactly the findings and clauses worked out by hand for it, each with its reasons",
    async (name) => {
      const dir = tmp();
      const report = path.join(dir, "report.json");
      const out = path.join(dir, "pack.docx");
      const result = await cli("pack", "--answers", path.join(FIXTURES, name), "--out", out, "--report", report);
      expect(result.err).toBe("");
      const json = JSON.parse(fs.readFileSync(report, "utf8"));
      const expected = FIXTURE_EXPECTATIONS[name];
      const difference = SHIPPED_CATALOG[name] ?? { without: [], with: [] };
      expect(json.exposure).toBe(expected.exposure);
      expect(json.findings.map((f: { id: string }) => f.id)).toEqual(
        inReportOrder([...expected.findings.filter((id) => !difference.without.includes(id)), ...difference.with]),
      );
      expect(json.clauses.map((c: { id: string }) => c.id).sort()).toEqual([...expected.clauses].sort());
      for (const f of json.findings) expect(f.because.answers.length + f.because.provisions.length).toBeGreaterThan(0);
      for (const c of json.clauses) expect(c.because).toHaveProperty("answers");
    },
  );

  it("refuses to write into a folder that does not exist", async () => {
    const result = await cli(
      "pack",
      "--answers",
      path.join(FIXTURES, "bank-api-eu.json"),
      "--out",
      "/no/such/dir/p.docx",
    );
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toBe("Cannot write the negotiation memo to /no/such/dir/p.docx: its folder does not exist.");
  });
});

describe("clausewise clauses", () => {
  it("lists the 36 clauses as JSON", async () => {
    const result = await cli("clauses", "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).clauses).toHaveLength(36);
  });
});

describe("clausewise user add", () => {
  const PASSWORD = "correct horse battery staple";

  it("adds a user with the password from standard input, once per email", async () => {
    const added = await cliWithInput(
      PASSWORD,
      "user",
      "add",
      "--email",
      "Root@Example.com",
      "--role",
      "admin",
      "--name",
      "Root Admin",
    );
    expect(added).toEqual({
      code: 0,
      out: "Added root@example.com (Root Admin) as Admin. They can sign in now.",
      err: "",
    });
    const again = await cliWithInput(PASSWORD, "user", "add", "--email", "root@example.com", "--role", "legal");
    expect(again).toMatchObject({ code: 1, err: "There is already an account for root@example.com." });
  });

  it.each([
    [
      "a short password",
      ["--email", "a@example.com", "--role", "admin"],
      "short",
      "password: Password must be at least 12 characters long.",
    ],
    ["no password", ["--email", "a@example.com", "--role", "admin"], "", "password: Password is required."],
    [
      "a bad email",
      ["--email", "nope", "--role", "admin"],
      PASSWORD,
      "email: Email must be an email address, like name@example.com.",
    ],
    [
      "an unknown role",
      ["--email", "a@example.com", "--role", "owner"],
      PASSWORD,
      "--role must be one of admin, legal, procurement.",
    ],
    ["no email", ["--role", "admin"], PASSWORD, "--email EMAIL is required: the new user's email."],
    [
      "a password as an argument",
      ["--email", "a@example.com", "--role", "admin", "--password", PASSWORD],
      "",
      /never from an argument/,
    ],
  ])("refuses %s with a message and exit 1", async (_, args, stdin, message) => {
    const result = await cliWithInput(stdin, "user", "add", ...args);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      typeof message === "string" ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : message,
    );
  });
});

describe("clausewise user reset-password", () => {
  const PASSWORD = "correct horse battery staple";
  const NEW = "the locked-out admin's new password";

  it("sets the password from standard input, ends the user's sessions and records it with no actor", async () => {
    await cliWithInput(PASSWORD, "user", "add", "--email", "locked@example.com", "--role", "admin", "--name", "Lok");
    const db = getDb();
    const user = findUserByEmail(db, "locked@example.com")!;
    const session = startSession(db, user, SETTINGS);

    const result = await cliWithInput(NEW, "user", "reset-password", "--email", "LOCKED@example.com");
    expect(result).toEqual({
      code: 0,
      out: "Reset the password of locked@example.com (Lok) and ended their sessions.\nThey can sign in with it now.",
      err: "",
    });
    const after = getDb();
    expect(await verifyPassword(NEW, findUserByEmail(after, "locked@example.com")!.passwordHash)).toBe(true);
    expect(resumeSession(after, session.token, SETTINGS)).toBeNull();
    expect(listRecentEvents(after, "user.")[0]).toMatchObject({
      actor: null,
      userId: user.id,
      action: "user.password_reset",
      details: { via: "commandLine" },
    });
  });

  let people = 0;
  it.each([
    ["an unknown email", () => ["--email", "nobody@example.com"], NEW, "There is no account for nobody@example.com."],
    [
      "a short password",
      (email: string) => ["--email", email],
      "short",
      "password: Password must be at least 12 characters long.",
    ],
    ["no email", () => [], NEW, "--email EMAIL is required: whose password to reset."],
    [
      "a password as an argument",
      (email: string) => ["--email", email, "--password", NEW],
      "",
      /never from an argument/,
    ],
  ])("refuses %s with a message and exit 1, changing nothing", async (_, args, stdin, message) => {
    const email = `kept-${++people}@example.com`;
    await cliWithInput(PASSWORD, "user", "add", "--email", email, "--role", "admin");
    const result = await cliWithInput(stdin, "user", "reset-password", ...args(email));
    expect(result.code).toBe(1);
    if (typeof message === "string") expect(result.err).toBe(message);
    else expect(result.err).toMatch(message);
    expect(await verifyPassword(PASSWORD, findUserByEmail(getDb(), email)!.passwordHash)).toBe(true);
  });
});

describe("clausewise db backup", () => {
  it("writes a consistent copy that opens with every review, records it, and never overwrites a file", async () => {
    const file = path.join(tmp(), "backup.db");
    const result = await cli("db", "backup", file);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toMatch(/^Backed up .+ to .+backup\.db \(\d+ kB\)\.$/);
    const copy = new Database(file, { readonly: true });
    const count = (db: { prepare: (sql: string) => { get: () => unknown } }, table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect(count(copy, "reviews")).toBe(count(getDb().$client, "reviews"));
    expect(count(copy, "provisions")).toBeGreaterThan(0);
    copy.close();
    expect(listRecentEvents(getDb(), "backup.")[0]).toMatchObject({ action: "backup.taken", actor: null });

    const again = await cli("db", "backup", file);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`${file} exists already: choose a new file name for the backup.`);
    expect((await cli("db", "backup", path.join(tmp(), "no-such-folder", "b.db"))).code).toBe(1);
    expect((await cli("db", "backup")).code).toBe(1);
  });
});

describe("the clausewise executable", () => {
  it("reads a new user's password from standard input", () => {
    const dir = tmp();
    const run = spawnSync(
      process.execPath,
      ["bin/clausewise.mjs", "user", "add", "--email", "cli@example.com", "--role", "procurement"],
      {
        encoding: "utf8",
        input: "a long enough password\n",
        env: { ...process.env, DATABASE_PATH: path.join(dir, "cli.db") },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("Added cli@example.com (cli) as Procurement. They can sign in now.");
    expect(run.status).toBe(0);
  });

  it("exits 1 with a message and no stack trace on a bad file", () => {
    const run = spawnSync(process.execPath, ["bin/clausewise.mjs", "validate", "--answers", "missing.json"], {
      encoding: "utf8",
      env: { ...process.env },
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("Cannot read the answers file missing.json: no such file.");
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
