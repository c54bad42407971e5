/**
 * The vendor questionnaire converts to PDF in LibreOffice, both as a workbook (Calc) and as a Word
 * document (Writer), with every question's id and the answer column. Skipped, saying why, only without
 * soffice, LibreOffice Calc or pdftotext.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { fixturePack } from "../../tests/support/fixtures.ts";
import { canConvertDocx, canConvertXlsx, pdfTextOf } from "../../tests/support/libreoffice.ts";
import { renderQuestionnaireDocx } from "./questionnaire-docx.server.ts";
import { renderQuestionnaireXlsx } from "./questionnaire-xlsx.server.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-questionnaire-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Without spaces or hyphens: an id wrapped across lines, its hyphen taken for a hyphenation, still matches. */
const compacted = (text: string) => text.replace(/[\s-]+/g, "");

describe("the vendor questionnaire in LibreOffice", () => {
  const pack = fixturePack("bank-api-eu");
  const ids = pack.vendorQuestionnaire.items.map((i) => i.id);

  it.skipIf(!canConvertXlsx)(
    `the workbook converts to PDF with every question's id and the answer column${canConvertXlsx ? "" : " (skipped: install libreoffice-calc-nogui and poppler-utils)"}`,
    async () => {
      const file = path.join(dir, "questions.xlsx");
      fs.writeFileSync(file, await renderQuestionnaireXlsx(pack));
      const text = pdfTextOf(file, dir, { raw: true });
      const compact = compacted(text);
      expect(text).toContain("Vendor questionnaire");
      expect(compact).toContain(compacted("Your answer (to fill in)"));
      for (const id of ids) expect(compact, id).toContain(compacted(id));
      expect(text).toMatch(/Page 1 of \d+/);
    },
    120_000,
  );

  it.skipIf(!canConvertDocx)(
    `the Word document converts to PDF with every question's id${canConvertDocx ? "" : " (skipped: install libreoffice-writer-nogui and poppler-utils)"}`,
    async () => {
      const file = path.join(dir, "questions.docx");
      fs.writeFileSync(file, await renderQuestionnaireDocx(pack));
      const text = pdfTextOf(file, dir, { raw: true });
      const compact = compacted(text);
      for (const id of ids) expect(compact, id).toContain(compacted(id));
      expect(text).toContain("Your answer");
      expect(text).toMatch(/Page 1 of \d+/);
    },
    120_000,
  );
});
