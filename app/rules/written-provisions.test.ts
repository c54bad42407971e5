// The vendor's written answers as the rules read them: where the catalog records nothing for the line,
// and never over a catalog version.
import { describe, expect, it } from "vitest";

import type { VendorProvision } from "../catalog/types.ts";
import { answersWith, type AnswerOverrides } from "../../tests/support/test-answers.ts";
import { TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";
import { evaluateReview, exposureOf, type WrittenProvision } from "./evaluate.ts";

const EMPTY_LIBRARY = { clauses: [], version: "test" };
// The test catalog without Anthropic's API audit right: the rules read it as unknown.
const WITHOUT_AUDIT = TEST_PROVISIONS.filter((p) => !(p.vendorId === "anthropic" && p.key === "audit_right"));

const written = (value: string, changes: Partial<WrittenProvision> = {}): WrittenProvision => ({
  productLine: "api",
  key: "audit_right",
  value,
  statement: "Anthropic will accept one audit a year by an independent auditor.",
  questionId: "Q-audit-verification-1",
  answeredBy: "Jane Roe, Deputy General Counsel",
  answeredOn: "2027-03-01",
  document: "",
  ...changes,
});

function evaluate(
  overrides: AnswerOverrides,
  writtenProvisions: WrittenProvision[] = [],
  provisions: readonly VendorProvision[] = WITHOUT_AUDIT,
) {
  const answers = answersWith({ auditRight: "onsite", ...overrides });
  const vendorName = answers.vendorId === "other" ? (answers.vendorName ?? "") : "Anthropic";
  const input = { answers, provisions, vendorName, writtenProvisions };
  return { ...evaluateReview({ ...input, library: EMPTY_LIBRARY }), exposureOnly: exposureOf(input) };
}

const auditFinding = (r: ReturnType<typeof evaluate>) => r.findings.find((f) => f.id === "no-audit-right");

describe("a written answer settles an unknown for this review", () => {
  it("an audit right the catalog does not record is unknown, and asked", () => {
    const f = auditFinding(evaluate({}));
    expect(f?.status).toBe("unknown");
    expect(f?.unknownProvisions).toEqual(["audit_right"]);
    expect(f?.vendorQuestion).toBeDefined();
  });

  it("answered “yes”, the finding is not raised, and the exposure follows", () => {
    const before = evaluate({});
    const after = evaluate({}, [written("yes")]);
    expect(auditFinding(after)).toBeUndefined();
    expect(after.findings.length).toBe(before.findings.length - 1);
    expect(after.exposureOnly).toBe(after.exposure);
  });

  it("answered with a position that does not settle it, the finding is a gap whose source is the written answer", () => {
    const r = evaluate({}, [written("reports", { document: "Security addendum v2" })]);
    const f = auditFinding(r);
    expect(f?.status).toBe("gap");
    expect(f?.unknownProvisions).toEqual([]);
    // Not put to the vendor again: it has answered.
    expect(r.vendorQuestions.flatMap((q) => q.from)).not.toContainEqual({ kind: "finding", id: "no-audit-right" });
    const [evidence] = f!.because.provisions;
    expect(evidence).toMatchObject({
      known: true,
      key: "audit_right",
      productLine: "api",
      value: "reports",
      statement: "Anthropic will accept one audit a year by an independent auditor.",
      sourceTitle: "Anthropic’s written answer of 2027-03-01",
      sourceUrl: null,
      standing: "stated",
      writtenAnswer: { answeredBy: "Jane Roe, Deputy General Counsel", answeredOn: "2027-03-01" },
    });
    expect(evidence.known && evidence.sources).toEqual([
      {
        id: "written-answer",
        title: "Anthropic’s written answer of 2027-03-01",
        publisher: "Anthropic",
        kind: "primary",
        checkedOn: "2027-03-01",
        dateNote: "answered by Jane Roe, Deputy General Counsel, resting on “Security addendum v2”",
      },
    ]);
  });

  it("is never read over a catalog version", () => {
    const f = auditFinding(evaluate({}, [written("yes")], TEST_PROVISIONS));
    expect(f?.status).toBe("gap");
    expect(f?.because.provisions[0]).toMatchObject({ known: true, value: "none" });
    expect(f?.because.provisions[0]).not.toHaveProperty("writtenAnswer");
  });

  it("is read for a vendor outside the catalog", () => {
    const other = { vendorId: "other", vendorName: "Acme AI" } as const;
    expect(auditFinding(evaluate(other))?.status).toBe("unknown");
    const f = auditFinding(evaluate(other, [written("reports", { statement: "Acme AI sends its SOC 2 report." })]));
    expect(f?.status).toBe("gap");
    expect(f?.because.provisions[0]).toMatchObject({ sourceTitle: "Acme AI’s written answer of 2027-03-01" });
  });

  it("is not read where the product line is not known, nor for another line", () => {
    expect(auditFinding(evaluate({ productLine: "unsure" }, [written("yes")]))?.status).toBe("unknown");
    expect(auditFinding(evaluate({}, [written("yes", { productLine: "business" })]))?.status).toBe("unknown");
  });
});
