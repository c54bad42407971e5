// What the rules read of the catalog: one provision per key and product line (no aspect), and never one
// whose sources disagree — that is read as unknown, and asked about.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { parseAnswersFile } from "../questionnaire/answers.ts";
import { CATALOG } from "../../tests/support/test-answers.ts";
import { TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";
import type { VendorProvision } from "../catalog/types.ts";
import { evaluateReview } from "./evaluate.ts";

const bank = () => {
  const json = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8"));
  const parsed = parseAnswersFile(json, CATALOG);
  if (!parsed.ok) throw new Error("fixture invalid");
  return parsed.answers;
};

const isAuditRight = (p: VendorProvision) =>
  p.vendorId === "anthropic" && p.productLine === "api" && p.key === "audit_right";

function auditFinding(provisions: VendorProvision[]) {
  const evaluation = evaluateReview({
    answers: bank(),
    provisions,
    library: loadClauseLibrary(),
    vendorName: "Anthropic",
  });
  return evaluation.findings.find((f) => f.id === "no-audit-right");
}

describe("the provisions the rules read", () => {
  it("a recorded provision that settles the concern clears the finding", () => {
    const settled = TEST_PROVISIONS.map((p) => (isAuditRight(p) ? { ...p, value: "yes" } : p));
    expect(auditFinding(settled)).toBeUndefined();
  });

  it("sources that disagree settle nothing: the provision is read as unknown and asked about", () => {
    const conflict = TEST_PROVISIONS.map((p) =>
      isAuditRight(p) ? { ...p, value: "yes", standing: "conflict" as const } : p,
    );
    const finding = auditFinding(conflict);
    expect(finding?.unknownProvisions).toContain("audit_right");
  });

  it("a further fact about the key (an aspect) is not the provision the rules read", () => {
    const withAspect = [
      ...TEST_PROVISIONS.filter((p) => !isAuditRight(p)),
      ...TEST_PROVISIONS.filter(isAuditRight).map((p) => ({ ...p, value: "yes", aspect: "audit-reports" })),
    ];
    expect(auditFinding(withAspect)?.unknownProvisions).toContain("audit_right");
  });
});
