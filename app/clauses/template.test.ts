import { describe, expect, it } from "vitest";

import { VALID_DEFINITIONS, VALID_HEADER, VALID_LANGUAGE, clauseFile } from "../../tests/support/test-templates.ts";
import { parseClauseTemplate, parseDefinitions, type ParseResult } from "./template.ts";

const FILE = "templates/no-training.md";

function errorsOf<T>(result: ParseResult<T>): string[] {
  return result.ok ? [] : result.errors;
}

describe("parseClauseTemplate: a valid file", () => {
  const result = parseClauseTemplate(clauseFile(), { file: FILE });

  it("parses header and sections", () => {
    expect(errorsOf(result)).toEqual([]);
    if (!result.ok) return;
    const t = result.value;
    expect(t).toMatchObject({
      id: "no-training",
      title: "No training on Customer Data",
      category: "training",
      order: 30,
      appliesWhen: { answer: "trainingRequirement", isNot: "noRequirement" },
      sources: [{ title: 'Buyer-side guide, "does the vendor train on our data?"', publisher: "Example Guides" }],
      file: FILE,
    });
    expect(t.variants.map((v) => v.id)).toEqual(["never", "optInOnly", "aggregatedOnly"]);
    expect(t.variants[0].when).toEqual({ answer: "trainingRequirement", is: "never" });
  });

  it("splits language into sub-clauses at blank lines and joins wrapped lines", () => {
    if (!result.ok) throw new Error("not ok");
    expect(result.value.language.never).toEqual([
      "{{vendorName}} shall not use Customer Data to train, fine-tune or improve any model.",
      "The obligation in clause 1.1 applies to {{coveredProducts}} and survives termination.",
    ]);
    expect(Object.keys(result.value.language)).toEqual(["never", "optInOnly", "aggregatedOnly"]);
  });

  it("reads numbered fallbacks, bulleted questions, the note and the renewal line", () => {
    if (!result.ok) throw new Error("not ok");
    const t = result.value;
    expect(t.fallbacks).toEqual([
      "No training on Customer Data without notice and an opt-out.",
      "No training on Customer Data marked confidential, with the marking defined in the agreement.",
    ]);
    expect(t.questions).toEqual([
      "Do you use our inputs or outputs to train any model?",
      "Does the answer differ across {{coveredProducts}}?",
    ]);
    expect(t.negotiationNote).toBe(
      "Raise it with price and term.\n\nVendors usually accept the commercial default in writing.",
    );
    expect(t.reconfirmAtRenewal).toBe("{{vendorName}} still does not train on Customer Data.");
    expect(t.variables.sort()).toEqual(["buyerName", "coveredProducts", "vendorName"]);
  });

  it("accepts a plain ## Language without variants", () => {
    const header = VALID_HEADER.replace(/variants:[\s\S]*?sources:/, "sources:");
    const r = parseClauseTemplate(clauseFile({ header, language: "## Language\nOne.\n\nTwo." }), { file: FILE });
    expect(errorsOf(r)).toEqual([]);
    if (r.ok) expect(r.value.language).toEqual({ default: ["One.", "Two."] });
  });
});

describe("parseClauseTemplate: errors name the file and the field", () => {
  const cases: [string, string, string | RegExp][] = [
    ["no header", "## Language\nText.", /^templates\/no-training\.md: header: the file must start with a YAML header/],
    [
      "malformed YAML",
      clauseFile({ header: VALID_HEADER.replace("order: 30", "order: [30") }),
      /^templates\/no-training\.md: header: malformed YAML/,
    ],
    [
      "unknown answer id",
      clauseFile({
        header: VALID_HEADER.replace(
          "when: { answer: trainingRequirement, is: optInOnly }",
          "when: { answer: trainingRequirment, is: optInOnly }",
        ),
      }),
      "templates/no-training.md: variants[1].when.answer: unknown answer id 'trainingRequirment' (did you mean 'trainingRequirement'?)",
    ],
    [
      "value not among the options",
      clauseFile({ header: VALID_HEADER.replace("isNot: noRequirement", "isNot: none") }),
      /^templates\/no-training\.md: appliesWhen\.isNot: 'none' is not a value of trainingRequirement/,
    ],
    [
      "malformed condition",
      clauseFile({ header: VALID_HEADER.replace("isNot: noRequirement", "isnt: noRequirement") }),
      /^templates\/no-training\.md: appliesWhen: needs one of is, isNot/,
    ],
    [
      "missing appliesWhen",
      clauseFile({ header: VALID_HEADER.replace(/appliesWhen:\n.*\n.*\n/, "") }),
      /^templates\/no-training\.md: appliesWhen: is missing/,
    ],
    [
      "id not the file name",
      clauseFile({ header: VALID_HEADER.replace("id: no-training", "id: training") }),
      "templates/no-training.md: id: 'training' must equal the file name 'no-training'",
    ],
    [
      "unknown header field",
      clauseFile({ header: `${VALID_HEADER}\nowner: legal` }),
      "templates/no-training.md: owner: unknown field",
    ],
    [
      "bad category",
      clauseFile({ header: VALID_HEADER.replace("category: training", "category: data") }),
      /^templates\/no-training\.md: category: must be one of: training, retention/,
    ],
    [
      "order not a number",
      clauseFile({ header: VALID_HEADER.replace("order: 30", "order: thirty") }),
      /^templates\/no-training\.md: order: must be a whole number/,
    ],
    [
      "no sources",
      clauseFile({ header: VALID_HEADER.replace(/sources:[\s\S]*$/, "sources: []") }),
      "templates/no-training.md: sources: must name at least one source",
    ],
    [
      "an internal file id as a source",
      clauseFile({ header: VALID_HEADER.replace("publisher: Example Guides", "seed: source-text-4") }),
      /^templates\/no-training\.md: sources\[0\]\.seed: unknown field/,
    ],
    [
      "a source's condition that names no answer",
      clauseFile({
        header: VALID_HEADER.replace(
          "publisher: Example Guides",
          "publisher: Example Guides\n    when: { answer: noSuchAnswer, is: yes }",
        ),
      }),
      /^templates\/no-training\.md: sources\[0\]\.when\.answer: /,
    ],
    [
      "a source's vendor that is not a catalog id",
      clauseFile({
        header: VALID_HEADER.replace(
          "publisher: Example Guides",
          "publisher: Example Guides\n    vendor: Anthropic Inc",
        ),
      }),
      /^templates\/no-training\.md: sources\[0\]\.vendor: must be the catalog id of the vendor the document is about/,
    ],
    [
      "missing section",
      clauseFile().replace(/## Negotiation note\n[\s\S]*?(?=## Questions)/, ""),
      "templates/no-training.md: ## Negotiation note: is missing",
    ],
    ["empty section", clauseFile({ fallbacks: "" }), "templates/no-training.md: ## Fallbacks: is empty"],
    [
      "variant without its Language section",
      clauseFile({ language: VALID_LANGUAGE.replace(/## Language: aggregatedOnly[\s\S]*$/, "") }),
      "templates/no-training.md: variants[2]: variant 'aggregatedOnly' has no ## Language: aggregatedOnly section",
    ],
    [
      "Language section without a variant",
      clauseFile({ language: `${VALID_LANGUAGE}\n\n## Language: sometimes\nText.` }),
      "templates/no-training.md: ## Language: sometimes: there is no variant 'sometimes' in the header",
    ],
    [
      "no Language at all",
      clauseFile({
        header: VALID_HEADER.replace(/variants:[\s\S]*?sources:/, "sources:"),
        language: "",
      }),
      "templates/no-training.md: ## Language: is missing",
    ],
    [
      "unknown variable",
      clauseFile({ reconfirm: "{{customerName}} reconfirms." }),
      /^templates\/no-training\.md: ## Reconfirm at renewal: unknown variable \{\{customerName\}\}/,
    ],
    [
      "unknown formatter",
      clauseFile({ reconfirm: "Within {{vendorName|days}}." }),
      "templates/no-training.md: ## Reconfirm at renewal: {{vendorName}} is not a number: it takes no formatter (write {{vendorName}})",
    ],
    [
      "a count printed without its formatter",
      clauseFile({ reconfirm: "Deleted within {{deletionDays}} days." }),
      "templates/no-training.md: ## Reconfirm at renewal: {{deletionDays}} is a number of days: write {{deletionDays|days}} or {{deletionDays|days’}} so the noun agrees",
    ],
    [
      "a formatter the language does not have",
      clauseFile({ reconfirm: "Deleted within {{deletionDays|weeks}}." }),
      "templates/no-training.md: ## Reconfirm at renewal: unknown formatter |weeks in {{deletionDays|weeks}}; the formatters are days, days’, hours, hours’",
    ],
    [
      "unclosed variable",
      clauseFile({ reconfirm: "{{vendorName reconfirms." }),
      "templates/no-training.md: ## Reconfirm at renewal: a variable is not closed: write {{name}}",
    ],
    [
      "unknown section",
      clauseFile({ note: "Text.\n\n## Notes\nMore." }),
      /^templates\/no-training\.md: ## Notes: unknown section/,
    ],
    [
      "sections out of order",
      clauseFile()
        .replace("## Fallbacks", "## Reconfirm at renewal\nLine.\n\n## Fallbacks")
        .replace(/## Reconfirm at renewal\n\{\{vendorName\}\} still[^\n]*\n/, ""),
      /^templates\/no-training\.md: ## Fallbacks: out of order/,
    ],
    [
      "Markdown emphasis",
      clauseFile({ note: "This is **important**." }),
      /^templates\/no-training\.md: ## Negotiation note \[1\]: Markdown emphasis/,
    ],
    [
      "a link",
      clauseFile({ note: "See [the terms](https://example.com)." }),
      /^templates\/no-training\.md: ## Negotiation note \[1\]: a Markdown link/,
    ],
    [
      "straight quotes",
      clauseFile({ note: 'The vendor says "if any".' }),
      /^templates\/no-training\.md: ## Negotiation note \[1\]: a straight quotation mark/,
    ],
    [
      "a fallback that is not a list item",
      clauseFile({ fallbacks: "Accept anything." }),
      /^templates\/no-training\.md: ## Fallbacks: “Accept anything\.” is not a list item/,
    ],
    [
      "a control character",
      clauseFile({ note: "Bell\u0007 here." }),
      /^templates\/no-training\.md: ## Negotiation note \[1\]: holds a character a document cannot carry \(U\+0007/,
    ],
    [
      "text before the first section",
      clauseFile().replace("## Language: never", "# No training\n\n## Language: never"),
      /^templates\/no-training\.md: line \d+: only level-2 headings/,
    ],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    const errors = errorsOf(parseClauseTemplate(text, { file: FILE }));
    expect(errors.length).toBeGreaterThan(0);
    if (typeof expected === "string") expect(errors).toContain(expected);
    else
      expect(
        errors.some((e) => expected.test(e)),
        errors.join("\n"),
      ).toBe(true);
  });

  it("reports every problem of a file at once", () => {
    const text = clauseFile({
      header: VALID_HEADER.replace("id: no-training", "id: other-id").replace("isNot: noRequirement", "isNot: nope"),
      reconfirm: "{{nope}}",
    });
    expect(errorsOf(parseClauseTemplate(text, { file: FILE })).length).toBeGreaterThanOrEqual(3);
  });
});

describe("parseDefinitions", () => {
  it("reads ## Term headings and an introduction", () => {
    const r = parseDefinitions(VALID_DEFINITIONS, { file: "templates/definitions.md" });
    expect(errorsOf(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.value.introduction).toEqual(["In the clauses below these terms have the meanings given here."]);
    expect(r.value.terms.map((t) => t.term)).toEqual(["Customer Data", "Services"]);
    expect(r.value.variables.sort()).toEqual(["buyerName", "coveredProducts", "vendorName"]);
  });

  it("reads paragraphs that start with the quoted term", () => {
    const r = parseDefinitions("“Customer Data” means all data.\n\n“Services” means the services.", {
      file: "templates/definitions.md",
    });
    expect(r.ok && r.value.terms).toEqual([
      { term: "Customer Data", text: "“Customer Data” means all data." },
      { term: "Services", text: "“Services” means the services." },
    ]);
  });

  it("rejects unknown variables and duplicate terms", () => {
    const r = parseDefinitions("## A\n{{nope}}\n\n## A\nText.", { file: "templates/definitions.md" });
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^templates\/definitions\.md: “A”: unknown variable \{\{nope\}\}/),
        "templates/definitions.md: “A”: is defined twice",
      ]),
    );
  });
});
