/**
 * Every character survives: arbitrary text XML can carry, in every free-text field of the pack, comes
 * out of the .docx (and the preview) exactly; text it cannot carry stops the render, naming the field.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PackPreview } from "../components/pack-preview.tsx";

import { renderAddendumDocx } from "./addendum-docx.server.ts";
import { renderPackDocx } from "./docx.server.ts";
import { isAddendumText, isMemoText, mapStrings, stringPaths } from "./pack-strings.ts";
import { paragraphs, parseHtml, part, readDocx } from "../../tests/support/read-docx.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";
import { RUNS, allowedText, asRead } from "../../tests/support/arbitrary-text.ts";

const FREE_TEXT = stringPaths(samplePack).filter(isMemoText);
const ADDENDUM_TEXT = stringPaths(samplePack).filter(isAddendumText);
const ALL_STRINGS = stringPaths(samplePack);

// Never produced by the generators (it is forbidden), so it cannot join two fields into a false match.
const SEPARATOR = "\u0000";

describe("every character survives", () => {
  it("arbitrary allowed text in every free-text field comes out of document.xml exactly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(allowedText, { minLength: FREE_TEXT.length, maxLength: FREE_TEXT.length }),
        async (values) => {
          const byPath = new Map(FREE_TEXT.map((path, i) => [path, values[i]]));
          const pack = mapStrings(samplePack, (path, value) => byPath.get(path) ?? value);

          const pkg = await readDocx(await renderPackDocx(pack)); // every XML part parses, strictly
          const text = paragraphs(part(pkg, "word/document.xml"))
            .map((p) => p.text)
            .join(SEPARATOR);
          for (const [path, value] of byPath) {
            if (!text.includes(asRead(value)))
              throw new Error(
                `${path}: ${JSON.stringify(value)} (${[...value].map((c) => c.codePointAt(0)?.toString(16)).join(" ")}) is not in document.xml`,
              );
          }
          const core = part(pkg, "docProps/core.xml");
          expect(core.getElementsByTagName("dc:title")[0]?.textContent).toBe(pack.title);
          expect(core.getElementsByTagName("dc:creator")[0]?.textContent).toBe(pack.cover.preparedBy);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("arbitrary allowed text in the parties and the clauses comes out of the addendum exactly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(allowedText, { minLength: ADDENDUM_TEXT.length, maxLength: ADDENDUM_TEXT.length }),
        async (values) => {
          const byPath = new Map(ADDENDUM_TEXT.map((path, i) => [path, values[i]]));
          const pack = mapStrings(samplePack, (path, value) => byPath.get(path) ?? value);
          const pkg = await readDocx(await renderAddendumDocx(pack));
          const text = paragraphs(part(pkg, "word/document.xml"))
            .map((p) => p.text)
            .join(SEPARATOR);
          for (const [path, value] of byPath) {
            if (!text.includes(asRead(value)))
              throw new Error(`${path}: ${JSON.stringify(value)} is not in the addendum's document.xml`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("the same text comes out of the preview", () => {
    fc.assert(
      fc.property(fc.array(allowedText, { minLength: FREE_TEXT.length, maxLength: FREE_TEXT.length }), (values) => {
        const byPath = new Map(FREE_TEXT.map((path, i) => [path, values[i]]));
        const pack = mapStrings(samplePack, (path, value) => byPath.get(path) ?? value);
        const html = renderToStaticMarkup(createElement(PackPreview, { pack }));
        const doc = parseHtml(html);
        const text = doc.getElementsByTagName("article")[0]?.textContent ?? "";
        for (const [path, value] of byPath) {
          if (!text.includes(asRead(value)))
            throw new Error(
              `${path}: ${JSON.stringify(value)} (${[...value].map((c) => c.codePointAt(0)?.toString(16)).join(" ")}) is not in the preview`,
            );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a character XML cannot carry, in any field, stops the render with the field named", async () => {
    const forbidden = fc.constantFrom(
      "\u0000",
      "\u0001",
      "\u0008",
      "\u000B",
      "\u000C",
      "\u001B",
      "\u001F",
      "\uFFFE",
      "\uFFFF",
      "\uD800",
      "\uDFFF",
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALL_STRINGS), forbidden, fc.nat(), async (target, char, at) => {
        const pack = mapStrings(samplePack, (path, value) => {
          if (path !== target) return value;
          const i = at % (value.length + 1);
          return value.slice(0, i) + char + value.slice(i);
        });
        const name = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        await expect(renderPackDocx(pack)).rejects.toThrow(`field ${target} holds ${name}`);
      }),
      { numRuns: 60 },
    );
  });
});
