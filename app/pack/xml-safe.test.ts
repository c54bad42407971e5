import { describe, expect, it } from "vitest";

import { assertPackIsXmlSafe, findForbiddenCharacter, findForbiddenField } from "./xml-safe.ts";
import { samplePack } from "../../tests/support/sample-pack.ts";

describe("findForbiddenCharacter", () => {
  it.each([
    ["tab, newline and carriage return", "a\tb\nc\r\nd"],
    ["quotes and markup", `"<&>'`],
    ["emoji, RTL text and combining marks", "👩🏽‍⚕️ שלום مرحبا e\u0301"],
    ["noncharacters XML allows", "\uFDD0 \u{10FFFD}"],
  ])("allows %s", (_, text) => {
    expect(findForbiddenCharacter(text)).toBeNull();
  });

  it.each([
    ["\u0000", "U+0000"],
    ["\u0007", "U+0007"],
    ["\u000B", "U+000B"],
    ["\u001F", "U+001F"],
    ["\uFFFE", "U+FFFE"],
    ["\uFFFF", "U+FFFF"],
    ["\uD800", "U+D800"],
    ["\uDC00", "U+DC00"],
  ])("refuses %j", (char, name) => {
    expect(findForbiddenCharacter(`ok ${char} ok`)).toMatchObject({ name, index: 3 });
  });
});

describe("assertPackIsXmlSafe", () => {
  it("passes the sample pack", () => {
    expect(findForbiddenField(samplePack)).toBeNull();
    expect(() => assertPackIsXmlSafe(samplePack)).not.toThrow();
  });

  it("names the field of a nested string", () => {
    const pack = structuredClone(samplePack);
    pack.clauses[2].language[1] = "x\u0001";
    expect(findForbiddenField(pack)).toEqual({ path: "clauses[2].language[1]", codePoint: "U+0001", index: 1 });
    expect(() => assertPackIsXmlSafe(pack)).toThrow(/clauses\[2\]\.language\[1\] holds U\+0001/);
  });

  it("names a cover field", () => {
    const pack = structuredClone(samplePack);
    pack.cover.buyerName = "Northwind\uFFFF";
    expect(() => assertPackIsXmlSafe(pack)).toThrow(/field cover\.buyerName holds U\+FFFF at index 9/);
  });
});
