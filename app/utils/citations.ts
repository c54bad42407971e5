/**
 * Citations kept on one line: a non-breaking space (U+00A0) inside "45 C.F.R. § 164.504(e)",
 * "15 U.S.C. § 6801", "Cal. Civ. Code § 1798.100", "Art. 28" and "Regulation (EU) 2016/679", so a
 * document never breaks "§" from its number or a title from its section. Applied to the product's own
 * texts (the clause library, the findings) when they are loaded — never to what a person typed, which
 * reaches the documents exactly.
 */
const NBSP = "\u00A0";

const RULES: readonly [RegExp, string][] = [
  // 45 C.F.R. § 164.504(e) · 15 U.S.C. § 6801 · 12 C.F.R. Part 1016
  [/(\d+) (C\.F\.R\.|U\.S\.C\.)/g, `$1${NBSP}$2`],
  [/(C\.F\.R\.|U\.S\.C\.) (§|Part|Parts|\d)/g, `$1${NBSP}$2`],
  // Cal. Civ. Code § 1798.100 · Va. Code § 59.1-579
  [/(Cal\.|Civ\.|Va\.|Bus\.|Com\.|Tex\.) (?=Civ\.|Code|Bus\.|&|Com\.)/g, `$1${NBSP}`],
  [/Code §/g, `Code${NBSP}§`],
  // § 164.504(e), §§ 164.314(a) and 164.504(e)
  [/(§§?) (?=\d)/g, `$1${NBSP}`],
  // Art. 28(2) · Article 28 · Articles 32 to 36 · Annex III
  [/\b(Art\.|Article|Articles|Annex) (?=[\dIVX])/g, `$1${NBSP}`],
  // Regulation (EU) 2016/679 · Directive (EU) 2022/2555
  [/\b(Regulation|Directive|Decision) \((EU|EC)\) (?=\d)/g, `$1${NBSP}($2)${NBSP}`],
];

export function keepCitationsTogether(text: string): string {
  return RULES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
