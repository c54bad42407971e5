// Start-up failures a person can cause print one line naming the cause, and the process exits 1.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "server start-up does not involve the browser");

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function startServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["server.mjs"], { env: { ...process.env, HOST: "127.0.0.1", ...env } });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => (stdout += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

test("a DATABASE_PATH that cannot be created stops start-up with one clear line", async () => {
  const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-start-")), "a-file");
  fs.writeFileSync(blocker, "");
  const dbPath = path.join(blocker, "db", "clausewise.db");
  const result = await startServer({ DATABASE_PATH: dbPath, PORT: "0" });
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`DATABASE_PATH=${dbPath}`);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

test("another program's SQLite file stops start-up with one line, and is left as it was", async () => {
  const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-start-")), "their.db");
  const other = new Database(dbPath);
  other.exec("create table orders (id integer primary key, item text); insert into orders values (1, 'tea');");
  other.close();
  const before = fs.readFileSync(dbPath);
  const result = await startServer({ DATABASE_PATH: dbPath, PORT: "0" });
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([
    `clausewise: DATABASE_PATH=${dbPath} belongs to another program (its tables: orders; none of Clausewise's), so it was left untouched. Set DATABASE_PATH to a new file or to Clausewise's own database.`,
  ]);
  expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
});

test("a port already in use stops start-up with one clear line", async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-start-")), "c.db");
    const result = await startServer({ DATABASE_PATH: dbPath, PORT: String(port) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `clausewise: port ${port} on 127.0.0.1 is already in use: stop the other program or set PORT to a free port.`,
    );
  } finally {
    blocker.close();
  }
});

test("the development server (npm run dev) has the same sign-in and security headers as npm start", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-dev-")), "dev.db");
  const child = spawn(process.execPath, ["server.mjs", "--dev"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATABASE_PATH: dbPath },
  });
  try {
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        output += d;
        if (output.includes("is running at")) resolve();
      });
      child.stderr.on("data", (d) => (output += d));
      child.on("exit", (code) => reject(new Error(`the dev server exited (${code}): ${output}`)));
    });
    // No user yet: every page leads to the set-up, with the headers every response carries.
    const page = await fetch(`http://127.0.0.1:${port}/reviews`, { redirect: "manual" });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/setup");
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    const setup = await fetch(`http://127.0.0.1:${port}/setup`);
    expect(setup.status).toBe(200);
    expect(await setup.text()).toContain("Create the first admin");
    // A cross-origin post is refused there too.
    const post = await fetch(`http://127.0.0.1:${port}/setup`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=evil%40example.com",
    });
    expect(post.status).toBe(403);
  } finally {
    child.kill("SIGTERM");
  }
});
