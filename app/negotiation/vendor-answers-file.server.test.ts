// Reading back a questionnaire the vendor filled in: the workbook as the app writes it, filled in with
// exceljs as a vendor's spreadsheet would fill it; then changed, cut short or replaced by another file.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { fixturePack } from "../../tests/support/fixtures.ts";
import { readXlsx } from "../../tests/support/read-xlsx.ts";
import type { ClausePack } from "../pack/model.ts";
import { renderQuestionnaireDocx } from "../pack/questionnaire-docx.server.ts";
import { ABOUT_SHEET, QUESTIONS_SHEET, renderQuestionnaireXlsx } from "../pack/questionnaire-xlsx.server.ts";
import { MAX_WORKBOOK_BYTES } from "./vendor-answers-fields.ts";
import {
  readVendorAnswersFile,
  zipEntries,
  type ExpectedQuestion,
  type ReadOptions,
} from "./vendor-answers-file.server.ts";

let pack: ClausePack;
let blank: Buffer;
let options: ReadOptions;

beforeAll(async () => {
  pack = fixturePack("bank-api-eu");
  blank = await renderQuestionnaireXlsx(pack);
  options = {
    questions: pack.vendorQuestionnaire.items.map((i) => ({ id: i.id, number: i.number, words: [i.question] })),
    buyerName: pack.parties.buyer,
    today: "2027-06-30",
  };
});

/** The questions sheet's header row and the row of each question id. */
function layout(sheet: ExcelJS.Worksheet) {
  let header = 0;
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const a = row.getCell(1).value;
    if (header === 0 && a === "Question id") header = n;
    else if (header > 0 && typeof a === "string") rows.set(a, n);
  });
  return { header, rows };
}

type Fill = (sheet: ExcelJS.Worksheet, rows: Map<string, number>, workbook: ExcelJS.Workbook) => void;

/** The blank questionnaire, filled in by `fill`, saved again. */
async function filled(fill: Fill): Promise<Buffer> {
  const workbook = await readXlsx(blank);
  const sheet = workbook.getWorksheet(QUESTIONS_SHEET)!;
  fill(sheet, layout(sheet).rows, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const id = (n: number) => pack.vendorQuestionnaire.items[n].id;

/** Answer, document, answered by, date: columns F to I (a date shown as one, as Excel formats a date typed in). */
function answer(
  sheet: ExcelJS.Worksheet,
  row: number,
  values: [ExcelJS.CellValue, ExcelJS.CellValue, ExcelJS.CellValue, ExcelJS.CellValue],
) {
  values.forEach((v, i) => {
    const cell = sheet.getRow(row).getCell(6 + i);
    cell.value = v;
    if (v instanceof Date || (v !== null && typeof v === "object" && "formula" in v)) cell.numFmt = "yyyy-mm-dd";
  });
}

const read = (bytes: Uint8Array, changes: Partial<ReadOptions> = {}) =>
  readVendorAnswersFile(bytes, { ...options, ...changes });

async function problemsOf(bytes: Uint8Array, changes: Partial<ReadOptions> = {}) {
  const result = await read(bytes, changes);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("a filled-in questionnaire", () => {
  it("is read row by row: each answer with who gave it and when, exactly as typed; blank rows are not answered yet", async () => {
    const words = "Yes.  Two spaces,\nа line break, “quotes”, émoji 😀 and שלום — kept exactly.";
    const bytes = await filled((sheet, rows) => {
      answer(sheet, rows.get(id(0))!, [
        words,
        "Master Services Agreement §4",
        "Jane Roe, Deputy GC",
        new Date(Date.UTC(2027, 2, 1)),
      ]);
      // Excel turns a typed e-mail address into a link, and a formula's result is what the cell shows.
      answer(sheet, rows.get(id(1))!, [
        { richText: [{ text: "See " }, { text: "clause 9", font: { bold: true } }] },
        "",
        { text: "jane@vendor.example", hyperlink: "mailto:jane@vendor.example" },
        "2027-03-02",
      ]);
      answer(sheet, rows.get(id(2))!, [
        "  No.  ",
        null,
        "J. Roe",
        { formula: "DATE(2027,3,3)", result: new Date(Date.UTC(2027, 2, 3)) },
      ]);
    });
    const result = await read(bytes);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.answers.map(({ row: _row, ...a }) => a)).toEqual([
      {
        questionId: id(0),
        question: pack.vendorQuestionnaire.items[0].question,
        answer: words,
        document: "Master Services Agreement §4",
        answeredBy: "Jane Roe, Deputy GC",
        answeredOn: "2027-03-01",
      },
      {
        questionId: id(1),
        question: pack.vendorQuestionnaire.items[1].question,
        answer: "See clause 9",
        document: "",
        answeredBy: "jane@vendor.example",
        answeredOn: "2027-03-02",
      },
      {
        questionId: id(2),
        question: pack.vendorQuestionnaire.items[2].question,
        answer: "No.",
        document: "",
        answeredBy: "J. Roe",
        answeredOn: "2027-03-03",
      },
    ]);
    expect(result.ok && result.unanswered).toBe(pack.vendorQuestionnaire.items.length - 3);
    expect(result.ok && result.generatedAt).toBe(pack.cover.generatedAt);
  });

  it("a question asked since the copy was made is not answered yet; one no longer asked is passed over", async () => {
    const bytes = await filled((sheet, rows) => {
      answer(sheet, rows.get(id(0))!, ["Yes.", "", "Jane Roe", "2027-03-01"]);
      answer(sheet, rows.get(id(1))!, ["No.", "", "Jane Roe", "2027-03-01"]);
    });
    const later: ExpectedQuestion = { id: "Q-new-question", number: 99, words: ["Please confirm something new."] };
    const now = { questions: [...options.questions.slice(1), later] };
    const result = await read(bytes, now);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.answers.map((a) => a.questionId)).toEqual([id(1)]);
    expect(result.ok && result.askedSince).toEqual(["Q-new-question"]);
    expect(result.ok && result.notAsked).toEqual([id(0)]);
    // Where the only answers are to questions no longer asked, there is nothing to import.
    const [problem] = await problemsOf(bytes, { questions: [later] });
    expect(problem.message).toMatch(/^The workbook answers only questions this review no longer asks \(Q-/);
  });
});

describe("a changed or incomplete questionnaire is refused whole, each problem by row and column", () => {
  it("a question's words changed", async () => {
    const bytes = await filled((sheet, rows) => {
      const r = rows.get(id(3))!;
      sheet.getRow(r).getCell(4).value = "Will you agree to whatever suits you?";
      answer(sheet, r, ["Yes.", "", "Jane Roe", "2027-03-01"]);
    });
    const [problem, ...more] = await problemsOf(bytes);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ row: expect.any(Number), column: "D (Question)" });
    expect(problem.message).toMatch(new RegExp(`^The words of question 4 \\(${id(3)}\\) were changed; it asks “`));
  });

  it("a row deleted", async () => {
    const bytes = await filled((sheet, rows) => {
      answer(sheet, rows.get(id(0))!, ["Yes.", "", "Jane Roe", "2027-03-01"]);
      sheet.spliceRows(rows.get(id(5))!, 1);
    });
    expect(await problemsOf(bytes)).toEqual([
      {
        row: null,
        column: null,
        message: `Question 6 (${id(5)}) is missing: its row was deleted from the sheet “Questions”. Put it back from the questionnaire as it was sent, answered or not.`,
      },
    ]);
  });

  it("an id the review does not ask, and an id twice", async () => {
    const bytes = await filled((sheet, rows) => {
      sheet.getRow(rows.get(id(0))!).getCell(1).value = "Q-made-up-1";
      sheet.getRow(rows.get(id(2))!).getCell(1).value = id(1);
    });
    const problems = await problemsOf(bytes);
    expect(problems.map((p) => [p.column, p.message.slice(0, 40)])).toEqual([
      ["A (Question id)", "“Q-made-up-1” is not a question of this "],
      ["A (Question id)", `${id(1)} appears again (first on row ${layoutRow(1)})`.slice(0, 40)],
      [null, `Question 1 (${id(0)}) is missing: its row was`.slice(0, 40)],
      [null, `Question 3 (${id(2)}) is missing: its row was`.slice(0, 40)],
    ]);
  });

  it("an answer without who gave it, or without a date in a form that can be read", async () => {
    const bytes = await filled((sheet, rows) => {
      answer(sheet, rows.get(id(0))!, ["Yes.", "", "", "2027-03-01"]);
      answer(sheet, rows.get(id(1))!, ["Yes.", "", "Jane Roe", null]);
      answer(sheet, rows.get(id(2))!, ["Yes.", "", "Jane Roe", "01/03/2027"]);
      answer(sheet, rows.get(id(3))!, ["Yes.", "", "Jane Roe", "2027-02-30"]);
      answer(sheet, rows.get(id(4))!, ["Yes.", "", "Jane Roe", 46082]);
      answer(sheet, rows.get(id(5))!, ["Yes.", "", "Jane Roe", "2027-07-01"]);
      answer(sheet, rows.get(id(6))!, ["Yes.", "", "Jane Roe", { error: "#REF!" }]);
    });
    const problems = await problemsOf(bytes);
    const row = (n: number) => layoutRow(n);
    expect(problems).toEqual([
      {
        row: row(0),
        column: "H (Answered by)",
        message: `Question 1 (${id(0)}) is answered, but not by whom: add who answered for the vendor.`,
      },
      {
        row: row(1),
        column: "I (Date)",
        message: `Question 2 (${id(1)}) is answered, but not when: add the date of the answer (YYYY-MM-DD).`,
      },
      {
        row: row(2),
        column: "I (Date)",
        message:
          "The cell holds “01/03/2027”, not a date: a date cell, or the date typed as text YYYY-MM-DD (e.g. 2027-03-01).",
      },
      { row: row(3), column: "I (Date)", message: "The cell holds 2027-02-30, which is not a real calendar date." },
      {
        row: row(4),
        column: "I (Date)",
        message:
          "The cell holds the number 46082, not a date: a date cell, or the date typed as text YYYY-MM-DD (e.g. 2027-03-01).",
      },
      {
        row: row(5),
        column: "I (Date)",
        message: "The cell holds 2027-07-01, after today: the date the vendor answered.",
      },
      { row: row(6), column: "I (Date)", message: "The cell holds the spreadsheet error #REF!." },
    ]);
  });

  it("a character a document cannot hold, named with its row", async () => {
    const bytes = await filled((sheet, rows) =>
      answer(sheet, rows.get(id(0))!, ["Yes_x0007_.", "", "Jane Roe", "2027-03-01"]),
    );
    const [problem] = await problemsOf(bytes);
    // As Excel writes U+0007 in a cell (exceljs itself would drop it): its escape, read back as the character.
    expect(problem).toMatchObject({ column: "F (Your answer)" });
    expect(problem.message).toMatch(
      /^The cell contains a character that cannot be stored in a document \(U\+0007 at position 4\)/,
    );
  });

  it("a workbook with no answer yet is nothing to import", async () => {
    expect((await problemsOf(blank))[0].message).toMatch(/^The workbook answers no question yet/);
  });

  it("a questionnaire made for another buyer's review", async () => {
    expect((await problemsOf(blank, { buyerName: "Someone Else Ltd" }))[0].message).toMatch(
      /^This questionnaire was made for .+, not for Someone Else Ltd: it belongs to another review/,
    );
  });
});

/** The row of question n in the blank questionnaire. */
let rowsOfBlank: Map<string, number>;
beforeAll(async () => {
  rowsOfBlank = layout((await readXlsx(blank)).getWorksheet(QUESTIONS_SHEET)!).rows;
});
const layoutRow = (n: number) => rowsOfBlank.get(id(n))!;

describe("another file is refused with what it is and what to import instead", () => {
  const only = async (bytes: Uint8Array) => {
    const problems = await problemsOf(bytes);
    expect(problems).toHaveLength(1);
    return problems[0].message;
  };

  it("an empty file, a CSV, a PDF, an old .xls, a file too large", async () => {
    expect(await only(new Uint8Array())).toMatch(/^The file is empty\. Import the vendor questionnaire/);
    expect(await only(Buffer.from("Question id,Your answer\nQ-dpa-1,Yes\n"))).toMatch(
      /^This is not an Excel workbook \(\.xlsx\): it looks like text/,
    );
    expect(await only(Buffer.from("%PDF-1.7\n"))).toMatch(/^This is a PDF/);
    expect(await only(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(
      /older Excel file \(\.xls\)/,
    );
    expect(await only(new Uint8Array(MAX_WORKBOOK_BYTES + 1))).toMatch(
      /^The file is 5\.0 MB; a filled-in questionnaire is far smaller/,
    );
  });

  it("a Word document, and the questionnaire's own .docx", async () => {
    expect(await only(await renderQuestionnaireDocx(pack))).toMatch(/^This is a Word document \(\.docx\)/);
  });

  it("a damaged workbook (cut short)", async () => {
    expect(await only(blank.subarray(0, Math.floor(blank.length / 2)))).toMatch(/^This file is damaged/);
  });

  it("another workbook, and the questionnaire pasted into a new one (the About sheet lost)", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "Question id";
    expect(await only(Buffer.from(await other.xlsx.writeBuffer()))).toMatch(
      /^This workbook is not a Clausewise vendor questionnaire: it has no hidden sheet “About this file”/,
    );
    const copied = await filled((_sheet, _rows, workbook) =>
      workbook.removeWorksheet(workbook.getWorksheet(ABOUT_SHEET)!.id),
    );
    expect(await only(copied)).toMatch(/^This workbook is not a Clausewise vendor questionnaire/);
  });

  it("a questions sheet renamed, or its answer column deleted", async () => {
    const renamed = await filled((sheet) => (sheet.name = "Antworten"));
    expect(await only(renamed)).toMatch(/^The workbook has no sheet “Questions”/);
    const cut = await filled((sheet) => sheet.spliceColumns(6, 1));
    expect(await only(cut)).toMatch(/^The column “Your answer” is missing from the header row/);
  });

  it("reads a zip's directory without unpacking it", () => {
    const names = zipEntries(blank)!.map((e) => e.name);
    expect(names).toContain("xl/workbook.xml");
    expect(zipEntries(Buffer.from("not a zip"))).toBeNull();
  });
});
