import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { RUNS, allowedText, asRead } from "../../tests/support/arbitrary-text.ts";
import { fixturePack } from "../../tests/support/fixtures.ts";
import { W, elements, paragraphs, part, readDocx, tables } from "../../tests/support/read-docx.ts";
import type { ClausePack } from "./model.ts";
import { QUESTION_LABELS, renderQuestionnaireDocx } from "./questionnaire-docx.server.ts";
import { QUESTION_TOPICS, TOPIC_HEADINGS, recordedParagraphs } from "./vendor-questionnaire.ts";

async function documentOf(p: ClausePack) {
  return part(await readDocx(await renderQuestionnaireDocx(p)), "word/document.xml");
}

describe("the vendor questionnaire as a Word document", () => {
  const hospital = fixturePack("hospital-consumer-app");

  it("holds the title, how to answer, each topic's heading, and a table per question with empty cells to fill", async () => {
    const doc = await documentOf(hospital);
    const ps = paragraphs(doc);
    expect(ps[0]).toMatchObject({ style: "Title", text: "Vendor questionnaire" });
    const text = ps.map((p) => p.text).join("\n");
    expect(text).toContain(
      "Please answer each question in writing in its “Your answer” box, and name the document your answer rests on.",
    );
    const items = hospital.vendorQuestionnaire.items;
    const headings = ps.filter((p) => p.style === "Heading1").map((p) => p.text);
    const asked = QUESTION_TOPICS.filter((t) => items.some((i) => i.topic === t)).map((t) => TOPIC_HEADINGS[t]);
    expect(headings).toEqual([...asked, "Terms used"]);

    const [facts, ...questions] = tables(doc);
    expect(facts[0]).toEqual(["From", hospital.parties.buyer]);
    expect(questions).toHaveLength(items.length);
    questions.forEach((rows, n) => {
      const item = items[n];
      expect(rows).toEqual([
        [`Question ${item.number}\n${item.id}`, item.question],
        [QUESTION_LABELS.recorded, recordedParagraphs(item).join("\n")],
        [QUESTION_LABELS.answer, ""],
        [QUESTION_LABELS.document, ""],
        [QUESTION_LABELS.answeredBy, ""],
      ]);
    });
    for (const item of items) expect(ps.filter((p) => p.text === item.question)).toHaveLength(1);
  });

  it("carries none of the memo's words: no finding, clause number, fallback or negotiating position", async () => {
    const text = paragraphs(await documentOf(hospital))
      .map((p) => p.text)
      .join("\n");
    for (const word of ["Finding", "Clause 1", "fallback", "Fallback", "negotiat", "Confidential", "walk-away"]) {
      expect(text, word).not.toContain(word);
    }
  });

  it("is printed on the buyer's paper", async () => {
    for (const [paper, width] of [
      ["a4", "11906"],
      ["letter", "12240"],
    ] as const) {
      const size = elements(await documentOf({ ...hospital, paper }), "pgSz")[0];
      expect(size.getAttributeNS(W, "w"), paper).toBe(width);
    }
  });

  it("gives the same bytes for the same pack", async () => {
    const first = await renderQuestionnaireDocx(hospital);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await renderQuestionnaireDocx(structuredClone(hospital))).equals(first)).toBe(true);
  }, 10_000);

  it("every character of a question or the buyer's name comes out exactly", async () => {
    const base = { ...hospital, vendorQuestionnaire: { items: hospital.vendorQuestionnaire.items.slice(0, 3) } };
    await fc.assert(
      fc.asyncProperty(fc.array(allowedText, { minLength: 3, maxLength: 3 }), allowedText, async (questions, buyer) => {
        const changed: ClausePack = {
          ...base,
          parties: { ...base.parties, buyer },
          vendorQuestionnaire: {
            items: base.vendorQuestionnaire.items.map((item, i) => ({ ...item, question: questions[i] })),
          },
        };
        const [facts, ...rows] = tables(await documentOf(changed));
        expect(facts[0][1]).toBe(asRead(buyer));
        expect(rows.map((r) => r[0][1])).toEqual(questions.map(asRead));
      }),
      { numRuns: RUNS },
    );
  });
});
