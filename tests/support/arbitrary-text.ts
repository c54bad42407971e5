/**
 * Test support: text a person could type and a document can carry, for the property tests of every
 * character (the memo, the preview, the vendor questionnaire): the awkward characters first, then any
 * grapheme, then any code point XML 1.0 allows.
 */
import fc from "fast-check";
import { findForbiddenCharacter } from "../../app/pack/xml-safe.ts";

export const SPECIAL = [
  "\n",
  "\t",
  "\r\n",
  "\r",
  " ",
  "  ",
  '"',
  "'",
  "<",
  ">",
  "&",
  "&amp;",
  "]]>",
  "<w:t>",
  "😀",
  "👩🏽‍⚕️",
  "🇪🇺",
  "שלום",
  "مرحبا بكم",
  "\u200F",
  "e\u0301",
  "\u0301",
  "\u0308\u0323",
  "\u00A0",
  "\u2028",
  "\u0085",
  "\uFDD0",
  "\u{10FFFD}",
  "𝔘",
  "“quoted”",
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 5, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: "binary", minLength: 1, maxLength: 1 })
      .filter((s) => findForbiddenCharacter(s) === null),
  },
);

/** Text a person could type and a .docx can carry. */
export const allowedText = fc.string({ unit, maxLength: 12 });

/** More runs on demand: FC_RUNS=500 npx vitest run app/pack/docx.property.test.ts */
export const RUNS = Number(process.env.FC_RUNS ?? 25);

/** As a reader of the document sees a line break: \r\n and \r are one break, like \n. */
export const asRead = (text: string) => text.replace(/\r\n?/g, "\n");
