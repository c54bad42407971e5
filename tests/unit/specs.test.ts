import fs from "node:fs";
import { describe, expect, it } from "vitest";

import { SPECS } from "../../scripts/specs.ts";
import { QUESTION_IDS } from "../../app/questionnaire/questions.ts";
import { FINDING_IDS } from "../../app/rules/findings.ts";

describe("the specs in docs/specs say what the code does", () => {
  it.each(Object.keys(SPECS))("%s is current (run `npm run specs` after changing an id)", (file) => {
    expect(fs.readFileSync(file, "utf8")).toBe(SPECS[file]());
  });

  it("lists every question id and every finding id once", () => {
    const answers = fs.readFileSync("docs/specs/answers-file.md", "utf8");
    for (const id of QUESTION_IDS) expect(answers.match(new RegExp(`^\\| \`${id}\` \\|`, "gm")), id).toHaveLength(1);
    const findings = fs.readFileSync("docs/specs/finding-ids.md", "utf8");
    for (const id of FINDING_IDS) expect(findings.match(new RegExp(`^\\| \`${id}\` \\|`, "gm")), id).toHaveLength(1);
  });
});
