/**
 * The clause pack as a Word document. One small builder per section, each returning the paragraphs and
 * tables of that section (docx demos style); styles and numbering are declared once, below, and the
 * document only refers to them by id, so legal can restyle the whole pack in Word.
 *
 * Two rules shape this file:
 * - The clause language is the only text in the "ClauseLanguage" style and in the clause numbering, and
 *   everything about a clause that is not to be inserted (fallbacks, negotiation note, why) is in the
 *   "ClauseNote" style, shaded and indented, so legal can select and copy a clause's language alone.
 * - Every character of the model reaches the XML: line breaks become <w:br/>, tabs <w:tab/>, and a
 *   character XML cannot carry stops the render with the field named (xml-safe.ts) instead of being lost.
 */
import {
  AlignmentType,
  BookmarkEnd,
  BookmarkStart,
  BorderStyle,
  Document,
  Footer,
  Header,
  InternalHyperlink,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type INumberingOptions,
  type ParagraphChild,
  type IRunOptions,
  type IStylesOptions,
} from "docx";

import {
  LABELS,
  SECTION_TITLES,
  SEVERITIES,
  SEVERITY_COUNT_LABELS,
  SEVERITY_LABELS,
  answerTrace,
  clauseTraceHeading,
  definitionParts,
  documentProperties,
  findingTraceHeading,
  formatGeneratedAt,
  parseInstant,
  provisionKey,
  provisionSource,
  quoted,
  renewalLayout,
  sourceGroups,
  subtitleOf,
} from "./format.ts";
import type { ClausePack, PackAnswerRef, PackClause, PackFinding, PackProvisionRef, Severity } from "./model.ts";
import { assertPackIsXmlSafe } from "./xml-safe.ts";

// ---------------------------------------------------------------------------------------------------
// Page, styles and numbering: declared once, shared by every render.

/** A4 or US Letter, with 1-inch margins. Tables are at most TEXT_WIDTH wide, which fits both. */
const PAPER = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1440;
export const TEXT_WIDTH = PAPER.a4.width - 2 * MARGIN; // 9026 twips; Letter's text is 9360 wide

const FONT = "Times New Roman"; // LibreOffice substitutes the metric-compatible Liberation Serif.
const INK = "000000";
const MUTED = "404040";
const RULE = "8C8C8C";

export { STYLES, NUMBERING_CONFIG };

export const STYLE_IDS = {
  title: "Title",
  subtitle: "Subtitle",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  body: "BodyText",
  clauseLanguage: "ClauseLanguage",
  clauseNote: "ClauseNote",
  definition: "Definition",
  listItem: "ListItem",
  tableText: "TableText",
  tableHeading: "TableHeading",
  trace: "Trace",
  disclaimer: "Disclaimer",
  footer: "Footer",
} as const;

export const NUMBERING = {
  /** Clauses: level 0 "1." on the clause heading, level 1 "1.1" on each sub-clause. */
  clause: "clause-numbering",
  /** Fallback positions: "(a)", a list of their own, restarted for every clause. */
  fallback: "fallback-numbering",
  /** Plain numbered lists: the top asks and the questions for the vendor. */
  list: "list-numbering",
} as const;

const LIST_INSTANCE = { asks: 1, questions: 2 } as const;

const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, color: INK },
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 44, bold: true, color: INK },
      paragraph: { spacing: { before: 2400, after: 240 }, keepNext: true },
    },
    heading1: {
      run: { font: FONT, size: 28, bold: true, color: INK },
      paragraph: {
        spacing: { before: 360, after: 160 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 2 } },
      },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: INK },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, italics: true, color: INK },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.subtitle,
      name: "Subtitle",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: 24, italics: true, color: MUTED },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: STYLE_IDS.body,
      name: "Body Text",
      basedOn: "Normal",
      next: STYLE_IDS.body,
      quickFormat: true,
      paragraph: { spacing: { after: 120 } },
    },
    {
      // The language to insert into the agreement: nothing else is in this style.
      id: STYLE_IDS.clauseLanguage,
      name: "Clause Language",
      basedOn: "Normal",
      next: STYLE_IDS.clauseLanguage,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 140 } },
    },
    {
      // Notes for the buyer's side, never to be inserted: indented, smaller, shaded, with a rule on the left.
      id: STYLE_IDS.clauseNote,
      name: "Clause Note",
      basedOn: "Normal",
      next: STYLE_IDS.clauseNote,
      quickFormat: true,
      run: { size: 19, color: MUTED },
      paragraph: {
        indent: { left: 720, right: 360 },
        spacing: { before: 0, after: 60, line: 252, lineRule: LineRuleType.AUTO },
        shading: { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE, space: 8 } },
      },
    },
    {
      id: STYLE_IDS.definition,
      name: "Definition",
      basedOn: STYLE_IDS.clauseLanguage,
      next: STYLE_IDS.definition,
      quickFormat: true,
      paragraph: { indent: { left: 720 } },
    },
    {
      id: STYLE_IDS.listItem,
      name: "List Item",
      basedOn: "Normal",
      next: STYLE_IDS.listItem,
      quickFormat: true,
      paragraph: { spacing: { after: 100 } },
    },
    {
      id: STYLE_IDS.tableText,
      name: "Table Text",
      basedOn: "Normal",
      next: STYLE_IDS.tableText,
      quickFormat: true,
      run: { size: 19 },
      paragraph: { spacing: { before: 0, after: 60, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE_IDS.tableHeading,
      name: "Table Heading",
      basedOn: STYLE_IDS.tableText,
      next: STYLE_IDS.tableText,
      quickFormat: true,
      run: { bold: true },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE_IDS.trace,
      name: "Trace",
      basedOn: "Normal",
      next: STYLE_IDS.trace,
      quickFormat: true,
      run: { size: 19 },
      paragraph: { indent: { left: 360 }, spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE_IDS.disclaimer,
      name: "Disclaimer",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { italics: true },
      paragraph: {
        spacing: { before: 480, after: 0 },
        keepLines: true,
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 8 } },
      },
    },
    {
      id: STYLE_IDS.footer,
      name: "Footer",
      basedOn: "Normal",
      run: { size: 18, color: MUTED },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ],
};

const NUMBERING_CONFIG: INumberingOptions = {
  config: [
    {
      reference: NUMBERING.clause,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 720 } }, run: { bold: true } },
        },
        {
          level: 1,
          format: LevelFormat.DECIMAL,
          text: "%1.%2",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 720 } } },
        },
      ],
    },
    {
      reference: NUMBERING.fallback,
      levels: [
        {
          level: 0,
          format: LevelFormat.LOWER_LETTER,
          text: "(%1)",
          alignment: AlignmentType.LEFT,
          // Same left edge as the other note paragraphs, so the shading and rule stay one block.
          style: { paragraph: { indent: { left: 1224, hanging: 504 } } },
        },
      ],
    },
    {
      reference: NUMBERING.list,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 432 } } },
        },
      ],
    },
  ],
};

const CELL_MARGINS = { top: 80, bottom: 80, left: 110, right: 110 } as const;
const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" } as const;
const TABLE_BORDERS = {
  top: TABLE_BORDER,
  bottom: TABLE_BORDER,
  left: TABLE_BORDER,
  right: TABLE_BORDER,
  insideHorizontal: TABLE_BORDER,
  insideVertical: TABLE_BORDER,
} as const;
const HEADER_FILL = "E7E6E6";
const LABEL_FILL = "F2F2F2";

/** Cell fill and text colour marking each severity; the word is always there too, for print and readers. */
export const SEVERITY_FILLS: Record<Severity, { fill: string; color: string }> = {
  high: { fill: "F4CCCC", color: "7F0000" },
  medium: { fill: "FCE4C4", color: "7A4100" },
  low: { fill: "DDEBF7", color: "1F3864" },
  info: { fill: "EDEDED", color: "404040" },
};

/** Column widths (twips) of each table; each row sums to TEXT_WIDTH. */
export const COLUMN_WIDTHS = {
  cover: [2600, 6426],
  counts: [2256, 2256, 2257, 2257],
  findings: [1150, 2150, 3226, 2500],
  renewal: [700, 3526, 2100, 1500, 1200],
  renewalShared: [700, 5526, 2800],
} as const;

// ---------------------------------------------------------------------------------------------------
// Text

type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The runs of one piece of text, every character kept: each line break becomes a <w:br/> (a TextRun
 * `break`) and each tab a <w:tab/>. (docx writes "\n" into <w:t> as is, where Word shows a space.)
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(LINE_BREAK).map(
    (line, i) =>
      new TextRun({
        ...style,
        ...(i > 0 ? { break: 1 } : {}),
        children: line.includes("\t") ? withTabs(line) : [line],
      }),
  );
}

function withTabs(line: string): (string | Tab)[] {
  const children: (string | Tab)[] = [];
  line.split("\t").forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== "") children.push(part);
  });
  return children;
}

export function para(style: string, runs: TextRun[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ style, children: runs, ...options });
}

export function heading1(text: string, pageBreakBefore = false): Paragraph {
  const section = SECTION_ANCHORS.get(text);
  // A section's heading carries the bookmark the contents link to, numbered by the section's place (not by
  // docx's global counter, so the same pack still gives the same bytes).
  const children = section
    ? [
        new BookmarkStart(section.anchor, section.number) as unknown as ParagraphChild,
        ...textRuns(text),
        new BookmarkEnd(section.number) as unknown as ParagraphChild,
      ]
    : textRuns(text);
  return new Paragraph({ style: STYLE_IDS.heading1, children, pageBreakBefore });
}

/** The memo's sections by title, each with the bookmark its heading carries. */
const SECTION_ANCHORS: ReadonlyMap<string, { anchor: string; number: number }> = new Map(
  Object.entries(SECTION_TITLES).map(([key, title], i) => [title, { anchor: `section-${key}`, number: i + 1 }]),
);

/** The contents: every section of the memo, each a link to its heading (Word and LibreOffice follow it). */
export function contentsSection(pack: ClausePack): FileChild[] {
  const present = packSections(pack).map((s) => s.title);
  return [
    para(STYLE_IDS.heading3, textRuns(LABELS.contents), { keepNext: true }),
    ...present.map(
      (title) =>
        new Paragraph({
          style: STYLE_IDS.listItem,
          children: [
            new InternalHyperlink({
              anchor: SECTION_ANCHORS.get(title)!.anchor,
              children: textRuns(title, { underline: {} }),
            }),
          ],
        }),
    ),
  ];
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ style: STYLE_IDS.heading2, children: textRuns(text) });
}

function heading3(text: string): Paragraph {
  return new Paragraph({ style: STYLE_IDS.heading3, children: textRuns(text) });
}

export function body(text: string): Paragraph {
  return para(STYLE_IDS.body, textRuns(text));
}

/** "Label: text" with the label in bold. */
export function labelled(label: string, text: string, style: RunStyle = {}): TextRun[] {
  return [new TextRun({ ...style, text: `${label}: `, bold: true }), ...textRuns(text, style)];
}

// ---------------------------------------------------------------------------------------------------
// Tables

export function cell(
  children: Paragraph[],
  width: number,
  options: { fill?: string; columnSpan?: number } = {},
): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE_IDS.tableText })],
    width: { size: width, type: WidthType.DXA },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.TOP,
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
  });
}

export function tableText(text: string, style: RunStyle = {}): Paragraph {
  return para(STYLE_IDS.tableText, textRuns(text, style));
}

export function headerRow(labels: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) =>
      cell([para(STYLE_IDS.tableHeading, textRuns(label))], widths[i], { fill: HEADER_FILL }),
    ),
  });
}

export function table(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}

// ---------------------------------------------------------------------------------------------------
// Sections, in the order of the pack

/** 1. Cover: the title, then a table of who, what and when. */
export function coverSection(pack: ClausePack): FileChild[] {
  const { cover } = pack;
  const [labelWidth, valueWidth] = COLUMN_WIDTHS.cover;
  const row = (label: string, values: Paragraph[]) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell([para(STYLE_IDS.tableHeading, textRuns(label))], labelWidth, { fill: LABEL_FILL }),
        cell(values, valueWidth),
      ],
    });
  const rows = [
    row(LABELS.buyer, [tableText(cover.buyerName)]),
    row(LABELS.vendor, [tableText(cover.vendorName)]),
    row(
      LABELS.productLines,
      cover.productLines.map((line) => tableText(line)),
    ),
    row(LABELS.stage, [tableText(cover.stage)]),
    ...cover.dates.map((date) => row(date.label, [tableText(date.value)])),
    row(LABELS.preparedBy, [tableText(cover.preparedBy)]),
    row(LABELS.generatedAt, [tableText(formatGeneratedAt(cover.generatedAt))]),
    row(LABELS.libraryVersion, [tableText(cover.libraryVersion)]),
  ];
  return [
    para(STYLE_IDS.title, textRuns(pack.title)),
    para(STYLE_IDS.subtitle, textRuns(subtitleOf(pack))),
    table(COLUMN_WIDTHS.cover, rows),
  ];
}

/** 2. Summary: overall exposure, the count of findings per severity, the most important asks. */
export function summarySection(pack: ClausePack): FileChild[] {
  const { summary } = pack;
  // A hand-built pack has no findings to weigh: it says where it comes from, then the asks.
  if (pack.builtByHand) return [heading1(SECTION_TITLES.summary, true), body(pack.builtByHand), ...topAsks(pack)];
  const widths = COLUMN_WIDTHS.counts;
  const counts = table(widths, [
    headerRow(
      SEVERITIES.map((s) => SEVERITY_COUNT_LABELS[s]),
      widths,
    ),
    new TableRow({
      cantSplit: true,
      children: SEVERITIES.map((s, i) =>
        cell(
          [
            new Paragraph({
              style: STYLE_IDS.tableText,
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: String(summary.counts[s]), bold: true, size: 24 })],
            }),
          ],
          widths[i],
          summary.counts[s] > 0 ? { fill: SEVERITY_FILLS[s].fill } : {},
        ),
      ),
    }),
  ]);
  const exposure = `${SEVERITY_LABELS[summary.exposure]} — ${summary.exposureDetail}`;
  return [
    heading1(SECTION_TITLES.summary, true),
    para(STYLE_IDS.body, [
      new TextRun({ text: `${LABELS.exposure}: `, bold: true }),
      new TextRun({
        text: exposure,
        bold: true,
        ...(summary.exposure === "none" ? {} : { color: SEVERITY_FILLS[summary.exposure].color }),
      }),
    ]),
    para(STYLE_IDS.body, textRuns(LABELS.findingsBySeverity), { keepNext: true }),
    counts,
    ...topAsks(pack),
  ];
}

function topAsks({ summary }: ClausePack): FileChild[] {
  return [
    heading2(LABELS.topAsks),
    ...(summary.topAsks.length === 0
      ? [body(LABELS.noAsks)]
      : summary.topAsks.map(
          (ask) =>
            new Paragraph({
              style: STYLE_IDS.listItem,
              numbering: { reference: NUMBERING.list, level: 0, instance: LIST_INSTANCE.asks },
              children: textRuns(ask),
            }),
        )),
  ];
}

/** 3. Findings: one table row per finding, the severity cell shaded and named. */
export function findingsSection(pack: ClausePack): FileChild[] {
  const widths = COLUMN_WIDTHS.findings;
  if (pack.findings.length === 0) return [heading1(SECTION_TITLES.findings), body(LABELS.noFindings)];
  return [
    heading1(SECTION_TITLES.findings),
    table(widths, [headerRow(LABELS.findingColumns, widths), ...pack.findings.map((f) => findingRow(f))]),
  ];
}

export function findingRow(finding: PackFinding): TableRow {
  const widths = COLUMN_WIDTHS.findings;
  const marks = SEVERITY_FILLS[finding.severity];
  return new TableRow({
    // A finding is read whole: its row moves to the next page rather than break across two.
    cantSplit: true,
    children: [
      cell([tableText(SEVERITY_LABELS[finding.severity], { bold: true, color: marks.color })], widths[0], {
        fill: marks.fill,
      }),
      cell([tableText(finding.title, { bold: true })], widths[1]),
      cell([tableText(finding.vendorPosition), ...finding.because.provisions.flatMap(provisionCitation)], widths[2]),
      cell([tableText(finding.whyItMatters)], widths[3]),
    ],
  });
}

/** The quoted excerpt and where it comes from, under the vendor's position. */
function provisionCitation(provision: PackProvisionRef): Paragraph[] {
  const source = provisionSource(provision, "short");
  const runs = [
    ...(provision.excerpt === "" ? [] : [...textRuns(quoted(provision.excerpt), { italics: true })]),
    ...(source === ""
      ? []
      : [...(provision.excerpt === "" ? [] : [new TextRun(" ")]), ...labelled(LABELS.source, source, { size: 17 })]),
  ];
  return runs.length === 0 ? [] : [para(STYLE_IDS.tableText, runs)];
}

/** 4a. Definitions, before the first clause: “Term” means … */
export function definitionsSection(pack: ClausePack): FileChild[] {
  if (pack.definitions.length === 0) return [];
  return [
    heading1(SECTION_TITLES.definitions, true),
    ...pack.definitions.map((d) => {
      const { term, rest } = definitionParts(d);
      return para(STYLE_IDS.definition, [...textRuns(term, { bold: true }), ...textRuns(rest)]);
    }),
  ];
}

/** 4b. Clauses: the numbered language, each clause followed by its notes, set apart. */
export function clausesSection(pack: ClausePack): FileChild[] {
  return [
    heading1(SECTION_TITLES.clauses, pack.definitions.length === 0),
    para(STYLE_IDS.body, textRuns(LABELS.clausesIntro, { italics: true })),
    ...(pack.clauses.length === 0 ? [body(LABELS.noClauses)] : pack.clauses.flatMap((c, i) => clauseBlock(c, i))),
  ];
}

/** One clause: heading "n. Title" (level 0), language "n.1" … (level 1), then the notes. */
export function clauseBlock(clause: PackClause, index: number): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE_IDS.heading2,
      numbering: { reference: NUMBERING.clause, level: 0 },
      children: textRuns(clause.title),
    }),
    ...clause.language.map(
      (text) =>
        new Paragraph({
          style: STYLE_IDS.clauseLanguage,
          numbering: { reference: NUMBERING.clause, level: 1 },
          children: textRuns(text),
        }),
    ),
    ...clauseNotes(clause, index),
  ];
}

/** Fallbacks, the negotiation note and why the clause is here, in the note style: never to be inserted. */
export function clauseNotes(clause: PackClause, index: number): Paragraph[] {
  const notes: Paragraph[] = [];
  if (clause.fallbacks.length > 0) {
    notes.push(para(STYLE_IDS.clauseNote, [new TextRun({ text: LABELS.fallbacks, bold: true })], { keepNext: true }));
    for (const fallback of clause.fallbacks) {
      notes.push(
        new Paragraph({
          style: STYLE_IDS.clauseNote,
          // Its own list per clause, so the letters start again at (a).
          numbering: { reference: NUMBERING.fallback, level: 0, instance: index + 1 },
          children: textRuns(fallback),
        }),
      );
    }
  }
  if (clause.negotiationNote !== "") {
    notes.push(para(STYLE_IDS.clauseNote, labelled(LABELS.negotiationNote, clause.negotiationNote)));
  }
  if (clause.because.summary !== "") {
    notes.push(para(STYLE_IDS.clauseNote, labelled(LABELS.whyThisClause, clause.because.summary, { italics: true })));
  }
  return notes;
}

/** 5. Questions for the vendor: the questionnaire's, by topic, each with its id and what it is asked for. */
export function questionsSection(pack: ClausePack): FileChild[] {
  if (pack.questions.length === 0) return [heading1(SECTION_TITLES.questions), body(LABELS.noQuestions)];
  const children: FileChild[] = [
    heading1(SECTION_TITLES.questions),
    para(STYLE_IDS.body, textRuns(LABELS.questionsIntro), { keepNext: true }),
  ];
  let topic = "";
  for (const q of pack.questions) {
    if (q.topic !== topic) children.push(heading3((topic = q.topic)));
    children.push(
      new Paragraph({
        style: STYLE_IDS.listItem,
        // One list across the topics, so the numbers are the questionnaire's.
        numbering: { reference: NUMBERING.list, level: 0, instance: LIST_INSTANCE.questions },
        keepLines: true,
        children: [
          ...textRuns(q.text),
          new TextRun({ break: 1 }),
          ...textRuns(`${q.id} · ${LABELS.origin}: ${q.origin}`, { italics: true, size: 19, color: MUTED }),
        ],
      }),
    );
  }
  return children;
}

/** 6. Renewal checklist: a box to tick, the commitment and its clause; owner and due date once when shared. */
export function renewalSection(pack: ClausePack): FileChild[] {
  if (pack.renewalChecklist.length === 0) return [heading1(SECTION_TITLES.renewal), body(LABELS.noRenewalItems)];
  const { shared, columns } = renewalLayout(pack.renewalChecklist);
  const widths = shared ? COLUMN_WIDTHS.renewalShared : COLUMN_WIDTHS.renewal;
  return [
    heading1(SECTION_TITLES.renewal),
    para(STYLE_IDS.body, textRuns(LABELS.renewalIntro), { keepNext: true }),
    ...(shared
      ? [
          para(STYLE_IDS.body, labelled(LABELS.renewalOwner, shared.owner), { keepNext: true }),
          para(STYLE_IDS.body, labelled(LABELS.renewalDue, shared.due), { keepNext: true }),
        ]
      : []),
    table(widths, [
      headerRow(columns, widths),
      ...pack.renewalChecklist.map(
        (item) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                [
                  new Paragraph({
                    style: STYLE_IDS.tableText,
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: LABELS.checkbox, size: 24, font: "Segoe UI Symbol" })],
                  }),
                ],
                widths[0],
              ),
              cell([tableText(item.commitment)], widths[1]),
              cell([tableText(item.clauseTitle)], widths[2]),
              ...(shared
                ? []
                : [
                    cell([tableText(item.owner)], COLUMN_WIDTHS.renewal[3]),
                    cell([tableText(item.due)], COLUMN_WIDTHS.renewal[4]),
                  ]),
            ],
          }),
      ),
    ]),
  ];
}

/** 7. Traceability: for every finding and clause, the answers (id = value) and the provisions behind it. */
export function traceabilitySection(pack: ClausePack): FileChild[] {
  return [
    heading1(SECTION_TITLES.traceability, true),
    body(pack.builtByHand ? LABELS.handTraceabilityIntro : LABELS.traceabilityIntro),
    ...(pack.findings.length > 0 ? [heading2(SECTION_TITLES.findings)] : []),
    ...pack.findings.flatMap((f) => [
      heading3(findingTraceHeading(f.severity, f.title)),
      para(STYLE_IDS.trace, textRuns(`${f.id}`, { color: MUTED })),
      ...answerTraces(f.because.answers),
      ...provisionTraces(f.because.provisions),
    ]),
    ...(pack.clauses.length > 0 ? [heading2(SECTION_TITLES.clauses)] : []),
    ...pack.clauses.flatMap((c, i) => [
      heading3(clauseTraceHeading(i, c.title)),
      para(
        STYLE_IDS.trace,
        textRuns(c.variant === null ? c.id : `${c.id} · ${LABELS.variant}: ${c.variant}`, { color: MUTED }),
      ),
      ...answerTraces(c.because.answers),
    ]),
  ];
}

function answerTraces(answers: PackAnswerRef[]): Paragraph[] {
  if (answers.length === 0) return [para(STYLE_IDS.trace, labelled(LABELS.answers, LABELS.noneRecorded))];
  return [
    para(STYLE_IDS.trace, [new TextRun({ text: `${LABELS.answers}:`, bold: true })], { keepNext: true }),
    ...answers.map((a) =>
      para(STYLE_IDS.trace, [
        ...textRuns(answerTrace(a)),
        new TextRun({ text: " (", color: MUTED }),
        ...textRuns(a.label, { color: MUTED }),
        new TextRun({ text: ")", color: MUTED }),
      ]),
    ),
  ];
}

function provisionTraces(provisions: PackProvisionRef[]): Paragraph[] {
  if (provisions.length === 0) return [];
  return [
    para(STYLE_IDS.trace, [new TextRun({ text: `${LABELS.provisions}:`, bold: true })], { keepNext: true }),
    ...provisions.map((p) => {
      const source = provisionSource(p);
      return para(STYLE_IDS.trace, [
        ...textRuns(provisionKey(p), { bold: true }),
        new TextRun(" — "),
        ...textRuns(`${p.vendorName}, ${p.productLine}: `),
        ...textRuns(p.statement),
        ...(p.excerpt === "" ? [] : [new TextRun(" "), ...textRuns(quoted(p.excerpt), { italics: true })]),
        ...(source === "" ? [] : [new TextRun({ break: 1 }), ...labelled(LABELS.source, source, { color: MUTED })]),
      ]);
    }),
  ];
}

/** 8. Sources, the vendor's terms first, then what the clauses rest on; then the one disclaimer. */
export function sourcesSection(pack: ClausePack): FileChild[] {
  const groups = sourceGroups(pack);
  return [
    heading1(SECTION_TITLES.sources),
    ...(groups.length === 0
      ? [body(LABELS.noSources)]
      : groups.flatMap(({ heading, sources }) => [
          heading2(heading),
          ...sources.map((s) =>
            para(STYLE_IDS.body, [
              ...textRuns(s.title, { bold: true }),
              ...(s.detail === "" ? [] : [new TextRun({ break: 1 }), ...textRuns(s.detail)]),
            ]),
          ),
        ])),
    para(STYLE_IDS.disclaimer, textRuns(pack.disclaimer)),
  ];
}

/** "Page X of Y", as fields Word and LibreOffice fill in. */
export function packFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.footer,
        children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The sections after the cover, in order, by title. */
function packSections(pack: ClausePack): { title: string; build: (pack: ClausePack) => FileChild[] }[] {
  return [
    { title: SECTION_TITLES.summary, build: summarySection },
    ...(pack.builtByHand ? [] : [{ title: SECTION_TITLES.findings, build: findingsSection }]),
    ...(pack.definitions.length > 0 ? [{ title: SECTION_TITLES.definitions, build: definitionsSection }] : []),
    { title: SECTION_TITLES.clauses, build: clausesSection },
    { title: SECTION_TITLES.questions, build: questionsSection },
    { title: SECTION_TITLES.renewal, build: renewalSection },
    { title: SECTION_TITLES.traceability, build: traceabilitySection },
    { title: SECTION_TITLES.sources, build: sourcesSection },
  ];
}

/** Every section, in order: the cover with the contents, then the sections. */
export function packBody(pack: ClausePack): FileChild[] {
  return [...coverSection(pack), ...contentsSection(pack), ...packSections(pack).flatMap((s) => s.build(pack))];
}

// ---------------------------------------------------------------------------------------------------
// The document

export interface DocumentShell {
  properties: { title: string; subject: string; creator: string; description: string };
  paper: keyof typeof PAPER;
  /** A line at the top of every page (the memo's confidentiality legend), or none. */
  header?: string;
}

/** The memo's legend on every page: it holds the buyer's walk-away positions. */
export const MEMO_LEGEND = "Confidential — contains the buyer’s negotiating positions; do not send to the vendor";

/** A Document with the shared styles, numbering, page-number footer and `shell`'s paper, header and properties. */
export function buildDocument(shell: DocumentShell, children: FileChild[]): Document {
  const page = PAPER[shell.paper];
  return new Document({
    ...shell.properties,
    lastModifiedBy: shell.properties.creator,
    styles: STYLES,
    numbering: NUMBERING_CONFIG,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 },
          },
        },
        ...(shell.header
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({ style: STYLE_IDS.footer, children: textRuns(shell.header, { bold: true }) }),
                  ],
                }),
              },
            }
          : {}),
        footers: { default: packFooter() },
        children,
      },
    ],
  });
}

/** The memo: the pack's sections, marked confidential on every page. */
export function buildPackDocument(pack: ClausePack, children: FileChild[] = packBody(pack)): Document {
  return buildDocument({ properties: documentProperties(pack), paper: pack.paper, header: MEMO_LEGEND }, children);
}

/**
 * docProps/core.xml written here rather than by docx, which stamps `created` with the time of packing:
 * the pack's created date is when it was generated.
 */
export function coreProperties(pack: ClausePack, p: DocumentShell["properties"] = documentProperties(pack)): string {
  return corePropertiesAt(pack.cover.generatedAt, p);
}

function corePropertiesAt(generatedAt: string, p: DocumentShell["properties"]): string {
  const created = parseInstant(generatedAt);
  const stamp = created ? created.toISOString().replace(/\.\d{3}Z$/, "Z") : null;
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", p.title) +
    element("dc:subject", p.subject) +
    element("dc:creator", p.creator) +
    element("dc:description", p.description) +
    element("cp:lastModifiedBy", p.creator) +
    element("cp:revision", "1") +
    (stamp
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
      : "") +
    "</cp:coreProperties>"
  );
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/** Escapes text content; a CR is written as a reference, as XML parsers turn a literal one into LF. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c]);
}

/**
 * Sets every entry's modification time in a zip file to `date` (UTC, to the 2 seconds DOS time allows),
 * in place. docx stamps entries with the time of packing; stamped with the pack's generation time
 * instead, the same pack always gives the same bytes, so the file's hash identifies its content.
 * The times are outside the CRCs and sizes, so nothing else changes.
 */
export function stampZipEntries(zip: Buffer, date: Date | null): Buffer {
  const valid = date && date.getUTCFullYear() >= 1980 && date.getUTCFullYear() <= 2107;
  const d = valid ? date : new Date(Date.UTC(1980, 0, 1));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const day = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();

  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new Error("Not a zip file: no end of central directory");
  const entries = zip.readUInt16LE(end + 10);
  let central = zip.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(central) !== 0x02014b50) throw new Error("Not a zip file: bad central directory");
    zip.writeUInt16LE(time, central + 12);
    zip.writeUInt16LE(day, central + 14);
    const local = zip.readUInt32LE(central + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error("Not a zip file: bad local header");
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    central += 46 + zip.readUInt16LE(central + 28) + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32);
  }
  return zip;
}

/**
 * The clause pack as a .docx. Throws, naming the field, if the pack holds a character XML cannot carry.
 * The same pack gives the same bytes. docx 9 packs synchronously behind this promise (there is no public
 * sync API), so a large pack blocks the event loop for the whole render.
 */
export async function renderPackDocx(pack: ClausePack): Promise<Buffer> {
  assertPackIsXmlSafe(pack);
  return packDocument(pack, buildPackDocument(pack), documentProperties(pack));
}

/** A document of the pack as .docx bytes: checked for characters XML cannot carry, stamped to its date. */
export async function packDocument(
  pack: ClausePack,
  document: Document,
  properties: DocumentShell["properties"],
): Promise<Buffer> {
  assertPackIsXmlSafe(pack);
  return documentBytes(document, properties, pack.cover.generatedAt);
}

/**
 * Any document of the app as .docx bytes, stamped to `generatedAt` (ISO 8601): the same document and time
 * give the same bytes. The caller has checked its text for characters XML cannot carry.
 */
export async function documentBytes(
  document: Document,
  properties: DocumentShell["properties"],
  generatedAt: string,
): Promise<Buffer> {
  const zip = await Packer.toBuffer(document, false, [
    { path: "docProps/core.xml", data: corePropertiesAt(generatedAt, properties) },
  ]);
  return stampZipEntries(zip, parseInstant(generatedAt));
}
