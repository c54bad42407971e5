/**
 * Reading back the vendor questionnaire a vendor filled in (the workbook of pack/questionnaire-xlsx):
 * first that it is one (its hidden "About this file" sheet says so), then every row of its questions
 * sheet, matched to this review's questions by the id in column A. A question whose words were changed, an
 * id the review does not ask, a row deleted, an id twice, an answer without who gave it or when: each is
 * a problem named by its row and column, and any problem means nothing is imported. Rows without an answer
 * are questions not answered yet. Pure: bytes in, answers or problems out (exceljs parses in memory).
 */
import ExcelJS from "exceljs";

import {
  ABOUT_SHEET,
  FORMAT_NAME,
  FORMAT_VERSION,
  QUESTIONS_SHEET,
  QUESTION_COLUMNS,
} from "../pack/questionnaire-xlsx.server.ts";
import { isRealDate, unstorableText } from "../questionnaire/answers.ts";
import { ANSWER_LIMITS, MAX_WORKBOOK_BYTES, type WrittenAnswer } from "./vendor-answers-fields.ts";

/** One question of the review, with every wording of it the review has asked (the current one first). */
export interface ExpectedQuestion {
  id: string;
  number: number;
  words: readonly string[];
}

export interface ReadOptions {
  questions: readonly ExpectedQuestion[];
  /** The buyer as the questionnaire names it: a copy made for another buyer is another review's. */
  buyerName: string;
  /** YYYY-MM-DD: an answer cannot be dated after it. */
  today: string;
}

/** One answered row, its text exactly as the cell holds it (only the white space around it trimmed). */
export interface FileAnswer extends WrittenAnswer {
  row: number;
}

/** A problem with the file: where (row and column as the spreadsheet shows them, when it is one place) and what. */
export interface FileProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export type ReadResult =
  | {
      ok: true;
      answers: FileAnswer[];
      /** Rows of questions not answered yet. */
      unanswered: number;
      /** The review's questions this copy does not hold: asked since it was made. */
      askedSince: string[];
      /** Questions of this copy answered in it that the review no longer asks (its answers changed since): not read. */
      notAsked: string[];
      generatedAt: string;
    }
  | { ok: false; problems: FileProblem[] };

const WHAT_TO_IMPORT =
  "Import the vendor questionnaire downloaded from this review (“Download the vendor questionnaire (.xlsx)”), as the vendor filled it in.";

const refused = (message: string): ReadResult => ({ ok: false, problems: [{ row: null, column: null, message }] });

// ---------------------------------------------------------------------------------------------------
// What kind of file it is, before a zip library is let loose on it

/** A zip's entries as its central directory lists them, or null where it has none that can be read. */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; size: number }[] = [];
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Unzipped, a workbook is a few times its size; far more is not a questionnaire but a zip bomb. */
const MAX_UNZIPPED_BYTES = 20 * MAX_WORKBOOK_BYTES;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** Why these bytes cannot be a filled-in questionnaire, in the words of what they are; null if they may be. */
function notAWorkbook(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `The file is empty. ${WHAT_TO_IMPORT}`;
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a filled-in questionnaire is far smaller (at most ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB is read). Remove any pictures pasted into it, or type the answers below.`;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return "This is an older Excel file (.xls) or a workbook protected with a password: open it in Excel and save it as an Excel Workbook (.xlsx) without a password, then import that.";
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return `This is a PDF, not a workbook: the answers cannot be read from it. ${WHAT_TO_IMPORT} Answers sent in a PDF can be typed below, one by one.`;
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return `This is not an Excel workbook (.xlsx): it looks like text or another kind of file (a CSV export loses the questions' ids). ${WHAT_TO_IMPORT}`;
  }
  const entries = zipEntries(bytes);
  if (!entries) {
    return "This file is damaged: it starts like a workbook but its contents cannot be read (was the download or the upload cut short?). Save it again from Excel and choose it again.";
  }
  if (entries.some((e) => e.name === "word/document.xml")) {
    return `This is a Word document (.docx). ${WHAT_TO_IMPORT} Answers given in the Word questionnaire can be typed below, one by one.`;
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    return `This is a zip file, not an Excel workbook (.xlsx). ${WHAT_TO_IMPORT}`;
  }
  // 0xFFFFFFFF is a ZIP64 entry's size: larger than 4 GB, or at least marked so.
  if (entries.reduce((sum, e) => sum + e.size, 0) > MAX_UNZIPPED_BYTES || entries.some((e) => e.size === 0xffffffff)) {
    return "This workbook unpacks to far more than a questionnaire holds, so it is not read. Save the filled-in questionnaire again from Excel, without pictures, and choose it again.";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Cells

type CellText = { ok: true; text: string } | { ok: false; message: string };

/** What a cell shows as text: its string, rich text, link text, number, or a formula's result. */
function cellText(value: ExcelJS.CellValue | undefined): CellText {
  if (value === null || value === undefined) return { ok: true, text: "" };
  if (typeof value === "string") return { ok: true, text: value };
  if (typeof value === "number") return { ok: true, text: String(value) };
  if (typeof value === "boolean") return { ok: true, text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { ok: true, text: value.toISOString().slice(0, 10) };
  if ("richText" in value) return { ok: true, text: value.richText.map((r) => r.text).join("") };
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return { ok: false, message: `holds the spreadsheet error ${value.error}` };
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result as ExcelJS.CellValue);
  return { ok: true, text: "" };
}

type CellDate = { ok: true; date: string } | { ok: false; message: string };

const DATE_EXPECTED = "a date: a date cell, or the date typed as text YYYY-MM-DD (e.g. 2027-03-01)";

/** A Date column's cell: a spreadsheet date, or text written YYYY-MM-DD. */
function cellDate(value: ExcelJS.CellValue | undefined, today: string): CellDate {
  let date: string;
  if (value instanceof Date) date = value.toISOString().slice(0, 10);
  else if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    return cellDate(value.result as ExcelJS.CellValue, today);
  } else if (typeof value === "number") {
    return { ok: false, message: `holds the number ${value}, not ${DATE_EXPECTED}` };
  } else {
    const text = cellText(value);
    if (!text.ok) return text;
    date = text.text.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, message: `holds “${date}”, not ${DATE_EXPECTED}` };
    if (!isRealDate(date)) return { ok: false, message: `holds ${date}, which is not a real calendar date` };
  }
  if (date > today) return { ok: false, message: `holds ${date}, after today: the date the vendor answered` };
  return { ok: true, date };
}

// ---------------------------------------------------------------------------------------------------
// The sheets

const HEADER = (key: (typeof QUESTION_COLUMNS)[number]["key"]) => QUESTION_COLUMNS.find((c) => c.key === key)!.header;

/** The columns read, by the header the questionnaire gives them. */
const READ_COLUMNS = ["id", "question", "answer", "document", "answeredBy", "answeredOn"] as const;
type ReadColumn = (typeof READ_COLUMNS)[number];

/** The About sheet: its facts (label → value) and the ids of the questions this copy was made with. */
function readAbout(sheet: ExcelJS.Worksheet): { facts: Map<string, ExcelJS.CellValue>; ids: Set<string> } {
  const facts = new Map<string, ExcelJS.CellValue>();
  const ids = new Set<string>();
  let inIds = false;
  sheet.eachRow((row) => {
    const label = cellText(row.getCell(1).value);
    if (!label.ok || label.text === "") return;
    if (inIds) ids.add(label.text);
    else if (label.text === "Question id") inIds = true;
    else facts.set(label.text, row.getCell(2).value);
  });
  return { facts, ids };
}

/** Where the questions' header row is, and each read column's number in it (null: no such column). */
function headerOf(sheet: ExcelJS.Worksheet): { row: number; columns: Record<ReadColumn, number | null> } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 60); r++) {
    const row = sheet.getRow(r);
    const first = cellText(row.getCell(1).value);
    if (!first.ok || first.text.trim() !== HEADER("id")) continue;
    const columns = Object.fromEntries(READ_COLUMNS.map((k) => [k, null])) as Record<ReadColumn, number | null>;
    for (let c = 1; c <= Math.max(row.cellCount, QUESTION_COLUMNS.length); c++) {
      const text = cellText(row.getCell(c).value);
      if (!text.ok) continue;
      // "Your answer (to fill in)": the words the questionnaire wrote, with or without what follows them.
      const key = READ_COLUMNS.find((k) => text.text.trim().startsWith(HEADER(k)) && columns[k] === null);
      if (key) columns[key] = c;
    }
    return { row: r, columns };
  }
  return null;
}

const LABELS: Record<ReadColumn, string> = {
  id: "Question id",
  question: "Question",
  answer: "Your answer",
  document: "Document the answer rests on",
  answeredBy: "Answered by",
  answeredOn: "Date",
};

/** Text a cell's value may hold: characters a document can carry, and not more than the limit. */
function checkedText(label: string, text: string, max: number): string | null {
  const length = [...text].length;
  if (length > max) return `is ${length} characters long; ${label} may be at most ${max}`;
  return unstorableText(label, text)?.replace(`${label} contains`, "contains") ?? null;
}

const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

/** The filled-in questionnaire's answers, or every problem that keeps it from being imported. */
export async function readVendorAnswersFile(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const kind = notAWorkbook(bytes);
  if (kind) return refused(kind);

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer; a Node Buffer is one.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return refused(
      "This workbook cannot be read: it is damaged, or not saved as an Excel Workbook (.xlsx). Open it in Excel, save it again as an Excel Workbook, and choose it again.",
    );
  }

  const aboutSheet = workbook.getWorksheet(ABOUT_SHEET);
  const about = aboutSheet ? readAbout(aboutSheet) : null;
  const format = about && cellText(about.facts.get("Format"));
  if (!about || !format?.ok || format.text !== FORMAT_NAME) {
    return refused(
      `This workbook is not a Clausewise vendor questionnaire: it has no hidden sheet “${ABOUT_SHEET}” that says “Format: ${FORMAT_NAME}” (a copy pasted into a new workbook loses it). ${WHAT_TO_IMPORT}`,
    );
  }
  const version = about.facts.get("Format version");
  if (version !== FORMAT_VERSION) {
    return refused(
      `This questionnaire is in format version ${String(version)}; this version of Clausewise reads version ${FORMAT_VERSION}. ${WHAT_TO_IMPORT}`,
    );
  }
  const buyer = cellText(about.facts.get("Buyer"));
  if (buyer.ok && buyer.text !== options.buyerName) {
    return refused(
      `This questionnaire was made for ${buyer.text || "another buyer"}, not for ${options.buyerName}: it belongs to another review. ${WHAT_TO_IMPORT}`,
    );
  }
  const generatedAt = cellText(about.facts.get("Generated at"));

  const sheet = workbook.getWorksheet(QUESTIONS_SHEET);
  if (!sheet) {
    return refused(`The workbook has no sheet “${QUESTIONS_SHEET}” (was it renamed or deleted?). ${WHAT_TO_IMPORT}`);
  }
  const header = headerOf(sheet);
  if (!header) {
    return refused(
      `The sheet “${QUESTIONS_SHEET}” has no header row starting “${HEADER("id")}” in column A (was the column moved or deleted?). ${WHAT_TO_IMPORT}`,
    );
  }
  const missingColumns = READ_COLUMNS.filter((k) => header.columns[k] === null);
  if (missingColumns.length > 0) {
    return {
      ok: false,
      problems: missingColumns.map((k) => ({
        row: header.row,
        column: null,
        message: `The column “${LABELS[k]}” is missing from the header row: put it back as the questionnaire had it.`,
      })),
    };
  }

  const expected = new Map(options.questions.map((q) => [q.id, q]));
  const problems: FileProblem[] = [];
  const answers: FileAnswer[] = [];
  const seen = new Map<string, number>();
  let unanswered = 0;
  const notAsked: string[] = [];
  const letter = (k: ReadColumn) => `${sheet.getColumn(header.columns[k]!).letter} (${LABELS[k]})`;

  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const problem = (k: ReadColumn | null, message: string) =>
      problems.push({ row: r, column: k && letter(k), message });
    const cells = {} as Record<ReadColumn, string>;
    let unreadable = false;
    for (const k of READ_COLUMNS) {
      if (k === "answeredOn") continue;
      const text = cellText(row.getCell(header.columns[k]!).value);
      if (!text.ok) {
        problem(k, `The cell ${text.message}: type the text instead.`);
        unreadable = true;
        cells[k] = "";
      } else cells[k] = text.text.trim();
    }
    const dateValue = row.getCell(header.columns.answeredOn!).value;
    const dateGiven = cellText(dateValue);
    const hasDate = !dateGiven.ok || dateGiven.text.trim() !== "";
    const { id, question, answer } = cells;
    if (!unreadable && id === "" && question === "" && answer === "" && cells.answeredBy === "" && !hasDate) continue;

    if (id === "") {
      problem("id", "This row has no question id, so its answer cannot be matched to a question: put the id back.");
      continue;
    }
    const asked = expected.get(id);
    if (!asked && about.ids.has(id)) {
      // Asked when this copy was made, no longer asked by the review (its answers changed since): passed over.
      if (answer !== "") notAsked.push(id);
      continue;
    }
    if (!asked) {
      problem(
        "id",
        `“${shorten(id)}” is not a question of this review’s questionnaire: was the id changed, or the row copied from another questionnaire?`,
      );
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problem("id", `${id} appears again (first on row ${first}): each question has one row; keep one of them.`);
      continue;
    }
    seen.set(id, r);
    // The words as the questionnaire wrote them (its line breaks are \n); only the white space around them aside.
    const words = question.replace(/\r\n?/g, "\n");
    if (!asked.words.some((w) => w.replace(/\r\n?/g, "\n").trim() === words)) {
      problem(
        "question",
        `The words of question ${asked.number} (${id}) were changed; it asks “${shorten(asked.words[0])}”. Put its words back, and let the vendor say in its answer what it would change.`,
      );
    }
    if (answer === "") {
      unanswered += 1;
      continue;
    }
    for (const [k, max] of [
      ["answer", ANSWER_LIMITS.answer],
      ["document", ANSWER_LIMITS.document],
      ["answeredBy", ANSWER_LIMITS.answeredBy],
    ] as const) {
      const wrong = checkedText(LABELS[k], cells[k], max);
      if (wrong) problem(k, `The cell ${wrong}.`);
    }
    if (cells.answeredBy === "")
      problem(
        "answeredBy",
        `Question ${asked.number} (${id}) is answered, but not by whom: add who answered for the vendor.`,
      );
    let answeredOn = "";
    if (!hasDate) {
      problem(
        "answeredOn",
        `Question ${asked.number} (${id}) is answered, but not when: add the date of the answer (YYYY-MM-DD).`,
      );
    } else {
      const date = cellDate(dateValue, options.today);
      if (date.ok) answeredOn = date.date;
      else problem("answeredOn", `The cell ${date.message}.`);
    }
    answers.push({
      row: r,
      questionId: id,
      question: words,
      answer,
      document: cells.document,
      answeredBy: cells.answeredBy,
      answeredOn,
    });
  }

  // A question this copy was made with and the review still asks, but no row holds: its row was deleted.
  for (const q of options.questions) {
    if (about.ids.has(q.id) && !seen.has(q.id)) {
      problems.push({
        row: null,
        column: null,
        message: `Question ${q.number} (${q.id}) is missing: its row was deleted from the sheet “${QUESTIONS_SHEET}”. Put it back from the questionnaire as it was sent, answered or not.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (answers.length === 0) {
    return refused(
      notAsked.length > 0
        ? `The workbook answers only questions this review no longer asks (${notAsked.join(", ")}): its answers changed since this copy was made. Download the questionnaire again and send it to the vendor.`
        : "The workbook answers no question yet: every “Your answer” cell is empty. Import it once the vendor has filled it in.",
    );
  }
  return {
    ok: true,
    answers,
    unanswered,
    askedSince: options.questions.filter((q) => !about.ids.has(q.id) && !seen.has(q.id)).map((q) => q.id),
    notAsked,
    generatedAt: generatedAt.ok ? generatedAt.text : "",
  };
}
