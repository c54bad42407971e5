/** Small clause files for tests of the parser and the loader. */

export interface ClauseFixture {
  header?: string;
  language?: string;
  fallbacks?: string;
  note?: string;
  questions?: string;
  reconfirm?: string;
}

export const VALID_HEADER = `id: no-training
title: No training on Customer Data
category: training
order: 30
appliesWhen:
  answer: trainingRequirement
  isNot: noRequirement
variants:
  - id: never
    when: { answer: trainingRequirement, is: never }
  - id: optInOnly
    when: { answer: trainingRequirement, is: optInOnly }
  - id: aggregatedOnly
    when: { answer: trainingRequirement, is: aggregatedOnly }
sources:
  - title: Buyer-side guide, "does the vendor train on our data?"
    publisher: Example Guides`;

export const VALID_LANGUAGE = `## Language: never
{{vendorName}} shall not use Customer Data to train, fine-tune or improve any model.

The obligation in clause 1.1 applies to {{coveredProducts}}
and survives termination.

## Language: optInOnly
{{vendorName}} shall not use Customer Data for training without {{buyerName}}’s prior written consent.

## Language: aggregatedOnly
{{vendorName}} may use Customer Data for training only in aggregated and de-identified form.`;

/** A whole clause file; each part can be replaced. */
export function clauseFile(f: ClauseFixture = {}): string {
  return [
    "---",
    f.header ?? VALID_HEADER,
    "---",
    "",
    f.language ?? VALID_LANGUAGE,
    "",
    "## Fallbacks",
    f.fallbacks ??
      "1. No training on Customer Data without notice and an opt-out.\n2. No training on Customer Data marked confidential,\n   with the marking defined in the agreement.",
    "",
    "## Negotiation note",
    f.note ?? "Raise it with price and term.\n\nVendors usually accept the commercial default in writing.",
    "",
    "## Questions for the vendor",
    f.questions ??
      "- Do you use our inputs or outputs to train any model?\n- Does the answer differ across {{coveredProducts}}?",
    "",
    "## Reconfirm at renewal",
    f.reconfirm ?? "{{vendorName}} still does not train on Customer Data.",
    "",
  ].join("\n");
}

export const VALID_DEFINITIONS = `---
title: Definitions
---

In the clauses below these terms have the meanings given here.

## Customer Data
All data, content and information that {{buyerName}} or its users submit to the Services, and all outputs.

## Services
{{coveredProducts}} of {{vendorName}}.
`;

/** A simple clause that always applies: id and order given. */
export function simpleClause(
  id: string,
  order: number,
  language = "{{vendorName}} shall notify {{buyerName}}.",
): string {
  return clauseFile({
    header: `id: ${id}\ntitle: Clause ${id}\ncategory: scope\norder: ${order}\nappliesWhen: always\nsources:\n  - title: A public source\n    url: https://example.com/terms`,
    language: `## Language\n${language}`,
  });
}
