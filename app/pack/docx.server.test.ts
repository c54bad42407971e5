import { Packer, type FileChild } from "docx";
import type { Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import {
  COLUMN_WIDTHS,
  NUMBERING,
  SEVERITY_FILLS,
  STYLE_IDS,
  TEXT_WIDTH,
  buildPackDocument,
  clauseBlock,
  clausesSection,
  coreProperties,
  coverSection,
  definitionsSection,
  findingsSection,
  questionsSection,
  renderPackDocx,
  renewalSection,
  sourcesSection,
  summarySection,
  textRuns,
  traceabilitySection,
} from "./docx.server.ts";
import { LABELS, SECTION_TITLES, SEVERITY_LABELS, formatGeneratedAt, quoted } from "./format.ts";
import type { ClausePack } from "./model.ts";
import {
  W,
  elements,
  paragraphs,
  part,
  readDocx,
  tables,
  type DocxPackage,
  type DocxParagraph,
} from "../../tests/support/read-docx.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

const CORE = {
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
};

async function renderSection(children: FileChild[], pack: ClausePack = samplePack): Promise<DocxPackage> {
  return readDocx(await Packer.toBuffer(buildPackDocument(pack, children)));
}

function bodyParagraphs(pkg: DocxPackage): DocxParagraph[] {
  return paragraphs(part(pkg, "word/document.xml"));
}

function texts(pkg: DocxPackage): string[] {
  return bodyParagraphs(pkg).map((p) => p.text);
}

function styled(pkg: DocxPackage, style: string): DocxParagraph[] {
  return bodyParagraphs(pkg).filter((p) => p.style === style);
}

interface NumberingInfo {
  /** abstractNumId → lvlText by ilvl */
  abstract: Map<string, Map<string, { text: string; format: string }>>;
  /** numId → abstractNumId */
  nums: Map<string, string>;
}

function numbering(pkg: DocxPackage): NumberingInfo {
  const doc = part(pkg, "word/numbering.xml");
  const abstract = new Map<string, Map<string, { text: string; format: string }>>();
  for (const a of elements(doc, "abstractNum")) {
    const levels = new Map<string, { text: string; format: string }>();
    for (const lvl of elements(a, "lvl")) {
      levels.set(lvl.getAttributeNS(W, "ilvl") ?? "", {
        text: elements(lvl, "lvlText")[0]?.getAttributeNS(W, "val") ?? "",
        format: elements(lvl, "numFmt")[0]?.getAttributeNS(W, "val") ?? "",
      });
    }
    abstract.set(a.getAttributeNS(W, "abstractNumId") ?? "", levels);
  }
  const nums = new Map<string, string>();
  for (const n of elements(doc, "num")) {
    nums.set(n.getAttributeNS(W, "numId") ?? "", elements(n, "abstractNumId")[0]?.getAttributeNS(W, "val") ?? "");
  }
  return { abstract, nums };
}

function levelsOf(info: NumberingInfo, numId: string | null) {
  return info.abstract.get(info.nums.get(numId ?? "") ?? "");
}

describe("renderPackDocx(samplePack)", () => {
  let pkg: DocxPackage;
  let all: DocxParagraph[];

  beforeAll(async () => {
    pkg = await readDocx(await renderPackDocx(samplePack));
    all = bodyParagraphs(pkg);
  });

  it("is a package whose every XML part parses", () => {
    for (const path of [
      "word/document.xml",
      "word/styles.xml",
      "word/numbering.xml",
      "word/footer1.xml",
      "docProps/core.xml",
      "[Content_Types].xml",
    ]) {
      expect(pkg.xml.has(path), path).toBe(true);
    }
    expect([...pkg.parts.keys()].filter((p) => /\.(xml|rels)$/.test(p)).length).toBe(pkg.xml.size);
  });

  it("has the sections in the order of the pack, after the title", () => {
    expect(all[0]).toMatchObject({ style: "Title", text: samplePack.title });
    expect(styled(pkg, STYLE_IDS.heading1).map((p) => p.text)).toEqual([
      SECTION_TITLES.summary,
      SECTION_TITLES.findings,
      SECTION_TITLES.definitions,
      SECTION_TITLES.clauses,
      SECTION_TITLES.questions,
      SECTION_TITLES.renewal,
      SECTION_TITLES.traceability,
      SECTION_TITLES.sources,
    ]);
  });

  it("has every clause title, in order, as a numbered heading", () => {
    const headings = all.filter((p) => p.style === STYLE_IDS.heading2 && p.numId !== null);
    expect(headings.map((p) => p.text)).toEqual(samplePack.clauses.map((c) => c.title));
  });

  it("numbers clauses and sub-clauses with one list whose levels are %1. and %1.%2", () => {
    const info = numbering(pkg);
    const clauseAbstracts = [...info.abstract.entries()].filter(
      ([, levels]) => levels.get("0")?.text === "%1." && levels.get("1")?.text === "%1.%2",
    );
    expect(clauseAbstracts).toHaveLength(1);
    const [abstractId] = clauseAbstracts[0];

    const headings = all.filter((p) => p.style === STYLE_IDS.heading2 && p.numId !== null);
    const language = styled(pkg, STYLE_IDS.clauseLanguage);
    expect(language.map((p) => p.text)).toEqual(samplePack.clauses.flatMap((c) => c.language));
    // One w:num for every clause heading and sub-clause, so the numbers run on: 1., 1.1, 1.2, 2., 2.1 …
    const numIds = new Set([...headings, ...language].map((p) => p.numId));
    expect(numIds.size).toBe(1);
    expect(info.nums.get([...numIds][0] ?? "")).toBe(abstractId);
    expect(headings.every((p) => p.ilvl === "0")).toBe(true);
    expect(language.every((p) => p.ilvl === "1")).toBe(true);
  });

  it("fills in the text of the pack", () => {
    const text = all.map((p) => p.text).join("\n");
    const c = samplePack.cover;
    for (const expected of [
      c.buyerName,
      c.vendorName,
      ...c.productLines,
      c.stage,
      ...c.dates.flatMap((d) => [d.label, d.value]),
      c.preparedBy,
      formatGeneratedAt(c.generatedAt),
      c.libraryVersion,
      ...samplePack.summary.topAsks,
      ...samplePack.findings.flatMap((f) => [f.title, f.vendorPosition, f.whyItMatters]),
      ...samplePack.definitions.flatMap((d) => [d.term, d.text]),
      ...samplePack.clauses.flatMap((cl) => [...cl.fallbacks, cl.negotiationNote, cl.because.summary]),
      ...samplePack.questions.flatMap((q) => [q.text, q.origin]),
      ...samplePack.renewalChecklist.flatMap((r) => [r.commitment, r.owner, r.due]),
      ...samplePack.sources.flatMap((s) => [s.title, s.detail]),
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("reads back in another consumer (mammoth): headings, numbered clauses and text", async () => {
    const buffer = await renderPackDocx(samplePack);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    // The heading carries the bookmark the contents link to.
    expect(html).toContain(`<h1><a id="section-summary"></a>${SECTION_TITLES.summary}</h1>`);
    expect(html).toContain(`<a href="#section-summary">`);
    const { value: raw } = await mammoth.extractRawText({ buffer });
    for (const clause of samplePack.clauses) {
      expect(raw).toContain(clause.title);
      for (const text of clause.language) expect(raw).toContain(text);
    }
  });

  it("says it is not legal advice exactly once", () => {
    const everything = [...pkg.xml.entries()]
      .filter(([path]) => path.startsWith("word/"))
      .flatMap(([, doc]) => paragraphs(doc).map((p) => p.text))
      .join("\n");
    expect(everything.split(samplePack.disclaimer).length - 1).toBe(1);
    expect(everything.match(/not legal advice/g)).toHaveLength(1);
  });

  it("has a findings table with a marked severity cell per finding", () => {
    const findings = tables(part(pkg, "word/document.xml")).find((t) => t[0]?.[0] === LABELS.findingColumns[0]);
    expect(findings?.[0]).toEqual(LABELS.findingColumns);
    expect(findings?.slice(1).map((row) => row[0])).toEqual(
      samplePack.findings.map((f) => SEVERITY_LABELS[f.severity]),
    );
    // The severity cell is shaded in its severity's colour, and its text is bold.
    const tbl = elements(part(pkg, "word/document.xml"), "tbl").find(
      (t) => elements(t, "tr").length === samplePack.findings.length + 1,
    );
    const rows = elements(tbl as Element, "tr").slice(1);
    rows.forEach((tr, i) => {
      const severity = samplePack.findings[i].severity;
      const tc = elements(tr, "tc")[0];
      expect(elements(tc, "shd")[0]?.getAttributeNS(W, "fill")).toBe(SEVERITY_FILLS[severity].fill);
      expect(elements(tc, "b").length).toBeGreaterThan(0);
    });
  });

  it("gives every table a fixed layout and explicit widths that fit the page", () => {
    const doc = part(pkg, "word/document.xml");
    const tbls = elements(doc, "tbl");
    expect(tbls.length).toBe(4); // cover, counts, findings, renewal
    for (const tbl of tbls) {
      const grid = elements(tbl, "gridCol").map((g) => Number(g.getAttributeNS(W, "w")));
      expect(grid.every((w) => w > 0)).toBe(true);
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(elements(tbl, "tblLayout")[0]?.getAttributeNS(W, "type")).toBe("fixed");
      expect(elements(tbl, "tblW")[0]?.getAttributeNS(W, "type")).toBe("dxa");
      for (const tcW of elements(tbl, "tcW")) expect(tcW.getAttributeNS(W, "type")).toBe("dxa");
    }
    for (const widths of Object.values(COLUMN_WIDTHS)) expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  it("has a footer with the PAGE and NUMPAGES fields", () => {
    const footer = part(pkg, "word/footer1.xml");
    const instructions = elements(footer, "instrText").map((e) => (e.textContent ?? "").trim());
    expect(instructions).toEqual(["PAGE", "NUMPAGES"]);
    expect(paragraphs(footer)[0].text).toBe("Page  of ");
  });

  it("declares the styles once, with a serif body font", () => {
    const styles = part(pkg, "word/styles.xml");
    const ids = elements(styles, "style").map((s) => s.getAttributeNS(W, "styleId"));
    for (const id of ["Title", "Heading1", "Heading2", "Heading3", "ClauseLanguage", "ClauseNote", "BodyText"]) {
      expect(
        ids.filter((x) => x === id),
        id,
      ).toHaveLength(1);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const defaults = elements(styles, "rPrDefault")[0];
    expect(elements(defaults, "rFonts")[0]?.getAttributeNS(W, "ascii")).toBe("Times New Roman");
    // Every paragraph of the body is in a declared style.
    expect(all.every((p) => p.style !== null && ids.includes(p.style))).toBe(true);
  });

  it("writes the document properties, created when the pack was generated", () => {
    const core = part(pkg, "docProps/core.xml");
    const get = (ns: string, name: string) => core.getElementsByTagNameNS(ns, name)[0]?.textContent;
    expect(get(CORE.dc, "title")).toBe(samplePack.title);
    expect(get(CORE.dc, "creator")).toBe(samplePack.cover.preparedBy);
    expect(get(CORE.dc, "subject")).toBe("Negotiation memo: Northwind Health Partners and Anthropic");
    expect(get(CORE.dc, "description")).toContain("Clause library 2026.04.2");
    expect(get(CORE.dcterms, "created")).toBe("2026-04-21T14:05:00Z");
  });
});

describe("the same pack gives the same bytes", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("whenever it is rendered: zip entries are stamped with the generation time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const first = await renderPackDocx(samplePack);
    vi.setSystemTime(new Date("2031-06-15T12:34:56Z"));
    const second = await renderPackDocx(samplePack);
    expect(Buffer.compare(first, second)).toBe(0);

    const zip = await JSZip.loadAsync(first);
    for (const file of Object.values(zip.files)) {
      // JSZip reads DOS times as local time.
      const d = file.date;
      expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
        2026, 4, 21, 14, 5,
      ]);
    }
  });

  it("a different pack gives different bytes", async () => {
    const other = await renderPackDocx({ ...samplePack, title: `${samplePack.title}.` });
    expect(Buffer.compare(other, await renderPackDocx(samplePack))).not.toBe(0);
  });
});

describe("section builders", () => {
  it("coverSection: the title, then a table of buyer, vendor, lines, stage, dates, author, time, versions", async () => {
    const pkg = await renderSection(coverSection(samplePack));
    expect(bodyParagraphs(pkg)[0]).toMatchObject({ style: "Title", text: samplePack.title });
    const [cover] = tables(part(pkg, "word/document.xml"));
    expect(cover.map((row) => row[0])).toEqual([
      "Buyer",
      "Vendor",
      "Product lines",
      "Stage",
      "Target signature date",
      "Renewal date",
      "Review completed",
      "Prepared by",
      "Generated at",
      "Clause library version",
    ]);
    expect(cover.map((row) => row[1])).toEqual([
      "Northwind Health Partners",
      "Anthropic",
      "Commercial API\nConsumer app (staff use of personal and Pro accounts)",
      "New purchase",
      "2026-06-30",
      "2027-06-30",
      "2026-04-21",
      "Dana Whitfield, Procurement",
      "2026-04-21 14:05 UTC",
      "2026.04.2",
    ]);
  });

  it("summarySection: exposure, counts per severity and the asks as a numbered list", async () => {
    const pkg = await renderSection(summarySection(samplePack));
    expect(texts(pkg)).toContain("Overall exposure: High — 5 confirmed, 2 to confirm with the vendor");
    const [counts] = tables(part(pkg, "word/document.xml"));
    expect(counts).toEqual([
      ["High", "Medium", "Low", "Info"],
      ["2", "3", "2", "1"],
    ]);
    const asks = bodyParagraphs(pkg).filter((p) => p.style === STYLE_IDS.listItem);
    expect(asks.map((p) => p.text)).toEqual(samplePack.summary.topAsks);
    expect(new Set(asks.map((p) => p.numId)).size).toBe(1);
    expect(asks[0].numId).not.toBeNull();
  });

  it("summarySection: no exposure and no asks still read plainly", async () => {
    const pack: ClausePack = {
      ...samplePack,
      summary: {
        exposure: "none",
        exposureDetail: "no findings",
        counts: { high: 0, medium: 0, low: 0, info: 0 },
        topAsks: [],
      },
    };
    const pkg = await renderSection(summarySection(pack));
    expect(texts(pkg)).toContain("Overall exposure: None — no findings");
    expect(texts(pkg)).toContain(LABELS.noAsks);
  });

  it("findingsSection: a row per finding, the vendor's words quoted with source and date", async () => {
    const pkg = await renderSection(findingsSection(samplePack));
    const [table] = tables(part(pkg, "word/document.xml"));
    expect(table).toHaveLength(samplePack.findings.length + 1);
    const row = table[4]; // conditional-output-assignment
    expect(row[0]).toBe("Medium");
    expect(row[1]).toBe("Ownership of outputs depends on compliance with the terms");
    expect(row[2]).toContain(
      "“subject to Customer’s compliance with these Terms” Source: Anthropic Commercial Terms of Service, checked 2026-04-18",
    );
    expect(row[2]).toContain("“(if any)”");
    expect(row[3]).toBe("An unrelated breach could put ownership of outputs already in use in doubt.");
    // An unknown provision has no excerpt: its date line stands alone.
    expect(table[2][2]).toContain("Source: date not recorded in the source");
  });

  it("findingsSection: no findings says so", async () => {
    const pkg = await renderSection(findingsSection({ ...samplePack, findings: [] }));
    expect(texts(pkg)).toEqual([SECTION_TITLES.findings, LABELS.noFindings]);
  });

  it("definitionsSection: “Term” means …, in the clause language", async () => {
    const pkg = await renderSection(definitionsSection(samplePack));
    const defs = styled(pkg, STYLE_IDS.definition);
    expect(defs.map((p) => p.text)).toEqual(
      samplePack.definitions.map((d) => (d.text.startsWith(quoted(d.term)) ? d.text : `${quoted(d.term)} ${d.text}`)),
    );
    expect(defs.at(-1)?.text).toBe(
      "“User” means any employee or contractor of Northwind Health Partners who uses the Services.",
    );
    expect(defs[0].text).toBe(samplePack.definitions[0].text);
    expect(definitionsSection({ ...samplePack, definitions: [] })).toEqual([]);
  });

  it("clausesSection: language in ClauseLanguage only; fallbacks and notes set apart in ClauseNote", async () => {
    const pkg = await renderSection(clausesSection(samplePack));
    const language = styled(pkg, STYLE_IDS.clauseLanguage);
    const notes = styled(pkg, STYLE_IDS.clauseNote);
    expect(language.map((p) => p.text)).toEqual(samplePack.clauses.flatMap((c) => c.language));
    for (const p of language) {
      expect(p.text).not.toMatch(/Fallback positions|Negotiation note|Why this clause/);
    }
    const noteText = notes.map((p) => p.text);
    expect(noteText.filter((t) => t === LABELS.fallbacks)).toHaveLength(
      samplePack.clauses.filter((c) => c.fallbacks.length > 0).length,
    );
    for (const c of samplePack.clauses) {
      for (const f of c.fallbacks) expect(noteText).toContain(f);
      if (c.negotiationNote) expect(noteText).toContain(`${LABELS.negotiationNote}: ${c.negotiationNote}`);
      expect(noteText).toContain(`${LABELS.whyThisClause}: ${c.because.summary}`);
    }
  });

  it("clausesSection: each clause's fallbacks are a list of their own, lettered (a), (b)", async () => {
    const pkg = await renderSection(clausesSection(samplePack));
    const info = numbering(pkg);
    const fallbackParas = styled(pkg, STYLE_IDS.clauseNote).filter((p) => p.numId !== null);
    expect(fallbackParas).toHaveLength(samplePack.clauses.flatMap((c) => c.fallbacks).length);
    for (const p of fallbackParas) {
      expect(levelsOf(info, p.numId)?.get("0")).toEqual({ text: "(%1)", format: "lowerLetter" });
    }
    // A new w:num (restarting at (a)) for every clause with fallbacks.
    expect(new Set(fallbackParas.map((p) => p.numId)).size).toBe(
      samplePack.clauses.filter((c) => c.fallbacks.length > 0).length,
    );
  });

  it("clauseBlock: heading at level 0 and one level-1 paragraph per sub-clause", () => {
    const block = clauseBlock(samplePack.clauses[0], 0);
    expect(block).toHaveLength(1 + 3 + 1 + 2 + 1 + 1); // heading, language, label, fallbacks, note, why
  });

  it("clauseBlock: a clause without fallbacks or note has no empty labels", async () => {
    const clause = {
      ...samplePack.clauses[0],
      fallbacks: [],
      negotiationNote: "",
      because: { answers: [], summary: "" },
    };
    const pkg = await renderSection(clauseBlock(clause, 0));
    expect(styled(pkg, STYLE_IDS.clauseNote)).toHaveLength(0);
  });

  it("questionsSection: the questionnaire's questions under its topics, one numbered list, each with its id and why", async () => {
    const pkg = await renderSection(questionsSection(samplePack));
    const items = bodyParagraphs(pkg).filter((p) => p.numId !== null);
    expect(items.map((p) => p.text)).toEqual(
      samplePack.questions.map((q) => `${q.text}\n${q.id} · Asked for: ${q.origin}`),
    );
    expect(new Set(items.map((p) => p.numId)).size).toBe(1);
    const topics = bodyParagraphs(pkg).filter((p) => p.style === STYLE_IDS.heading3);
    expect(topics.map((p) => p.text)).toEqual(
      samplePack.questions.map((q) => q.topic).filter((t, i, all) => i === 0 || all[i - 1] !== t),
    );
  });

  it("questions and asks are separate lists, so the questions count from 1", async () => {
    const pkg = await renderSection([...summarySection(samplePack), ...questionsSection(samplePack)]);
    const lists = bodyParagraphs(pkg).filter((p) => p.style === STYLE_IDS.listItem);
    const numIds = [...new Set(lists.map((p) => p.numId))];
    expect(numIds).toHaveLength(2);
    const info = numbering(pkg);
    const abstracts = new Set(numIds.map((id) => info.nums.get(id ?? "")));
    expect(abstracts.size).toBe(1); // one list definition, two lists, each restarting
    const numbering_xml = pkg.parts.get("word/numbering.xml") ?? "";
    expect(numbering_xml).toContain("startOverride");
    expect(NUMBERING.list).toBe("list-numbering");
  });

  it("renewalSection: a table with a box to tick, commitment, clause, owner and due date", async () => {
    const pkg = await renderSection(renewalSection(samplePack));
    const [table] = tables(part(pkg, "word/document.xml"));
    expect(table[0]).toEqual(["Done", "Commitment", "Clause", "Owner", "Due"]);
    expect(table.slice(1)).toEqual(
      samplePack.renewalChecklist.map((r) => ["☐", r.commitment, r.clauseTitle, r.owner, r.due]),
    );
  });

  it("renewalSection: one owner and one due date for every item are said once, above a table without those columns", async () => {
    const items = samplePack.renewalChecklist.map((r) => ({ ...r, owner: "Dana Whitfield", due: "2027-04-01" }));
    const pkg = await renderSection(renewalSection({ ...samplePack, renewalChecklist: items }));
    const [table] = tables(part(pkg, "word/document.xml"));
    expect(table[0]).toEqual(["Done", "Commitment", "Clause"]);
    expect(table.slice(1)).toEqual(items.map((r) => ["☐", r.commitment, r.clauseTitle]));
    const said = texts(pkg).join("\n");
    expect(said.split("Dana Whitfield").length - 1).toBe(1);
    expect(said).toContain("Owner: Dana Whitfield");
    expect(said).toContain("Due: 2027-04-01");
  });

  it("traceabilitySection: for every finding and clause, answers as id = value and provisions with key, version, source and date", async () => {
    const pkg = await renderSection(traceabilitySection(samplePack));
    const text = texts(pkg);
    for (const f of samplePack.findings) {
      expect(text).toContain(`${SEVERITY_LABELS[f.severity]}: ${f.title}`);
      for (const a of f.because.answers) expect(text).toContain(`${a.id} = ${a.value} (${a.label})`);
    }
    for (const [i, c] of samplePack.clauses.entries()) {
      expect(text).toContain(`Clause ${i + 1}: ${c.title}`);
      for (const a of c.because.answers) expect(text).toContain(`${a.id} = ${a.value} (${a.label})`);
    }
    expect(text).toContain(
      "Training by default, catalog version 3 — Anthropic, Consumer app: Conversations may be used for training unless the user opts out in settings. “unless you opt out”\nSource: Anthropic Consumer Terms and privacy settings, checked 2026-04-18",
    );
    expect(text).toContain(
      "Business associate agreement (HIPAA), catalog version not recorded — Anthropic, Commercial API: Not known in this catalog: ask the vendor in writing.\nSource: date not recorded in the source",
    );
    expect(text).toContain(
      "notes = Clinical notes may be pasted into prompts by care coordinators.\nThe pilot starts with the Boston clinic only. (Notes for legal)",
    );
  });

  it("sourcesSection: the vendor's terms, then what the clauses rest on, each source once; the disclaimer last", async () => {
    const pkg = await renderSection(sourcesSection(samplePack));
    const all = bodyParagraphs(pkg);
    expect(all.at(-1)).toMatchObject({ style: STYLE_IDS.disclaimer, text: samplePack.disclaimer });
    const group = (g: string) => samplePack.sources.filter((s) => s.group === g).map((s) => `${s.title}\n${s.detail}`);
    expect(all.slice(1, -1).map((p) => p.text)).toEqual([
      "The vendor’s published terms, as the catalog records them",
      ...group("vendor-terms"),
      "Law and guidance the clauses rest on",
      ...group("clauses"),
    ]);
    expect(all.slice(1, -1).filter((p) => p.style === STYLE_IDS.heading2)).toHaveLength(2);
  });

  it("coreProperties: escapes markup and keeps a carriage return", () => {
    const xml = coreProperties({ ...samplePack, title: "A & B <C>\r\n" });
    expect(xml).toContain("<dc:title>A &amp; B &lt;C&gt;&#13;\n</dc:title>");
  });
});

describe("textRuns", () => {
  it("turns line breaks into <w:br/> and tabs into <w:tab/>, keeping every other character", async () => {
    const text = "one\ttwo\nthree\r\nfour\rfive\n\n  six  <&>\"'";
    const pkg = await renderSection([new (await import("docx")).Paragraph({ children: textRuns(text) })]);
    expect(bodyParagraphs(pkg)[0].text).toBe("one\ttwo\nthree\nfour\nfive\n\n  six  <&>\"'");
    const xml = pkg.parts.get("word/document.xml") ?? "";
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });
});
