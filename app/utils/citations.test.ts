import { describe, expect, it } from "vitest";

import { keepCitationsTogether } from "./citations.ts";

const NBSP = "\u00A0";

describe("keepCitationsTogether", () => {
  it.each([
    ["45 C.F.R. § 164.504(e)", `45${NBSP}C.F.R.${NBSP}§${NBSP}164.504(e)`],
    ["45 C.F.R. §§ 164.314(a) and 164.504(e)", `45${NBSP}C.F.R.${NBSP}§§${NBSP}164.314(a) and 164.504(e)`],
    ["16 C.F.R. Part 314", `16${NBSP}C.F.R.${NBSP}Part 314`],
    ["15 U.S.C. § 6801 et seq.", `15${NBSP}U.S.C.${NBSP}§${NBSP}6801 et seq.`],
    ["Cal. Civ. Code § 1798.100", `Cal.${NBSP}Civ.${NBSP}Code${NBSP}§${NBSP}1798.100`],
    ["GDPR Art. 28(2)", `GDPR Art.${NBSP}28(2)`],
    ["Article 32 of the GDPR", `Article${NBSP}32 of the GDPR`],
    ["Regulation (EU) 2016/679 (GDPR)", `Regulation${NBSP}(EU)${NBSP}2016/679 (GDPR)`],
    ["EU AI Act Annex III", `EU AI Act Annex${NBSP}III`],
  ])("%s", (text, expected) => {
    expect(keepCitationsTogether(text)).toBe(expected);
  });

  it("leaves other text as it is", () => {
    const text = "The Provider shall delete Customer Data within 30 days. Art is long; code is law.";
    expect(keepCitationsTogether(text)).toBe(text);
  });
});
