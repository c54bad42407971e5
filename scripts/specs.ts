// The project's own specs of its public ids, written from the code that uses them: the answers-file
// format (docs/specs/answers-file.md), the finding ids and the clause ids. `npm run specs` rewrites them;
// tests/unit/specs.test.ts fails when a file is not what this writes, so an id is never renamed in the
// code without its spec changing in the same commit.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadClauseLibrary } from "../app/clauses/library.server.ts";
import { QUESTIONS, STEP_IDS, STEPS, type Question } from "../app/questionnaire/questions.ts";
import { FINDINGS } from "../app/rules/findings.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const code = (text: string) => `\`${text}\``;

function values(question: Question): string {
  switch (question.kind) {
    case "choice":
    case "multi":
      return question.options.map((o) => `${code(o.value)} (${cell(o.label)})`).join(", ");
    case "text":
      return `text, ${question.min}–${question.max} characters`;
    case "email":
      return `an email address, at most ${question.max} characters`;
    case "boolean":
      return "`true` or `false`";
    case "integer":
      return `a whole number, ${question.min}–${question.max}`;
    case "date":
      return "a date, `YYYY-MM-DD`";
    case "vendor":
      return "a catalog vendor id (`[a-z0-9-]+`, as `clausewise` lists them), or `other`";
  }
}

const KIND: Record<Question["kind"], string> = {
  text: "text",
  email: "email",
  choice: "one of",
  multi: "list of",
  boolean: "yes/no",
  integer: "number",
  date: "date",
  vendor: "vendor",
};

export function answersFileSpec(): string {
  const lines = [
    "# The answers file, version 1",
    "",
    "One review's answers as a JSON document: what `clausewise validate` and `clausewise pack` read, what the",
    "review page exports (`/reviews/:id/answers.json`) and what the import accepts. It is a public format:",
    "the ids and values below do not change within a version.",
    "",
    "```json",
    '{ "version": 1, "answers": { "buyerName": "Example Corp", "vendorId": "anthropic", "productLine": "api" } }',
    "```",
    "",
    "- `version` is `1`. `answers` is an object whose keys are the question ids below; an unknown key is refused.",
    "- A list answer holds each value at most once. Text is UTF-8; a leading byte-order mark is allowed.",
    "- A question that does not apply (its condition does not hold) must not be answered. A complete review",
    "  answers every question that applies and is required; a draft may leave any of them out.",
    "- Questions marked *added later* came with the second edition of the questionnaire: the wizard asks",
    "  them, but a file may leave them out, so a file written before them stays valid and means what it",
    "  meant (the default given, or, where there is none, what the rules do without the answer). A file",
    "  that gives one must give it correctly, as for any other question.",
    "",
    "Written from `app/questionnaire/questions.ts` by `npm run specs`.",
  ];
  for (const stepId of STEP_IDS) {
    const questions = QUESTIONS.filter((q) => q.step === stepId);
    if (questions.length === 0) continue;
    lines.push(
      "",
      `## ${STEPS[stepId].title} (\`${stepId}\`)`,
      "",
      "| id | answer | values | required | applies |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const q of questions) {
      const wizard =
        q.required === true ? "yes" : q.required === false ? "no" : `when ${cell(q.requiredWhenText ?? "")}`;
      const byDefault =
        "defaultValue" in q && q.defaultValue !== undefined ? `; default ${code(String(q.defaultValue))}` : "";
      const required = q.optionalInFile ? `added later: in the wizard ${wizard}, in a file no${byDefault}` : wizard;
      lines.push(
        `| ${code(q.id)} | ${KIND[q.kind]} | ${values(q)} | ${required} | ${q.relevantWhenText ? `only when ${cell(q.relevantWhenText)}` : "always"} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

export function findingIdsSpec(): string {
  const lines = [
    "# Finding ids",
    "",
    "The findings a review can raise, by their public ids (as in the report `clausewise pack --report`",
    "writes), with their severity and title.",
    "",
    "Every raised finding has a status. `gap`: the provision it tests is recorded for the vendor's product",
    "line and does not settle the concern (the finding quotes it, with its source). `unknown`: that provision",
    "is not recorded, or its sources disagree (the title then says what is not known and what to ask; it never",
    "states the vendor's position). `requirement`: raised by the buyer's answers alone. A finding with no",
    "tested provision below is always a requirement.",
    "",
    'The report (`"reportVersion": 2`) gives each finding its `"status"`, and the counts per severity split',
    'into `confirmed` (gap and requirement) and `unknown`: `"counts": { "high": { "confirmed": 5,',
    '"unknown": 3 }, … }`.',
    "",
    "Written from `app/rules/findings.ts` by `npm run specs`.",
    "",
    "| id | severity | title | tested provision (product line) | title when unknown |",
    "| --- | --- | --- | --- | --- |",
    ...FINDINGS.map((f) => {
      const test = f.raisedWhen.provision;
      const tested = test ? `${code(test.key)} (${test.line === "consumer" ? "consumer line" : "line bought"})` : "—";
      return `| ${code(f.id)} | ${f.severity} | ${cell(f.title)} | ${tested} | ${f.unknown ? cell(f.unknown.title) : "—"} |`;
    }),
  ];
  return `${lines.join("\n")}\n`;
}

export function clauseIdsSpec(): string {
  const library = loadClauseLibrary();
  const lines = [
    "# Clause ids",
    "",
    "The clauses of the library (`templates/`, one file per clause), by their public ids, in the order a pack",
    "lists them.",
    "",
    "Written from `templates/` by `npm run specs`.",
    "",
    "| id | category | title |",
    "| --- | --- | --- |",
    ...library.clauses.map((c) => `| ${code(c.id)} | ${c.category} | ${cell(c.title)} |`),
  ];
  return `${lines.join("\n")}\n`;
}

export const SPECS: Record<string, () => string> = {
  "docs/specs/answers-file.md": answersFileSpec,
  "docs/specs/finding-ids.md": findingIdsSpec,
  "docs/specs/clause-ids.md": clauseIdsSpec,
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, write] of Object.entries(SPECS)) {
    fs.writeFileSync(file, write());
    console.log(`wrote ${file}`);
  }
}
