/**
 * Every character a buyer may type into a free-text answer reaches the clause pack exactly: from the
 * answers file, through validation, the rules and the pack model, to every XML part of the .docx.
 */
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadClauseLibrary } from "../../app/clauses/library.server.ts";
import { buildClausePack } from "../../app/pack/build-pack.ts";
import { renderPackDocx } from "../../app/pack/docx.server.ts";
import { paragraphs, part, readDocx, tables } from "../support/read-docx.ts";
import { findForbiddenCharacter, validateAnswers, type Answers } from "../../app/questionnaire/answers.ts";
import { evaluateReview } from "../../app/rules/evaluate.ts";

const base = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;
const VENDOR_IDS = ["anthropic", "openai", "google", "microsoft", "luma", "writer"];

const SPECIAL = [
  "<script>alert(1)</script>",
  "&amp;",
  "]]>",
  "a\nb",
  "tab\there",
  "“”‘’–—",
  "😀",
  "e\u0301",
  "שלום",
  "\u00A0",
];
const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 5, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
);
/** Text a buyer could type that a document can carry, and that is not blank (the answers require that). */
const typed = fc
  .string({ unit, minLength: 1, maxLength: 20 })
  .filter((s) => s.trim() !== "" && findForbiddenCharacter(s) === null && [...s].length <= 200);

// The line breaks a reader of the document sees: \r\n and \r are one break, like \n.
const asRead = (text: string) => text.replace(/\r\n?/g, "\n");

describe("free-text answers in the clause pack", () => {
  const library = loadClauseLibrary();

  it("reach every XML part intact and the document's text exactly", async () => {
    await fc.assert(
      fc.asyncProperty(typed, typed, typed, typed, async (buyerName, vendorName, region, owner) => {
        const candidate = {
          ...base,
          buyerName,
          vendorId: "other",
          vendorName,
          dataResidency: "other",
          dataResidencyOther: region,
          renewalOwner: owner,
        };
        const checked = validateAnswers(candidate, { vendorIds: VENDOR_IDS });
        expect(checked.ok, JSON.stringify(checked)).toBe(true);
        const answers = (checked as { answers: Answers }).answers;
        const evaluation = evaluateReview({ answers, provisions: [], library, vendorName });
        const pack = buildClausePack({
          evaluation,
          library,
          vendorName,
          preparedBy: "property test",
          generatedAt: "2026-11-23T10:00:00.000Z",
          answersVersion: 1,
        });
        // readDocx parses every XML part strictly: a part that is not well-formed fails here.
        const docx = await readDocx(await renderPackDocx(pack));
        const document = part(docx, "word/document.xml");
        const text = [...paragraphs(document).map((p) => p.text), ...tables(document).flat(2)].join("\u0000");
        for (const value of [buyerName, vendorName, region, owner]) expect(text).toContain(asRead(value));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 15) },
    );
  }, 120_000);
});
