/**
 * Counts of days and hours read the same in the .docx and the preview, which both lay out one model
 * (model.ts): with 1 the noun is singular, with 30 it is plural, and 0 never prints as a number.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { PackPreview } from "../components/pack-preview.tsx";

import { COMPLETE_BASE_ANSWERS } from "../clauses/base-answers.ts";
import type { ClauseLibrary } from "../clauses/library.ts";
import { clearClauseLibraryCache, loadClauseLibrary } from "../clauses/library.server.ts";
import { evaluateReview } from "../rules/evaluate.ts";
import { buildClausePack } from "./build-pack.ts";
import { renderPackDocx } from "./docx.server.ts";
import type { ClausePack } from "./model.ts";
import { paragraphs, parseHtml, part, readDocx } from "../../tests/support/read-docx.ts";

let library: ClauseLibrary;
beforeAll(() => {
  clearClauseLibraryCache();
  library = loadClauseLibrary();
});

/** Every count at n; with 0, only those the questionnaire lets be 0. */
function packWith(n: number): ClausePack {
  const zeroable = { maxRetentionDays: n, subprocessorNoticeDays: n, changeNoticeDays: n };
  const answers = {
    ...COMPLETE_BASE_ANSWERS,
    ...zeroable,
    ...(n > 0 ? { termMonths: n, deletionDays: n, breachNoticeHours: n } : {}),
  };
  const evaluation = evaluateReview({ answers, provisions: [], library, vendorName: "Anthropic" });
  return buildClausePack({
    evaluation,
    library,
    vendorName: "Anthropic",
    preparedBy: "Counts test",
    generatedAt: "2026-11-23T10:00:00.000Z",
    answersVersion: 1,
  });
}

async function texts(pack: ClausePack): Promise<{ docx: string; preview: string }> {
  const docx = paragraphs(part(await readDocx(await renderPackDocx(pack)), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  const html = renderToStaticMarkup(createElement(PackPreview, { pack }));
  const preview = parseHtml(html).getElementsByTagName("article")[0]?.textContent ?? "";
  return { docx, preview };
}

describe("counts in the clause pack", () => {
  it.each([
    [1, "1 day", "1 day’s", "1 hour", "1 month"],
    [30, "30 days", "30 days’", "30 hours", "30 months"],
  ])("with %i the .docx and the preview both read “%s”, “%s notice”, “%s”", async (n, days, notice, hours, months) => {
    const pack = packWith(n);
    const language = pack.clauses.flatMap((c) => c.language).join("\n");
    const expected = [
      `Within ${days} after the expiry or termination of this Agreement`,
      `for more than ${days} after the Provider receives the Input`,
      `The Provider shall give the Customer at least ${notice} prior written notice of any intended addition`,
      `The Provider shall give the Customer at least ${notice} prior written notice of any change`,
      `and in any event within ${hours} after the Provider`,
    ];
    for (const e of expected) expect(language).toContain(e);
    expect(pack.cover.dates).toContainEqual({ label: "Term", value: months });

    const { docx, preview } = await texts(pack);
    for (const e of [...expected, months]) {
      expect(docx).toContain(e);
      expect(preview).toContain(e);
    }
    for (const t of [docx, preview]) expect(t).not.toMatch(/\b1 (days|hours|months)\b|\b1 days’/);
  });

  it("with 0 prints no “0 days”: notice before the change, nothing kept after delivery", async () => {
    const pack = packWith(0);
    const { docx, preview } = await texts(pack);
    for (const t of [docx, preview]) {
      expect(t).not.toMatch(/\b0 (days?|hours?)\b/);
      expect(t).toContain(
        "shall not allow the new Subprocessor to Process Customer Data before the notice has been given.",
      );
      expect(t).toContain("by email to the contact the Customer designates, before the change takes effect.");
    }
  });
});
