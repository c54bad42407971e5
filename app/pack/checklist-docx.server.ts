/**
 * The reconfirmation checklist as a Word document: one table a renewal owner works through before the
 * renewal, each row a position agreed in the last negotiation with its wording, the vendor's published
 * position then and now, what to check and the question to re-ask, and a box to tick; then the questions
 * new since the last review. The buyer's own record (it holds the positions agreed and the risks
 * accepted), so marked confidential on every page like the memo. The same checklist and time give the
 * same bytes.
 */
import { AlignmentType, Paragraph, TableRow, TextRun, type FileChild } from "docx";

import type { ChecklistRow, NewQuestion } from "../negotiation/reconfirmation.ts";
import {
  STYLE_IDS,
  TEXT_WIDTH,
  body,
  buildDocument,
  cell,
  documentBytes,
  heading1,
  headerRow,
  labelled,
  para,
  table,
  tableText,
  textRuns,
} from "./docx.server.ts";
import { formatGeneratedAt, LABELS } from "./format.ts";
import { assertModelIsXmlSafe } from "./xml-safe.ts";

export interface ChecklistDocument {
  buyerName: string;
  vendorName: string;
  paper: "a4" | "letter";
  preparedBy: string;
  /** ISO 8601: when the checklist was made, the "now" of every comparison. */
  generatedAt: string;
  facts: { label: string; value: string }[];
  owner: string;
  due: string;
  rows: ChecklistRow[];
  newQuestions: NewQuestion[] | null;
}

export const CHECKLIST_LEGEND =
  "Confidential — the buyer’s record of what was agreed and the risks accepted; do not send to the vendor";

export const CHECKLIST_COLUMNS = [
  "Done",
  "Commitment as agreed",
  "Vendor’s published position: then → now",
  "Check, and re-ask in writing",
] as const;

const WIDTHS = [700, 2400, 3226, TEXT_WIDTH - 700 - 2400 - 3226] as const;
const MUTED = "595959";

function box(): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.tableText,
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: LABELS.checkbox, size: 24, font: "Segoe UI Symbol" })],
  });
}

/** "Changed", "Unchanged", or no position recorded: said in words as well as shown. */
function publishedCell(row: ChecklistRow): Paragraph[] {
  if (row.published.length === 0) {
    return [tableText("The catalog records no published terms for this: ask the vendor to confirm in writing.")];
  }
  return row.published.flatMap((p) => [
    tableText(`${p.label}: ${p.changed ? "CHANGED" : "unchanged"}`, { bold: true }),
    ...(p.changed ? [tableText(`Then: ${p.then}`), tableText(`Now: ${p.now}`)] : [tableText(p.now, { color: MUTED })]),
  ]);
}

/**
 * A position's two rows: the box, the clause and its position, the published positions, what to check;
 * then, under them and across the last three columns, the wording agreed, which is often a whole clause.
 */
function rowsOf(row: ChecklistRow): TableRow[] {
  const wording = row.wording
    .split(/\n{2,}/)
    .filter((w) => w.trim() !== "")
    .map((w) => tableText(w));
  const main = new TableRow({
    cantSplit: true,
    children: [
      cell([box()], WIDTHS[0]),
      cell(
        [
          tableText(row.clause, { bold: true }),
          tableText(row.position, { italics: true }),
          ...(row.reason ? [tableText(`Why: ${row.reason}`)] : []),
        ],
        WIDTHS[1],
      ),
      cell(publishedCell(row), WIDTHS[2]),
      cell(
        [
          ...(row.check ? [tableText(row.check)] : []),
          ...(row.reAsk ? [tableText(`${row.reAsk.id}: ${row.reAsk.text}`, { italics: true })] : []),
        ],
        WIDTHS[3],
      ),
    ],
  });
  if (wording.length === 0) return [main];
  const rest = WIDTHS[1] + WIDTHS[2] + WIDTHS[3];
  return [
    main,
    new TableRow({
      children: [
        cell([], WIDTHS[0]),
        cell([tableText("As agreed:", { bold: true }), ...wording], rest, { columnSpan: 3 }),
      ],
    }),
  ];
}

function checklistBody(doc: ChecklistDocument): FileChild[] {
  const children: FileChild[] = [
    new Paragraph({
      style: STYLE_IDS.title,
      children: textRuns(`Reconfirmation checklist: ${doc.buyerName} and ${doc.vendorName}`),
      spacing: { before: 0 },
    }),
    ...doc.facts.map((f) => para(STYLE_IDS.body, labelled(f.label, f.value))),
    para(STYLE_IDS.body, labelled("Renewal owner", doc.owner)),
    para(STYLE_IDS.body, labelled("Due", doc.due)),
    body(
      "Work through each row before the renewal: check that the commitment is still in the agreement as agreed, " +
        "compare the vendor’s published position then and now, and re-ask the question in writing where a position " +
        "changed or nothing was agreed. Tick the box when the row is settled.",
    ),
    heading1("Positions agreed"),
  ];
  if (doc.rows.length === 0) {
    children.push(
      body(
        "Nothing was recorded as agreed in the last negotiation. Record what was agreed on the review’s “What was agreed” page, then download this checklist again.",
      ),
    );
  } else {
    children.push(table(WIDTHS, [headerRow(CHECKLIST_COLUMNS, WIDTHS), ...doc.rows.flatMap(rowsOf)]));
  }
  if (doc.newQuestions) {
    children.push(heading1("Questions new since the last review"));
    if (doc.newQuestions.length === 0) children.push(body("None: every question asked now was asked then."));
    for (const q of doc.newQuestions) children.push(body(`${q.number}. ${q.id}: ${q.text}`));
  }
  return children;
}

export async function renderChecklistDocx(doc: ChecklistDocument): Promise<Buffer> {
  assertModelIsXmlSafe(doc, "Reconfirmation checklist");
  const properties = {
    title: `Reconfirmation checklist: ${doc.buyerName} and ${doc.vendorName}`,
    subject: "What was agreed, against the vendor’s published terms then and now",
    creator: doc.preparedBy,
    description: `The renewal owner’s checklist for ${doc.buyerName}’s agreement with ${doc.vendorName}, made ${formatGeneratedAt(doc.generatedAt)}. Not to be sent to the vendor.`,
  };
  const document = buildDocument({ properties, paper: doc.paper, header: CHECKLIST_LEGEND }, checklistBody(doc));
  return documentBytes(document, properties, doc.generatedAt);
}
