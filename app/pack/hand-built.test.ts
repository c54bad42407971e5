// A pack legal built by hand: the same pack model and renderers as a review's, with no findings and no
// exposure, saying where it comes from instead.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { loadClauseLibrary } from "../clauses/library.server.ts";
import { PackPreview } from "../components/pack-preview.tsx";
import { handPickedEvaluation } from "../rules/hand-picked.ts";
import { paragraphs, part, readDocx } from "../../tests/support/read-docx.ts";
import { buildClausePack } from "./build-pack.ts";
import { renderPackDocx } from "./docx.server.ts";
import { HAND_BUILT_NOTE, HAND_SUBTITLE, LABELS, SECTION_TITLES, SUBTITLE } from "./format.ts";

const library = loadClauseLibrary();
const values = {
  buyerName: "Example Buyer AG",
  vendorName: "Typed Vendor Ltd",
  productLine: "the commercial API",
  coveredProducts: "the commercial API",
  breachNoticeHours: "24",
};

function handPack() {
  const evaluation = handPickedEvaluation({
    library,
    selections: [{ id: "written-commitment" }, { id: "breach-notification" }],
    values,
    answers: { buyerName: values.buyerName, vendorId: "other", vendorName: values.vendorName, productLine: "api" },
  });
  return buildClausePack({
    evaluation,
    library,
    vendorName: values.vendorName,
    preparedBy: "Lee Legal",
    generatedAt: "2026-12-01T09:00:00.000Z",
    answersVersion: 1,
    variables: values,
    selection: "hand",
  });
}

describe("a hand-built pack's model", () => {
  it("says it was built by hand, and gives every clause and ask that reason", () => {
    const pack = handPack();
    expect(pack.builtByHand).toBe(HAND_BUILT_NOTE);
    expect(pack.findings).toEqual([]);
    expect(pack.cover.stage).toBe("Built by hand from the clause library");
    expect(pack.clauses.map((c) => c.because.summary)).toEqual([
      "Chosen by hand from the clause library.",
      "Chosen by hand from the clause library.",
    ]);
    for (const ask of pack.summary.topAsks) expect(ask).toMatch(/Chosen by hand from the clause library\.$/);
  });
});

describe("a hand-built pack's memo", () => {
  it("has no findings section and no exposure, and says it was built by hand", async () => {
    const body = paragraphs(part(await readDocx(await renderPackDocx(handPack())), "word/document.xml"));
    const text = body.map((p) => p.text).join("\n");
    expect(body.filter((p) => p.style === "Heading1").map((p) => p.text)).not.toContain(SECTION_TITLES.findings);
    expect(text).toContain(HAND_BUILT_NOTE);
    expect(text).toContain(HAND_SUBTITLE);
    expect(text).not.toContain(SUBTITLE);
    expect(text).not.toContain(LABELS.exposure);
    expect(text).not.toContain(LABELS.findingsBySeverity);
    expect(text).toContain("within 24 hours");
  });

  it("is previewed the same way", () => {
    const html = renderToStaticMarkup(createElement(PackPreview, { pack: handPack() }));
    expect(html).toContain(HAND_BUILT_NOTE);
    expect(html).not.toContain(LABELS.exposure);
    expect(html).not.toContain(`>${SECTION_TITLES.findings}<`);
  });
});
