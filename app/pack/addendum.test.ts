// The addendum: what legal sends the vendor. Read back from the .docx: its order, its numbering, both
// parties and the signature block, and none of the memo's words.
import { describe, expect, it } from "vitest";

import { renderAddendumDocx } from "./addendum-docx.server.ts";
import { buildAddendum, usedDefinitions } from "./addendum.ts";
import { MEMO_LEGEND, renderPackDocx } from "./docx.server.ts";
import { paragraphs, part, readDocx, tables, type DocxPackage } from "../../tests/support/read-docx.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

const body = (pkg: DocxPackage) => paragraphs(part(pkg, "word/document.xml"));

describe("the addendum's words", () => {
  it("keeps only the definitions its language uses, and those they use in turn", () => {
    const definitions = [
      { term: "Agreement", text: "“Agreement” means the agreement under which the Provider provides the Services." },
      { term: "Services", text: "“Services” means the products of the Provider." },
      { term: "Feedback", text: "“Feedback” means ratings." },
      { term: "Subprocessor", text: "“Subprocessor” means another processor." },
    ];
    const used = usedDefinitions(definitions, ["This Agreement binds the Provider's Subprocessors."]);
    expect(used.map((d) => d.term)).toEqual(["Agreement", "Services", "Subprocessor"]);
  });

  it("names the buyer and the vendor's contracting company, and says it is a draft of its date", () => {
    const addendum = buildAddendum(samplePack);
    expect(addendum.opening).toContain("Northwind Health Partners (the “Customer”)");
    expect(addendum.opening).toContain("Anthropic, PBC (the “Provider”)");
    expect(addendum.status).toBe("Draft for negotiation — 2026-04-21");
    expect(addendum.definitions.map((d) => d.term)).not.toContain("Customer");
  });
});

describe("the addendum as a .docx", () => {
  it("holds the title, the definitions, every clause numbered as in the memo, the order of precedence and the signatures", async () => {
    const pkg = await readDocx(await renderAddendumDocx(samplePack));
    const paras = body(pkg);
    expect(paras[0]).toMatchObject({ style: "Title", text: "Data Protection and AI Services Addendum" });
    expect(paras[1].text).toBe("Draft for negotiation — 2026-04-21");
    const headings = paras.filter((p) => p.style === "Heading2").map((p) => p.text);
    expect(headings).toEqual([...samplePack.clauses.map((c) => c.title), "Order of precedence"]);
    // Word's own numbering: the headings on level 0, every sub-clause on level 1 of the same list.
    const numbered = paras.filter((p) => p.numId !== null);
    expect(new Set(numbered.map((p) => p.numId)).size).toBe(1);
    expect(numbered.filter((p) => p.ilvl === "0")).toHaveLength(samplePack.clauses.length + 1);
    const language = paras.filter((p) => p.style === "ClauseLanguage").map((p) => p.text);
    for (const clause of samplePack.clauses) for (const text of clause.language) expect(language).toContain(text);
    const [signatures] = tables(part(pkg, "word/document.xml"));
    expect(signatures[0][0]).toContain("For the Customer\nNorthwind Health Partners\nSignature:");
    expect(signatures[0][1]).toContain("For the Provider\nAnthropic, PBC\nSignature:");
  });

  it("carries none of the memo's words: no finding, fallback, note, question, traceability or exposure", async () => {
    const pkg = await readDocx(await renderAddendumDocx(samplePack));
    const text = body(pkg)
      .map((p) => p.text)
      .join("\n");
    const internal = [
      ...samplePack.findings.flatMap((f) => [f.title, f.whyItMatters]),
      ...samplePack.clauses.flatMap((c) => [...c.fallbacks, c.negotiationNote, c.because.summary]),
      ...samplePack.questions.map((q) => q.text),
      ...samplePack.summary.topAsks,
    ].filter((t) => t.length > 12);
    for (const words of internal) expect(text, words).not.toContain(words);
    for (const word of [
      "Fallback",
      "Negotiation note",
      "Finding",
      "Exposure",
      "Traceability",
      "Why this clause",
      "negotiating positions",
    ])
      expect(text).not.toContain(word);
    expect([...pkg.parts.keys()].some((p) => p.startsWith("word/header"))).toBe(false);
  });

  it("prints on the buyer's paper, and gives the same bytes for the same pack", async () => {
    const a4 = await readDocx(await renderAddendumDocx(samplePack));
    const letter = await readDocx(await renderAddendumDocx({ ...samplePack, paper: "letter" }));
    const size = (pkg: DocxPackage) =>
      pkg.parts
        .get("word/document.xml")!
        .match(/<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/)!
        .slice(1);
    expect(size(a4)).toEqual(["11906", "16838"]);
    expect(size(letter)).toEqual(["12240", "15840"]);
    expect(await renderAddendumDocx(samplePack)).toEqual(await renderAddendumDocx(samplePack));
  });
});

describe("the memo", () => {
  it("is marked confidential at the top of every page", async () => {
    const pkg = await readDocx(await renderPackDocx(samplePack));
    const headers = [...pkg.parts.keys()].filter((p) => /^word\/header\d*\.xml$/.test(p));
    expect(headers.length).toBeGreaterThan(0);
    expect(
      headers.map((h) =>
        paragraphs(part(pkg, h))
          .map((p) => p.text)
          .join(""),
      ),
    ).toContain(MEMO_LEGEND);
    // One section: its header is on every page.
    expect(pkg.parts.get("word/document.xml")!.match(/<w:sectPr/g)).toHaveLength(1);
    expect(pkg.parts.get("word/document.xml")).toMatch(/<w:headerReference [^>]*w:type="default"/);
  });
});
