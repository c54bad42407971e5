/**
 * The sample pack opens in LibreOffice: converted to PDF, every clause heading is in the text. Skipped,
 * saying why, only where soffice is not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { renderPackDocx } from "./docx.server.ts";
import { SECTION_TITLES } from "./format.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const hasPdftotext = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;
const reason = !hasSoffice
  ? "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
  : "pdftotext is not installed: apt-get install poppler-utils";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe.skipIf(!hasSoffice || !hasPdftotext)(
  `LibreOffice${hasSoffice && hasPdftotext ? "" : ` (skipped: ${reason})`}`,
  () => {
    it("converts the sample pack to a PDF holding every section and clause heading", async () => {
      const docx = path.join(dir, "sample-pack.docx");
      fs.writeFileSync(docx, await renderPackDocx(samplePack));
      // A profile of its own, so a LibreOffice already running (or another test worker) cannot interfere.
      const profile = `file://${path.join(dir, "profile")}`;
      execFileSync(
        "soffice",
        ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", dir, docx],
        { stdio: "pipe", timeout: 120_000 },
      );
      const pdf = path.join(dir, "sample-pack.pdf");
      expect(fs.existsSync(pdf)).toBe(true);
      expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);

      const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
      for (const title of Object.values(SECTION_TITLES)) expect(text).toContain(title);
      samplePack.clauses.forEach((clause, i) => {
        expect(text).toMatch(new RegExp(`${i + 1}\\. ${clause.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      });
      expect(text).toContain("1.1 Anthropic shall not use Customer Data");
      expect(text).toMatch(/Page 1 of \d+/);
    }, 120_000);
  },
);
