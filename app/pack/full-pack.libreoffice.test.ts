/**
 * A pack with every clause of the real library converts to PDF in LibreOffice, with numbered clauses,
 * every clause heading in the text and page numbers. Skipped, saying why, only without soffice/pdftotext.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { renderAddendumDocx } from "./addendum-docx.server.ts";
import { renderPackDocx } from "./docx.server.ts";
import { fullLibraryPack } from "./full-pack.ts";
import { paragraphs, part, readDocx } from "../../tests/support/read-docx.ts";
import { canConvertDocx as ready, pdfTextOf } from "../../tests/support/libreoffice.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-full-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The document converted to PDF by LibreOffice, and the PDF's text with runs of white space as one space. */
function pdfText(name: string, file: Buffer): string {
  const docx = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docx, file);
  return pdfTextOf(docx, dir).replace(/\s+/g, " ");
}

describe("a pack with every clause of the library", () => {
  const library = loadClauseLibrary();
  const pack = fullLibraryPack(library, "2026-11-23T10:00:00.000Z");

  it("holds all 36 clauses, in library order, with every variable filled", async () => {
    expect(pack.clauses.map((c) => c.id)).toEqual(library.clauses.map((c) => c.id));
    expect(pack.clauses).toHaveLength(36);
    const doc = part(await readDocx(await renderPackDocx(pack)), "word/document.xml");
    const text = paragraphs(doc)
      .map((p) => p.text)
      .join("\n");
    expect(text).not.toContain("{{");
    for (const clause of pack.clauses) expect(text).toContain(clause.title);
    expect(text).toContain("Chosen by hand from the clause library.");
  });

  it.skipIf(!ready)(
    `converts to PDF in LibreOffice with every clause heading${ready ? "" : " (skipped: install libreoffice-writer-nogui and poppler-utils)"}`,
    async () => {
      const text = pdfText("full-pack", await renderPackDocx(pack));
      pack.clauses.forEach((clause, i) => expect(text).toContain(`${i + 1}. ${clause.title}`));
      expect(text).toContain("1.1 ");
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toContain("Confidential — contains the buyer’s negotiating positions");
    },
    120_000,
  );

  it.skipIf(!ready)(
    `its addendum converts to PDF in LibreOffice, numbered as the memo, ending in the signatures${ready ? "" : " (skipped)"}`,
    async () => {
      const text = pdfText("addendum", await renderAddendumDocx(pack));
      pack.clauses.forEach((clause, i) => expect(text).toContain(`${i + 1}. ${clause.title}`));
      expect(text).toContain(`${pack.clauses.length + 1}. Order of precedence`);
      expect(text).toMatch(/For the Customer .* For the Provider/);
      expect(text).not.toContain("negotiating positions");
    },
    120_000,
  );
});
