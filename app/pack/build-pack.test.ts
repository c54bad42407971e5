// The memo's pack model from real reviews: the asks as sentences, the questionnaire's questions, and the
// sources each once, only those the memo relies on.
import { describe, expect, it } from "vitest";

import { FIXTURE_NAMES, fixtureAnswers, fixturePack } from "../../tests/support/fixtures.ts";
import { packModelFor } from "../use-cases/packs/generate.server.ts";
import { getDb } from "../utils/db.server.ts";

const ASK =
  /^Ask for clause \d+, [^.]+\. (It answers the findings? “.+”|Your answers call for it: .+|Every pack asks for it)\./;

describe("the memo's pack model", () => {
  it("hospital: the product-line advice is the first ask, then each ask names a clause and says why", () => {
    const pack = fixturePack("hospital-consumer-app");
    const [first, ...rest] = pack.summary.topAsks;
    expect(first).toMatch(/^Keep this data out of the consumer product/);
    expect(rest).toHaveLength(4);
    for (const ask of rest) expect(ask).toMatch(ASK);
    expect(rest[0]).toBe(
      "Ask for clause 2, Covered products and services. It answers the finding “A consumer product is in use”.",
    );
    expect(pack.summary.topAsks.join(" ")).not.toMatch(/addresses:|answers:/);
  });

  it.each(FIXTURE_NAMES)("%s: every ask is a sentence; the memo lists the questionnaire's questions", (name) => {
    const pack = fixturePack(name);
    for (const ask of pack.summary.topAsks.filter((a) => a.startsWith("Ask for"))) expect(ask).toMatch(ASK);
    expect(pack.questions.map((q) => [q.number, q.id, q.text])).toEqual(
      pack.vendorQuestionnaire.items.map((i) => [i.number, i.id, i.question]),
    );
    for (const q of pack.questions) expect(q.origin).toMatch(/^(Clause \d+, |Finding “)/);
  });

  it.each(FIXTURE_NAMES)("%s: each source once; the clauses' documents by title, without the point cited", (name) => {
    const { sources } = fixturePack(name);
    expect(new Set(sources.map((s) => s.title)).size).toBe(sources.length);
    for (const s of sources.filter((s) => s.group === "clauses")) expect(s.title).not.toContain(" – ");
    for (const s of sources.filter((s) => s.group === "vendor-terms")) {
      expect(s.title).toMatch(/ — /);
      expect(s.detail).not.toBe("");
    }
  });

  it("cites a document about one vendor's terms only in that vendor's pack", () => {
    const anthropic = fixturePack("hospital-consumer-app").sources.map((s) => s.title);
    expect(anthropic.join("\n")).not.toMatch(/OpenAI|Gemini/);
    expect(anthropic).toContain("Terms-monitoring analysis of the vendor’s Commercial Terms — ConductAtlas");

    const answers = { ...fixtureAnswers("hospital-consumer-app"), vendorId: "openai" };
    const openai = packModelFor(getDb(), answers, { preparedBy: "x" }).pack.sources.map((s) => s.title);
    expect(openai.join("\n")).not.toMatch(/ConductAtlas|SpecAtlas|Buyer-side guide|Gemini/);
    expect(openai).toContain("Data controls in the OpenAI platform (OpenAI API documentation) — OpenAI");
  });

  it("a findings row cites the first source of a fact and counts the rest, which Sources lists", () => {
    const pack = fixturePack("hospital-consumer-app");
    const provision = pack.findings.flatMap((f) => f.because.provisions).find((p) => p.known && p.otherSources > 0)!;
    expect(provision.shortSource).toMatch(
      /^Consumer Terms of Service \(EEA and Switzerland version\) — Anthropic, effective /,
    );
    expect(provision.source.startsWith(provision.shortSource.replace(/ \(.*?\)$/, ""))).toBe(true);
    expect(pack.sources.filter((s) => s.group === "vendor-terms").length).toBeGreaterThan(provision.otherSources);
  });

  it("names the vendor's contracting company for the buyer's jurisdictions, or leaves it in brackets for counsel", () => {
    const bank = fixtureAnswers("bank-api-eu");
    const party = (answers: typeof bank) => packModelFor(getDb(), answers, { preparedBy: "x" }).pack.parties.vendor;
    expect(party({ ...bank, jurisdictions: ["eea"] })).toBe("Anthropic Ireland, Limited");
    expect(party({ ...bank, jurisdictions: ["usOther"] })).toBe("Anthropic, PBC");
    // The EEA and the US are served by different companies: which one signs is for counsel to settle.
    expect(party(bank)).toBe("[Anthropic Ireland, Limited or Anthropic, PBC: the company to be confirmed]");
    // The consumer line's one named company serves the EEA and Switzerland only.
    expect(fixturePack("hospital-consumer-app").parties.vendor).toBe("Anthropic [legal entity to be confirmed]");
    const other = fixtureAnswers("other-vendor");
    expect(fixturePack("other-vendor").parties.vendor).toBe(other.vendorName);
  });

  it("names what is bought by the vendor's own product names where the catalog records them", () => {
    const text = (name: string) => {
      const pack = fixturePack(name);
      return [...pack.clauses.flatMap((c) => c.language), ...pack.definitions.map((d) => d.text)].join("\n");
    };
    expect(text("bank-api-eu")).toContain("the commercial API (Claude Developer Platform)");
    expect(text("hospital-consumer-app")).toContain("the consumer app (Claude Free, Claude Pro and Claude Max)");
    // A vendor outside the catalog: the product line in general words.
    expect(text("other-vendor")).not.toMatch(/the commercial API \(/);
  });
});
