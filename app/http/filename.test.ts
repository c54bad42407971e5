import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFileName, contentDisposition, packFileName } from "./filename.ts";

describe("packFileName", () => {
  it("is built from buyer, vendor and date", () => {
    expect(packFileName("Example Corp", "Anthropic", "2026-11-23")).toBe(
      "Negotiation memo - Example Corp - Anthropic - 2026-11-23.docx",
    );
  });

  it("drops quotes, slashes and line breaks whatever the buyer typed", () => {
    const name = packFileName('Evil "Corp"/..\\\r\nSet-Cookie: x=1', "Ven;dor", "2026-11-23");
    expect(name).not.toMatch(/["'\\/\r\n;]/);
    expect(name).toContain("Evil Corp");
  });

  it("keeps letters from any script in the UTF-8 name", () => {
    const header = contentDisposition(packFileName("Société Générale — Zürich", "Anthropic", "2026-11-23"));
    expect(header).toMatch(
      /^attachment; filename="Negotiation memo - Societe Generale _ Zurich - Anthropic - 2026-11-23\.docx"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe(
      "Negotiation memo - Société Générale — Zürich - Anthropic - 2026-11-23.docx",
    );
  });

  it("keeps the slash out even where Unicode normalization would make one (℀ is a/c)", () => {
    const header = contentDisposition(packFileName("Acme ℀ Ltd", "Anthropic", "2026-11-23"));
    expect(header).toMatch(/^attachment; filename="Negotiation memo - Acme a_c Ltd - Anthropic - 2026-11-23\.docx"; /);
    expect(header).not.toContain("/");
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe(
      "Negotiation memo - Acme ℀ Ltd - Anthropic - 2026-11-23.docx",
    );
  });

  it("never yields a header value with a quote inside the name, a slash or a control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ maxLength: 30 }), (buyer, vendor) => {
        const header = contentDisposition(packFileName(buyer, vendor, "2026-11-23"));
        expect(header).not.toMatch(/[\u0000-\u001f\u007f/\\]/);
        const asciiName = header.match(/filename="([^"]*)"/)![1];
        expect(asciiName).toMatch(/^Negotiation memo - .*\.docx$/);
        expect(header.split('"')).toHaveLength(3);
        expect(() => new Headers({ "Content-Disposition": header })).not.toThrow();
      }),
      // Cheap, and the rare characters that broke it (℀ → a/c) turn up after a thousand or so runs.
      { numRuns: 3000 },
    );
  });
});

describe("letters NFKD does not take apart", () => {
  it("are spelt out in the ASCII names, not dropped", () => {
    expect(answersFileName("Ærø Bank Ørsted", "abc")).toBe("answers-aero-bank-orsted-abc.json");
    expect(contentDisposition("Negotiation memo - Straße Æ.docx")).toMatch(
      /^attachment; filename="Negotiation memo - Strasse AE\.docx"/,
    );
  });
});
