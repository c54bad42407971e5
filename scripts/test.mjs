#!/usr/bin/env node
// `npm test`: every check in one run — typecheck, lint, unit and integration tests (vitest), then the
// end-to-end tests (Playwright in the system Chromium) against the built app. Ends with one line
// `Total: N passed, N failed` summed over all runners, which CI reads.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SYSTEM_PACKAGES = {
  "/usr/bin/chromium": "chromium",
  soffice: "libreoffice-writer-nogui",
  // The vendor questionnaire's workbook converts with Calc, a package of its own beside Writer.
  "/usr/lib/libreoffice/program/libsclo.so": "libreoffice-calc-nogui",
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
};
const FONT_PACKAGES = ["fonts-liberation2", "fonts-crosextra-carlito"];

function onPath(command) {
  if (command.startsWith("/")) return fs.existsSync(command);
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureSystemPackages() {
  const missing = [...new Set(Object.entries(SYSTEM_PACKAGES).filter(([cmd]) => !onPath(cmd)).map(([, pkg]) => pkg))];
  if (missing.length === 0) return;
  const wanted = [...missing, ...FONT_PACKAGES];
  if (process.getuid?.() !== 0) {
    console.error(
      `npm test needs system packages that are not installed: ${missing.join(", ")}. ` +
        `Install them with: sudo apt-get install -y --no-install-recommends ${wanted.join(" ")}`,
    );
    process.exit(1);
  }
  console.log(`Installing system packages the tests need: ${wanted.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...wanted], { stdio: "inherit", env });
  if (update.status !== 0 || install.status !== 0) {
    console.error(`Could not install ${wanted.join(", ")} with apt-get; install them by hand and run npm test again.`);
    process.exit(1);
  }
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-test-report-"));
const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

ensureSystemPackages();
const npx = "npx";

// Checks that are one pass or one failure each.
for (const [label, args] of [
  ["typecheck", ["tsc", "--noEmit"]],
  ["lint", ["eslint", "--max-warnings", "0", "."]],
]) {
  const ok = run(label, npx, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

// vitest: counts from its JSON report.
{
  const out = path.join(reportDir, "vitest.json");
  const ok = run("vitest", npx, ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  const failed = report ? report.numFailedTests + (ok ? 0 : Math.max(0, 1 - report.numFailedTests)) : 1;
  results.push({ label: "vitest", passed, failed });
}

// Playwright against the production build.
{
  const built = run("build", "npm", ["run", "build", "--silent"]);
  if (!built) {
    results.push({ label: "build", passed: 0, failed: 1 });
  } else {
    const out = path.join(reportDir, "playwright.json");
    const ok = run("playwright", npx, ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const stats = readJson(out)?.stats;
    const passed = stats ? stats.expected + stats.flaky : 0;
    const failed = stats ? stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1) : 1;
    results.push({ label: "playwright", passed, failed, skipped: stats?.skipped ?? 0 });
  }
}

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), { passed: 0, failed: 0 });
console.log("\n── summary ──");
for (const r of results) console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
