import type { Element } from "@xmldom/xmldom";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { PackPreview } from "../components/pack-preview.tsx";

import { STYLE_IDS, renderPackDocx } from "./docx.server.ts";
import { LABELS, SECTION_TITLES, fallbackLetter } from "./format.ts";
import { paragraphs, parseHtml, part, readDocx, type DocxParagraph } from "../../tests/support/read-docx.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

function byClass(root: Element, className: string): Element[] {
  return Array.from(root.getElementsByTagName("*")).filter((e) =>
    (e.getAttribute("class") ?? "").split(" ").includes(className),
  );
}

function text(e: Element): string {
  return e.textContent ?? "";
}

describe("PackPreview", () => {
  let article: Element;
  let docx: DocxParagraph[];

  beforeAll(async () => {
    const html = renderToStaticMarkup(createElement(PackPreview, { pack: samplePack }));
    const doc = parseHtml(html);
    article = doc.getElementsByTagName("article")[0] as Element;
    docx = paragraphs(part(await readDocx(await renderPackDocx(samplePack)), "word/document.xml"));
  });

  it("has the same sections, in the same order, as the document", () => {
    expect(text(article.getElementsByTagName("h1")[0] as Element)).toBe(samplePack.title);
    const h2 = Array.from(article.getElementsByTagName("h2")).map((e) => text(e as Element));
    expect(h2).toEqual(docx.filter((p) => p.style === STYLE_IDS.heading1).map((p) => p.text));
    expect(h2).toEqual(Object.values(SECTION_TITLES));
  });

  it("holds the same clause language as the document, numbered 1.1, 1.2 …", () => {
    const previewLanguage = byClass(article, "pack-clause-language").map(text);
    const docxLanguage = docx.filter((p) => p.style === STYLE_IDS.clauseLanguage).map((p) => p.text);
    expect(previewLanguage).toEqual(docxLanguage);
    expect(previewLanguage).toEqual(samplePack.clauses.flatMap((c) => c.language));

    const clauses = byClass(article, "pack-clause");
    expect(clauses).toHaveLength(samplePack.clauses.length);
    clauses.forEach((clause, i) => {
      const title = byClass(clause, "pack-clause__title")[0];
      expect(text(title)).toBe(`${i + 1}. ${samplePack.clauses[i].title}`);
      const numbers = byClass(byClass(clause, "pack-clause__language")[0], "pack-num").map(text);
      expect(numbers).toEqual(samplePack.clauses[i].language.map((_, j) => `${i + 1}.${j + 1}`));
    });
  });

  it("holds the same fallbacks and notes, set apart from the language", () => {
    const fallbacks = byClass(article, "pack-fallback").map(text);
    const docxNotes = docx.filter((p) => p.style === STYLE_IDS.clauseNote);
    expect(fallbacks).toEqual(docxNotes.filter((p) => p.numId !== null).map((p) => p.text));
    const notes = byClass(article, "pack-negotiation-note").map(text);
    expect(notes).toEqual(docxNotes.filter((p) => p.text.startsWith(`${LABELS.negotiationNote}:`)).map((p) => p.text));
    // Notes live in an <aside>, never inside the clause language list.
    for (const aside of Array.from(article.getElementsByTagName("aside"))) {
      expect(byClass(aside as Element, "pack-clause-language")).toHaveLength(0);
    }
    expect(byClass(article, "pack-note")[0] && byClass(byClass(article, "pack-note")[0], "pack-num").map(text)).toEqual(
      samplePack.clauses[0].fallbacks.map((_, k) => fallbackLetter(k)),
    );
  });

  it("has tables with header cells scoped, and the findings' severities marked", () => {
    for (const th of Array.from(article.getElementsByTagName("th"))) {
      expect(["row", "col"]).toContain((th as Element).getAttribute("scope"));
    }
    const badges = byClass(byClass(article, "pack-findings")[0], "pack-badge").map((b) => b.getAttribute("class"));
    expect(badges).toEqual(samplePack.findings.map((f) => `pack-badge pack-badge--${f.severity}`));
  });

  it("has the questionnaire's questions, numbered as there, under its topics, each with why; the disclaimer once", () => {
    const lists = byClass(article, "pack-questions");
    expect(lists.every((l) => l.tagName.toLowerCase() === "ol")).toBe(true);
    expect(lists.map((l) => Number(l.getAttribute("start")))).toEqual(
      samplePack.questions.filter((q, i, all) => i === 0 || all[i - 1].topic !== q.topic).map((q) => q.number),
    );
    expect(lists.flatMap((l) => Array.from(l.getElementsByTagName("li")).map((li) => text(li as Element)))).toEqual(
      samplePack.questions.map((q) => `${q.text}${q.id} · ${LABELS.origin}: ${q.origin}`),
    );
    expect(text(article).split("not legal advice").length - 1).toBe(1);
  });
});
