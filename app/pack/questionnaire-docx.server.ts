/**
 * The vendor questionnaire as a Word document, for a vendor who would rather answer in Word than in the
 * workbook: the title and who asks whom, how to answer, then per topic a heading and, per question, a
 * table with its number and id, the question, what the catalog records of the vendor's terms, and empty
 * cells for the answer and the document it rests on; the terms used, last. The same questions, ids and
 * words as the .xlsx (vendor-questionnaire.ts), on the pack's paper. The same pack gives the same bytes.
 */
import { HeightRule, Paragraph, TableRow, type FileChild } from "docx";

import {
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
import {
  QUESTION_TOPICS,
  questionnaireFrontMatter,
  recordedParagraphs,
  type QuestionnaireFrontMatter,
  type VendorQuestionnaireItem,
} from "./vendor-questionnaire.ts";

const LABEL_WIDTH = 2400;
const WIDTHS = [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH] as const;
const HEADER_FILL = "E7E6E6";
const LABEL_FILL = "F2F2F2";
/** The cells the vendor fills in: the same pale yellow as the workbook's answer columns. */
const TO_FILL = "FFF2CC";

export const QUESTION_LABELS = {
  recorded: "What your published terms say",
  answer: "Your answer",
  document: "Document the answer rests on",
  answeredBy: "Answered by, and date",
} as const;

function titleSection(front: QuestionnaireFrontMatter): FileChild[] {
  const row = (label: string, value: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell([tableText(label, { bold: true })], WIDTHS[0], { fill: LABEL_FILL }),
        cell([tableText(value)], WIDTHS[1]),
      ],
    });
  return [
    new Paragraph({ style: STYLE_IDS.title, children: textRuns(front.title), spacing: { before: 0 } }),
    table(
      WIDTHS,
      front.facts.map((f) => row(f.label, f.value)),
    ),
    ...front.instructions.map((text, i) =>
      i === 0 ? para(STYLE_IDS.body, textRuns(text, { bold: true })) : body(text),
    ),
  ];
}

/** A paragraph of a question's table: each keeps with the next, so a question is never split from its answer. */
function kept(style: string, text: string, options: { bold?: boolean; last?: boolean } = {}): Paragraph {
  return new Paragraph({
    style,
    keepNext: !options.last,
    children: text === "" ? [] : textRuns(text, options.bold ? { bold: true } : {}),
  });
}

/** One question: its number and id, the question, what is recorded, and the cells to fill in. */
export function questionTable(item: VendorQuestionnaireItem): FileChild[] {
  const row = (label: string, content: Paragraph[], fill?: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell([kept(STYLE_IDS.tableHeading, label)], WIDTHS[0], { fill: LABEL_FILL }),
        cell(content, WIDTHS[1], fill ? { fill } : {}),
      ],
    });
  const toFill = (label: string, height: number, last = false) =>
    new TableRow({
      cantSplit: true,
      height: { value: height, rule: HeightRule.ATLEAST },
      children: [
        cell([kept(STYLE_IDS.tableHeading, label, { last })], WIDTHS[0], { fill: LABEL_FILL }),
        cell([kept(STYLE_IDS.tableText, "", { last })], WIDTHS[1], { fill: TO_FILL }),
      ],
    });
  return [
    table(WIDTHS, [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [kept(STYLE_IDS.tableText, `Question ${item.number}`, { bold: true }), kept(STYLE_IDS.tableText, item.id)],
            WIDTHS[0],
            { fill: HEADER_FILL },
          ),
          cell([kept(STYLE_IDS.tableText, item.question, { bold: true })], WIDTHS[1], { fill: HEADER_FILL }),
        ],
      }),
      row(
        QUESTION_LABELS.recorded,
        recordedParagraphs(item).map((p) => kept(STYLE_IDS.tableText, p)),
      ),
      toFill(QUESTION_LABELS.answer, 1400),
      toFill(QUESTION_LABELS.document, 440),
      toFill(QUESTION_LABELS.answeredBy, 440, true),
    ]),
    new Paragraph({ style: STYLE_IDS.body, children: [] }),
  ];
}

export function topicSections(pack: ClausePack): FileChild[] {
  const items = pack.vendorQuestionnaire.items;
  return QUESTION_TOPICS.flatMap((topic) => {
    const asked = items.filter((i) => i.topic === topic);
    if (asked.length === 0) return [];
    return [heading1(asked[0].topicHeading), ...asked.flatMap(questionTable)];
  });
}

function termsSection(front: QuestionnaireFrontMatter): FileChild[] {
  if (front.definitions.length === 0) return [];
  return [
    heading1("Terms used", true),
    body("In these questions, the following terms have the meanings given below:"),
    ...front.definitions.map((d) => {
      const { term, rest } = definitionParts(d);
      return para(STYLE_IDS.definition, [...textRuns(term, { bold: true }), ...textRuns(rest)]);
    }),
  ];
}

function questionnaireShell(pack: ClausePack, front: QuestionnaireFrontMatter): DocumentShell {
  const { buyer, vendor } = pack.parties;
  return {
    paper: pack.paper,
    properties: {
      title: `${front.title}: ${buyer} and ${vendor}`,
      subject: "Questions to answer in writing",
      creator: pack.cover.preparedBy,
      description: `Questions from ${buyer} for ${vendor} to answer in writing, with what ${vendor}’s published terms say as ${buyer}’s catalog records them.`,
    },
  };
}

/** The vendor questionnaire as .docx; the same pack gives the same bytes. */
export async function renderQuestionnaireDocx(pack: ClausePack): Promise<Buffer> {
  const front = questionnaireFrontMatter(pack, "docx");
  const shell = questionnaireShell(pack, front);
  const children = [...titleSection(front), ...topicSections(pack), ...termsSection(front)];
  return packDocument(pack, buildDocument(shell, children), shell.properties);
}
