import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeEach, describe, expect, it } from "vitest";

import {
  ClauseLibraryError,
  clearClauseLibraryCache,
  loadClauseLibrary,
  validateClauseLibraryRendering,
} from "./library.server.ts";
import { checkClauseRendering } from "./rendering-check.ts";
import { parseClauseTemplate } from "./template.ts";
import { VALID_DEFINITIONS, VALID_HEADER, clauseFile, simpleClause } from "../../tests/support/test-templates.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
beforeEach(() => clearClauseLibraryCache());

/** A temp templates/ directory holding these files. */
function templatesDir(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-lib-"));
  roots.push(root);
  const dir = path.join(root, "templates");
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadClauseLibrary(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ClauseLibraryError);
    return [...(e as ClauseLibraryError).problems];
  }
  throw new Error("expected the library to be rejected");
}

describe("loadClauseLibrary", () => {
  it("loads, sorts by order, reads definitions and skips README.md", () => {
    const dir = templatesDir({
      "README.md": "# not a clause",
      "no-training.md": clauseFile(),
      "breach-notice.md": simpleClause("breach-notice", 10),
      "definitions.md": VALID_DEFINITIONS,
    });
    const lib = loadClauseLibrary(dir);
    expect(lib.clauses.map((c) => c.id)).toEqual(["breach-notice", "no-training"]);
    expect(lib.byId.get("no-training")?.order).toBe(30);
    expect(lib.definitions?.terms.map((t) => t.term)).toEqual(["Customer Data", "Services"]);
    expect(lib.version).toMatch(/^[0-9a-f]{12}$/);
    expect(lib.clauses[0].file).toBe("templates/breach-notice.md");
  });

  it("caches per directory, and the version follows the contents", () => {
    const dir = templatesDir({ "a.md": simpleClause("a", 1) });
    const first = loadClauseLibrary(dir);
    expect(loadClauseLibrary(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, "a.md"), simpleClause("a", 1, "{{vendorName}} shall tell {{buyerName}} at once."));
    expect(loadClauseLibrary(dir)).toBe(first);
    const fresh = loadClauseLibrary(dir, { fresh: true });
    expect(fresh.version).not.toBe(first.version);
    // Same contents in another directory: same version.
    const twin = templatesDir({ "a.md": simpleClause("a", 1, "{{vendorName}} shall tell {{buyerName}} at once.") });
    expect(loadClauseLibrary(twin).version).toBe(fresh.version);
  });

  it("throws one error listing every problem with its file", () => {
    const dir = templatesDir({
      "broken-yaml.md": clauseFile({
        header: VALID_HEADER.replace("id: no-training", "id: broken-yaml").replace("order: 30", "order: [30"),
      }),
      "no-note.md": simpleClause("no-note", 2).replace(/## Negotiation note\n[\s\S]*?(?=## Questions)/, ""),
      "bad-variable.md": simpleClause("bad-variable", 3, "{{customer}} shall be told."),
      "bad-answer.md": simpleClause("bad-answer", 4).replace(
        "appliesWhen: always",
        "appliesWhen: { answer: usageDataLimit, is: true }",
      ),
      "wrong-name.md": simpleClause("right-name", 5),
    });
    let message = "";
    try {
      loadClauseLibrary(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^The clause library has \d+ problems:/);
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^templates\/broken-yaml\.md: header: malformed YAML/),
        "templates/no-note.md: ## Negotiation note: is missing",
        expect.stringMatching(/^templates\/bad-variable\.md: ## Language \[1\]: unknown variable \{\{customer\}\}/),
        "templates/bad-answer.md: appliesWhen.answer: unknown answer id 'usageDataLimit' (did you mean 'usageDataLimits'?)",
        "templates/wrong-name.md: id: 'right-name' must equal the file name 'wrong-name'",
      ]),
    );
    for (const p of problems) expect(message).toContain(p);
  });

  it("rejects two clauses with the same order, an empty directory and a missing one", () => {
    expect(problemsOf(templatesDir({ "a.md": simpleClause("a", 1), "b.md": simpleClause("b", 1) }))).toEqual([
      "templates/b.md: order: 1 is also the order of templates/a.md; give each clause its own position",
    ]);
    expect(problemsOf(templatesDir({ "README.md": "x" }))[0]).toMatch(/holds no clause files/);
    expect(problemsOf(path.join(os.tmpdir(), "clausewise-no-such-dir"))[0]).toMatch(/cannot read the clause library/);
  });

  it("rejects a variable the condition does not guarantee (rendering check at load)", () => {
    const dir = templatesDir({
      "retention.md": simpleClause("retention", 1, "{{vendorName}} shall delete inputs within {{deletionDays|days}}."),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /^templates\/retention\.md: ## Language: \{\{deletionDays\}\} has no value when deletionOnTermination is false: the condition does not guarantee it$/,
      ),
    ]);
  });

  it("rejects an unknown formatter, a count printed without one, and a count of 0 its formatter cannot print", () => {
    const retention = (id: string, order: number, language: string) =>
      simpleClause(id, order, language).replace(
        "appliesWhen: always",
        "appliesWhen: { answer: retentionRequirement, is: limited }",
      );
    const dir = templatesDir({
      "a.md": retention("a", 1, "Deleted within {{maxRetentionDays|weeks}}."),
      "b.md": retention("b", 2, "Deleted within {{maxRetentionDays}} days."),
      "c.md": retention("c", 3, "Notified within {{maxRetentionDays|hours}}, by {{vendorName|days}}."),
    });
    expect(problemsOf(dir)).toEqual([
      "templates/a.md: ## Language [1]: unknown formatter |weeks in {{maxRetentionDays|weeks}}; the formatters are days, days’, hours, hours’",
      "templates/b.md: ## Language [1]: {{maxRetentionDays}} is a number of days: write {{maxRetentionDays|days}} or {{maxRetentionDays|days’}} so the noun agrees",
      "templates/c.md: ## Language [1]: {{maxRetentionDays}} is a number of days: write {{maxRetentionDays|days}} or {{maxRetentionDays|days’}}",
      "templates/c.md: ## Language [1]: {{vendorName}} is not a number: it takes no formatter (write {{vendorName}})",
    ]);
    // The rendering check runs once every file parses: maxRetentionDays may be 0.
    expect(
      problemsOf(templatesDir({ "d.md": retention("d", 4, "Deleted within {{maxRetentionDays|days}}.") })),
    ).toEqual([
      "templates/d.md: ## Language: {{maxRetentionDays}} is 0 when maxRetentionDays is 0, and a count prints only from 1: word that case in a variant of its own (when: { answer: maxRetentionDays, is: 0 })",
    ]);
  });
});

describe("validateClauseLibraryRendering", () => {
  const parse = (text: string, id: string) => {
    const r = parseClauseTemplate(text, { file: `templates/${id}.md` });
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.value;
  };

  it("passes a clause whose variables its condition guarantees, in every variant", () => {
    const retention = parse(
      simpleClause(
        "retention-limit",
        1,
        "{{vendorName}} shall delete inputs within {{maxRetentionDays|days}}.\n\n## Language: none\n{{vendorName}} shall keep no inputs.",
      )
        .replace("appliesWhen: always", "appliesWhen: { answer: retentionRequirement, is: limited }")
        .replace("sources:", "variants:\n  - id: none\n    when: { answer: maxRetentionDays, is: 0 }\nsources:"),
      "retention-limit",
    );
    expect(validateClauseLibraryRendering({ clauses: [retention, parse(clauseFile(), "no-training")] })).toEqual([]);
  });

  it("reports a variant that can never be selected, and answers no variant covers", () => {
    const header = VALID_HEADER.replace(
      "when: { answer: trainingRequirement, is: optInOnly }",
      "when: { answer: trainingRequirement, isNot: noRequirement }",
    );
    const problems = checkClauseRendering(parse(clauseFile({ header }), "no-training"));
    expect(problems).toEqual([
      "templates/no-training.md: ## Language: aggregatedOnly: no answers that satisfy appliesWhen select this variant (an earlier variant always wins)",
    ]);
    const gap = VALID_HEADER.replace(/  - id: aggregatedOnly\n.*\n/, "");
    const language = clauseFile().match(/## Language: never[\s\S]*?(?=## Language: aggregatedOnly)/)?.[0] ?? "";
    expect(checkClauseRendering(parse(clauseFile({ header: gap, language }), "no-training"))).toEqual([
      'templates/no-training.md: variants: no variant applies when trainingRequirement "aggregatedOnly"; add a variant or a plain ## Language',
    ]);
  });

  it("reports a condition no answers satisfy", () => {
    const never = parse(
      simpleClause("never", 1).replace(
        "appliesWhen: always",
        "appliesWhen: { all: [{ answer: usageDataLimits, is: true }, { answer: usageDataLimits, is: false }] }",
      ),
      "never",
    );
    expect(checkClauseRendering(never)).toEqual([
      "templates/never.md: appliesWhen: no answers satisfy this condition, so the clause can never apply",
    ]);
  });
});
