/**
 * The vendor questionnaire as a workbook (exceljs): one sheet of questions a vendor's counsel answers row
 * by row, a sheet of the terms they use, and a hidden sheet that says what the file is, so that a
 * filled-in copy can be read back and matched to its questions by their ids (column A). The same pack
 * gives the same bytes: the workbook's dates are the pack's generation time, and so are its zip entries'.
 */
import ExcelJS from "exceljs";
import { parseInstant } from "./format.ts";
import { stampZipEntries } from "./docx.server.ts";
import type { ClausePack } from "./model.ts";
import { questionnaireFrontMatter, recordedParagraphs } from "./vendor-questionnaire.ts";
import { assertPackIsXmlSafe } from "./xml-safe.ts";

export const QUESTIONS_SHEET = "Questions";
export const TERMS_SHEET = "Terms used";
export const ABOUT_SHEET = "About this file";

/** The columns of the questions sheet, in order; the four after the question are the vendor's to fill. */
export const QUESTION_COLUMNS = [
  { key: "id", header: "Question id", width: 20 },
  { key: "number", header: "No.", width: 5 },
  { key: "topic", header: "Topic", width: 22 },
  { key: "question", header: "Question", width: 58 },
  {
    key: "recorded",
    header: "What your published terms say (as the buyer’s catalog records them, with source and date)",
    width: 58,
  },
  { key: "answer", header: "Your answer", width: 50, toFill: true },
  { key: "document", header: "Document the answer rests on", width: 28, toFill: true },
  { key: "answeredBy", header: "Answered by", width: 18, toFill: true },
  { key: "answeredOn", header: "Date", width: 12, toFill: true },
] as const;

/** The file's own description on the hidden sheet: what a reader of a filled-in copy checks first. */
export const FORMAT_NAME = "Clausewise vendor questionnaire";
export const FORMAT_VERSION = 1;

const FONT = "Calibri";
const HEADER_FILL = "FFD9D9D9";
const TO_FILL = "FFFFF2CC";
const BORDER = { style: "thin", color: { argb: "FF8C8C8C" } } as const;
const BORDERS = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
const LINE_POINTS = 15;
/** The least room a question's row leaves for its answer, in lines. */
const ANSWER_LINES = 4;

function headerText(c: (typeof QUESTION_COLUMNS)[number]): string {
  return "toFill" in c ? `${c.header} (to fill in)` : c.header;
}

/**
 * Text as the cell must hold it to show it exactly: line breaks as Excel's line feed, and the escapes of
 * OOXML strings (ECMA-376 ST_Xstring) where the text would otherwise be read as one ("_x0041_" is
 * written "_x005F_x0041_"), or where exceljs would drop the character (DEL is written "_x007F_").
 */
export function cellText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/\u007f/g, "_x007F_");
}

/**
 * The lines text takes in a cell `width` characters wide, wrapped at spaces as Excel and LibreOffice wrap
 * it (a word longer than a line, such as an address, broken where the line ends). Neither application
 * fits a row to its text when it opens a file, so every row's height is set from this.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ")) {
      const length = word.length + (used > 0 ? 1 : 0);
      if (used > 0 && used + length > perLine) {
        lines += 1;
        used = 0;
      }
      used += used > 0 ? length : word.length;
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** Points for a row whose tallest cell holds this text, with at least `minLines` lines. */
function rowHeight(cells: { text: string; width: number }[], minLines = 1): number {
  return Math.max(minLines, ...cells.map((c) => wrappedLines(c.text, c.width))) * LINE_POINTS + 3;
}

/** The vendor questionnaire as an .xlsx workbook. */
export async function renderQuestionnaireXlsx(pack: ClausePack): Promise<Buffer> {
  assertPackIsXmlSafe(pack);
  const front = questionnaireFrontMatter(pack, "xlsx");
  const generated = parseInstant(pack.cover.generatedAt) ?? new Date(Date.UTC(1980, 0, 1));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = pack.cover.preparedBy;
  workbook.lastModifiedBy = pack.cover.preparedBy;
  workbook.created = generated;
  workbook.modified = generated;
  workbook.title = cellText(`${front.title}: ${pack.parties.buyer} and ${pack.parties.vendor}`);
  workbook.subject = "Questions to answer in writing";

  const header = QUESTION_COLUMNS.length;
  const headerRow = front.facts.length + front.instructions.length + 3;
  const sheet = workbook.addWorksheet(QUESTIONS_SHEET, {
    views: [
      {
        state: "frozen",
        xSplit: 0,
        ySplit: headerRow,
        topLeftCell: `A${headerRow + 1}`,
        activeCell: "F" + (headerRow + 1),
      },
    ],
    pageSetup: {
      // exceljs's PaperSize enum: 9 is A4; Letter (1) is the default, so it is left out.
      ...(pack.paper === "letter" ? {} : { paperSize: 9 }),
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&LVendor questionnaire&RPage &P of &N" },
  });
  sheet.columns = QUESTION_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const textWidth = QUESTION_COLUMNS.slice(1).reduce((sum, c) => sum + c.width, 0);

  // The title block: what this is, from whom to whom, and how to answer.
  const title = sheet.getRow(1);
  title.getCell(1).value = cellText(front.title);
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.height = 24;
  let r = 2;
  for (const fact of front.facts) {
    const row = sheet.getRow(r++);
    row.getCell(1).value = cellText(fact.label);
    row.getCell(1).font = { name: FONT, bold: true };
    sheet.mergeCells(row.number, 2, row.number, header);
    row.getCell(2).value = cellText(fact.value);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).alignment = { vertical: "top" };
    row.height = rowHeight([{ text: fact.value, width: textWidth }]);
  }
  r++;
  for (const [i, text] of front.instructions.entries()) {
    const row = sheet.getRow(r++);
    sheet.mergeCells(row.number, 1, row.number, header);
    row.getCell(1).value = cellText(text);
    row.getCell(1).font = { name: FONT, bold: i === 0 };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = rowHeight([{ text, width: textWidth + QUESTION_COLUMNS[0].width }]);
  }

  const head = sheet.getRow(headerRow);
  QUESTION_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = headerText(c);
    cell.font = { name: FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "toFill" in c ? TO_FILL : HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.border = BORDERS;
  });
  head.height = rowHeight(QUESTION_COLUMNS.map((c) => ({ text: headerText(c), width: c.width })));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: header } };

  for (const item of pack.vendorQuestionnaire.items) {
    const recorded = recordedParagraphs(item).join("\n");
    const row = sheet.addRow({
      id: cellText(item.id),
      number: item.number,
      topic: cellText(item.topicHeading),
      question: cellText(item.question),
      recorded: cellText(recorded),
    });
    QUESTION_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { wrapText: true, vertical: "top", ...(c.key === "number" ? { horizontal: "right" } : {}) };
      cell.border = BORDERS;
      if ("toFill" in c) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TO_FILL } };
    });
    // Room to write an answer of a few lines, and enough for the longest cell.
    row.height = rowHeight(
      [
        { text: item.id, width: QUESTION_COLUMNS[0].width },
        { text: item.topicHeading, width: QUESTION_COLUMNS[2].width },
        { text: item.question, width: QUESTION_COLUMNS[3].width },
        { text: recorded, width: QUESTION_COLUMNS[4].width },
      ],
      ANSWER_LINES,
    );
  }

  termsSheet(workbook, front.definitions);
  aboutSheet(workbook, pack);

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(bytes, generated);
}

function termsSheet(workbook: ExcelJS.Workbook, definitions: { term: string; text: string }[]): void {
  const sheet = workbook.addWorksheet(TERMS_SHEET, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { key: "term", width: 24 },
    { key: "text", width: 100 },
  ];
  const head = sheet.getRow(1);
  ["Term", "Meaning in these questions"].forEach((label, i) => {
    head.getCell(i + 1).value = label;
    head.getCell(i + 1).font = { name: FONT, bold: true };
    head.getCell(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  for (const d of definitions) {
    const row = sheet.addRow({ term: cellText(d.term), text: cellText(d.text) });
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = rowHeight([
      { text: d.term, width: 24 },
      { text: d.text, width: 100 },
    ]);
  }
}

/** Hidden: what the file is, for reading a filled-in copy back. Every question's id and origin, too. */
function aboutSheet(workbook: ExcelJS.Workbook, pack: ClausePack): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET, { state: "hidden" });
  sheet.columns = [{ width: 24 }, { width: 60 }];
  const facts: [string, string | number][] = [
    ["Format", FORMAT_NAME],
    ["Format version", FORMAT_VERSION],
    ["Questions sheet", QUESTIONS_SHEET],
    ["Generated at", pack.cover.generatedAt],
    ["Clause library version", pack.cover.libraryVersion],
    ["Answers version", pack.cover.answersVersion],
    ["Buyer", pack.parties.buyer],
    ["Vendor", pack.parties.vendor],
  ];
  for (const [label, value] of facts) sheet.addRow([label, typeof value === "string" ? cellText(value) : value]);
  sheet.addRow([]);
  sheet.addRow(["Question id", "Asked because of"]).font = { bold: true };
  for (const item of pack.vendorQuestionnaire.items) {
    sheet.addRow([cellText(item.id), item.from.map((o) => `${o.kind} ${o.id}`).join("; ")]);
  }
}
