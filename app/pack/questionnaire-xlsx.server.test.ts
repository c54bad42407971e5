import fc from "fast-check";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { RUNS, allowedText, asRead } from "../../tests/support/arbitrary-text.ts";
import { fixturePack } from "../../tests/support/fixtures.ts";
import { readXlsx, rowsOf, shown } from "../../tests/support/read-xlsx.ts";
import type { ClausePack } from "./model.ts";
import {
  ABOUT_SHEET,
  FORMAT_NAME,
  QUESTIONS_SHEET,
  QUESTION_COLUMNS,
  TERMS_SHEET,
  cellText,
  renderQuestionnaireXlsx,
  wrappedLines,
} from "./questionnaire-xlsx.server.ts";
import { NOT_RECORDED, recordedParagraphs } from "./vendor-questionnaire.ts";

/** The questions sheet: its header row's number and the rows under it. */
function questionRows(sheet: ExcelJS.Worksheet) {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (header === 0 && shown(row.getCell(1).value) === "Question id") header = n;
  });
  return { header, rows: rowsOf(sheet, header + 1, QUESTION_COLUMNS.length) };
}

describe("the vendor questionnaire as a workbook", () => {
  const pack = fixturePack("hospital-consumer-app");

  it("opens on a questions sheet: a title block, a frozen header row with an id column, each question once", async () => {
    const workbook = await readXlsx(await renderQuestionnaireXlsx(pack));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [QUESTIONS_SHEET, "visible"],
      [TERMS_SHEET, "visible"],
      [ABOUT_SHEET, "hidden"],
    ]);
    const sheet = workbook.getWorksheet(QUESTIONS_SHEET)!;
    expect(shown(sheet.getCell("A1").value)).toBe("Vendor questionnaire");
    const block = rowsOf(sheet, 2, 2).slice(0, 4);
    expect(block).toEqual([
      ["From", pack.parties.buyer],
      ["To", pack.cover.vendorName], // the contracting company is not settled for this buyer: the addendum keeps it in brackets
      ["Services", pack.cover.productLines.join("; ")],
      ["Date", "2026-12-01"],
    ]);
    const text = rowsOf(sheet, 1, 1).flat().join("\n");
    expect(text).toContain(
      "Please answer each question in writing in the “Your answer” column, and name the document your answer rests on.",
    );

    const { header, rows } = questionRows(sheet);
    expect(header).toBeGreaterThan(5);
    expect(rowsOf(sheet, header, QUESTION_COLUMNS.length)[0]).toEqual([
      "Question id",
      "No.",
      "Topic",
      "Question",
      "What your published terms say (as the buyer’s catalog records them, with source and date)",
      "Your answer (to fill in)",
      "Document the answer rests on (to fill in)",
      "Answered by (to fill in)",
      "Date (to fill in)",
    ]);
    // Frozen below the header, so the header stays in view; printed on every page.
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header}:${header}`);

    const items = pack.vendorQuestionnaire.items;
    expect(rows).toHaveLength(items.length);
    expect(rows.map((r) => r[0])).toEqual(items.map((i) => i.id));
    expect(rows.map((r) => r[1])).toEqual(items.map((i) => String(i.number)));
    expect(rows.map((r) => r[3])).toEqual(items.map((i) => i.question));
    expect(new Set(rows.map((r) => r[3])).size).toBe(rows.length);
    expect(rows.map((r) => r[4])).toEqual(items.map((i) => recordedParagraphs(i).join("\n")));
    expect(rows.filter((r) => r[4] === NOT_RECORDED).length).toBeGreaterThan(0);
    // The answer columns are empty, and marked to be filled.
    for (const r of rows) expect(r.slice(5)).toEqual(["", "", "", ""]);
    const answer = sheet.getRow(header + 1).getCell(6);
    expect(answer.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFF2CC" } });
    expect(answer.alignment).toMatchObject({ wrapText: true });
    for (const [i, c] of QUESTION_COLUMNS.entries()) expect(sheet.getColumn(i + 1).width).toBe(c.width);
  });

  it("says on a hidden sheet what the file is, and where each question comes from", async () => {
    const workbook = await readXlsx(await renderQuestionnaireXlsx(pack));
    const about = rowsOf(workbook.getWorksheet(ABOUT_SHEET)!, 1, 2);
    expect(about[0]).toEqual(["Format", FORMAT_NAME]);
    expect(about).toContainEqual(["Generated at", pack.cover.generatedAt]);
    expect(about).toContainEqual(["Q-no-training-1", "clause no-training"]);
    const terms = rowsOf(workbook.getWorksheet(TERMS_SHEET)!, 2, 2);
    expect(terms.map((t) => t[0])).toContain("Customer Data");
    expect(terms.map((t) => t[0])).not.toContain("Customer");
  });

  it("gives the same bytes for the same pack, and dates the workbook when the pack was generated", async () => {
    const first = await renderQuestionnaireXlsx(pack);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the 2 seconds of a zip entry's time
    const second = await renderQuestionnaireXlsx(structuredClone(pack));
    expect(second.equals(first)).toBe(true);
    const workbook = await readXlsx(first);
    expect(workbook.created.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(workbook.modified.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(workbook.creator).toBe("Dana Whitfield");
  }, 10_000);

  it("prints on the buyer's paper, landscape, one page wide", async () => {
    for (const paper of ["a4", "letter"] as const) {
      const sheet = (await readXlsx(await renderQuestionnaireXlsx({ ...pack, paper }))).getWorksheet(QUESTIONS_SHEET)!;
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
      // 9 is A4 in SpreadsheetML; Letter (1) is its default, so it is not written.
      expect(sheet.pageSetup.paperSize, paper).toBe(paper === "a4" ? 9 : undefined);
    }
  });

  it("every character the pack holds reaches its cell exactly", async () => {
    const base = { ...pack, vendorQuestionnaire: { items: pack.vendorQuestionnaire.items.slice(0, 4) } };
    await fc.assert(
      fc.asyncProperty(
        fc.array(allowedText, { minLength: 4, maxLength: 4 }),
        allowedText,
        allowedText,
        async (questions, buyer, statement) => {
          const items = base.vendorQuestionnaire.items.map((item, i) => ({
            ...item,
            question: questions[i],
            recorded: i === 0 ? [{ productLine: "Consumer app", statement, sources: [], standing: "" }] : item.recorded,
          }));
          const changed: ClausePack = {
            ...base,
            parties: { ...base.parties, buyer },
            vendorQuestionnaire: { items },
          };
          const sheet = (await readXlsx(await renderQuestionnaireXlsx(changed))).getWorksheet(QUESTIONS_SHEET)!;
          expect(shown(sheet.getCell("B2").value)).toBe(asRead(buyer));
          const { rows } = questionRows(sheet);
          expect(rows.map((r) => r[3])).toEqual(questions.map(asRead));
          expect(rows[0][4]).toBe(asRead(`Consumer app: ${statement}\nSource: not recorded in the catalog`));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("writes the escapes a shared string needs, so that Excel shows the text as it is", () => {
    expect(cellText("a_x0041_b")).toBe("a_x005F_x0041_b");
    expect(cellText("del\u007f")).toBe("del_x007F_");
    expect(cellText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    expect(shown(cellText("a_x0041_b\u007f"))).toBe("a_x0041_b\u007f");
  });

  it("sizes each row for the lines its text wraps to", () => {
    expect(wrappedLines("short", 20)).toBe(1);
    expect(wrappedLines("one\ntwo", 20)).toBe(2);
    expect(wrappedLines("word ".repeat(40).trim(), 20)).toBe(10);
    expect(wrappedLines("x".repeat(100), 20)).toBe(5);
  });
});
