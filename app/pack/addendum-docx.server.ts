/**
 * The addendum as a Word document: what legal sends to the vendor's counsel to redline. The title and the
 * parties, "Draft for negotiation" and the date, the definitions its language uses, the clauses numbered
 * 1 / 1.1 with Word's own numbering (the same numbers as the memo's), the order of precedence, and a
 * signature block. It is built from the addendum's words (addendum.ts) alone, so no word of the memo
 * (findings, fallbacks, notes, questions, traceability) can reach it.
 */
import { Paragraph, TableRow, TextRun, type FileChild } from "docx";

import { buildAddendum, type Addendum } from "./addendum.ts";
import {
  NUMBERING,
  STYLE_IDS,
  TEXT_WIDTH,
  body,
  buildDocument,
  cell,
  heading1,
  packDocument,
  para,
  table,
  tableText,
  textRuns,
  type DocumentShell,
} from "./docx.server.ts";
import { definitionParts } from "./format.ts";
import type { ClausePack } from "./model.ts";

export function addendumTitleSection(addendum: Addendum): FileChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.title, children: textRuns(addendum.title), spacing: { before: 0 } }),
    para(STYLE_IDS.subtitle, textRuns(addendum.status)),
    body(addendum.opening),
  ];
}

export function addendumDefinitionsSection(addendum: Addendum): FileChild[] {
  if (addendum.definitions.length === 0) return [];
  return [
    heading1(addendum.definitionsTitle),
    body("In this Addendum, the following terms have the meanings given below:"),
    ...addendum.definitions.map((d) => {
      const { term, rest } = definitionParts(d);
      return para(STYLE_IDS.definition, [...textRuns(term, { bold: true }), ...textRuns(rest)]);
    }),
  ];
}

/** A clause: "n. Title" on level 0 of the clause numbering, each sub-clause "n.m" on level 1. */
function numberedClause(title: string, language: readonly string[]): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE_IDS.heading2,
      numbering: { reference: NUMBERING.clause, level: 0 },
      keepNext: true,
      children: textRuns(title),
    }),
    ...language.map(
      (text) =>
        new Paragraph({
          style: STYLE_IDS.clauseLanguage,
          numbering: { reference: NUMBERING.clause, level: 1 },
          children: textRuns(text),
        }),
    ),
  ];
}

export function addendumClausesSection(addendum: Addendum): FileChild[] {
  return [
    ...addendum.clauses.flatMap((c) => numberedClause(c.title, c.language)),
    ...numberedClause(addendum.precedence.title, addendum.precedence.language),
  ];
}

/** Two columns, one per party: its name, then a line to fill for each of signature, name, title and date. */
export function signatureSection(addendum: Addendum): FileChild[] {
  const half = TEXT_WIDTH / 2;
  const partyCell = (heading: string, party: string) =>
    cell(
      [
        para(STYLE_IDS.tableHeading, textRuns(heading)),
        tableText(party, { bold: true }),
        ...addendum.signature.lines.map(
          (line) =>
            new Paragraph({
              style: STYLE_IDS.tableText,
              spacing: { before: 360 },
              children: [new TextRun({ text: `${line}: ` }), new TextRun({ text: "_".repeat(34) })],
            }),
        ),
      ],
      half,
    );
  return [
    new Paragraph({
      style: STYLE_IDS.body,
      keepNext: true,
      spacing: { before: 480 },
      children: textRuns(addendum.signature.intro),
    }),
    table(
      [half, half],
      [
        new TableRow({
          cantSplit: true,
          children: addendum.signature.parties.map((p) => partyCell(p.heading, p.party)),
        }),
      ],
    ),
  ];
}

export function addendumBody(addendum: Addendum): FileChild[] {
  return [
    ...addendumTitleSection(addendum),
    ...addendumDefinitionsSection(addendum),
    ...addendumClausesSection(addendum),
    ...signatureSection(addendum),
  ];
}

function addendumShell(pack: ClausePack, addendum: Addendum): DocumentShell {
  const { buyer, vendor } = pack.parties;
  return {
    paper: pack.paper,
    properties: {
      title: `${addendum.title}: ${buyer} and ${vendor}`,
      subject: addendum.status,
      creator: pack.cover.preparedBy,
      description: `Draft contract language for negotiation between ${buyer} and ${vendor}.`,
    },
  };
}

/** The addendum as .docx; the same pack gives the same bytes. */
export async function renderAddendumDocx(pack: ClausePack): Promise<Buffer> {
  const addendum = buildAddendum(pack);
  const shell = addendumShell(pack, addendum);
  return packDocument(pack, buildDocument(shell, addendumBody(addendum)), shell.properties);
}
