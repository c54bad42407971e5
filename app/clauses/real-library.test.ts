/** The clause library shipped in templates/: it loads, holds exactly the clauses of clauses.md, and renders. */
import { beforeAll, describe, expect, it } from "vitest";

import { COMPLETE_BASE_ANSWERS } from "./base-answers";
import type { ClauseLibrary } from "./library";
import { clearClauseLibraryCache, loadClauseLibrary, validateClauseLibraryRendering } from "./library.server";
import { checkClauseRendering, selectVariant } from "./rendering-check";
import { DEFAULT_LANGUAGE } from "./template";
import { computeVariables, renderText } from "./variables";
import { prune } from "~/questionnaire/answers";
import { evaluateCondition } from "~/rules/condition";

/** The clause ids of shared/design/clauses.md, written out by hand. */
const CLAUSE_IDS = [
  "written-commitment",
  "covered-services",
  "no-training",
  "feedback-excluded",
  "safety-review-limits",
  "usage-data",
  "retention-limit",
  "zero-data-retention",
  "deletion-on-termination",
  "personnel-access",
  "subprocessors",
  "data-residency",
  "security-reports",
  "breach-notification",
  "output-ownership",
  "output-ip-indemnity",
  "unconditional-assignment",
  "audit-verification",
  "change-control",
  "dpa",
  "international-transfers",
  "hipaa-baa",
  "glba-safeguards",
  "ccpa-service-provider",
  "confidentiality",
  "renewal-reconfirmation",
];

describe("the clause library in templates/", () => {
  let library: ClauseLibrary;
  beforeAll(() => {
    clearClauseLibraryCache();
    // Throws a ClauseLibraryError listing every problem with its file if templates/ is broken.
    library = loadClauseLibrary();
  });

  it("has exactly the 26 clauses of clauses.md, sorted by order", () => {
    expect(library.clauses.map((c) => c.id).sort()).toEqual([...CLAUSE_IDS].sort());
    const orders = library.clauses.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(library.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("has its definitions", () => {
    expect(library.definitions?.terms.length).toBeGreaterThan(5);
  });

  it("every clause has at least one fallback, a question and sources", () => {
    for (const c of library.clauses) {
      expect(c.fallbacks.length, c.id).toBeGreaterThan(0);
      expect(c.questions.length, c.id).toBeGreaterThan(0);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.reconfirmAtRenewal, c.id).not.toBe("");
    }
  });

  it("renders every clause in every variant with no variable left", () => {
    expect(validateClauseLibraryRendering(library)).toEqual([]);
    for (const clause of library.clauses) expect(checkClauseRendering(clause), clause.id).toEqual([]);
  });

  it("renders every variant against answers that select it, leaving no {{", () => {
    const variants = (id: string) => {
      const c = library.byId.get(id);
      return c ? [...c.variants.map((v) => v.id), ...(DEFAULT_LANGUAGE in c.language ? [DEFAULT_LANGUAGE] : [])] : [];
    };
    // One hand-picked answer set per variant would be brittle against new variants: search instead.
    const candidates = [
      COMPLETE_BASE_ANSWERS,
      {
        ...COMPLETE_BASE_ANSWERS,
        trainingRequirement: "optInOnly" as const,
        otherProductsInUse: ["consumer" as const],
      },
      {
        ...COMPLETE_BASE_ANSWERS,
        trainingRequirement: "aggregatedOnly" as const,
        backupsIncluded: false,
        subprocessorObjection: false,
      },
      {
        ...COMPLETE_BASE_ANSWERS,
        auditRight: "onsite" as const,
        humanReview: "none" as const,
        safetyReview: "notAcceptable" as const,
      },
      {
        ...COMPLETE_BASE_ANSWERS,
        transferMechanism: "none" as const,
        dataResidency: "other" as const,
        retentionRequirement: "zero" as const,
      },
      { ...COMPLETE_BASE_ANSWERS, transferMechanism: "dpf" as const, productLine: "consumer" as const },
      { ...COMPLETE_BASE_ANSWERS, transferMechanism: "ukIdta" as const, productLine: "unsure" as const },
      { ...COMPLETE_BASE_ANSWERS, transferMechanism: "unknown" as const, feedbackUse: "unknown" as const },
    ].map((a) => prune(a));
    let rendered = 0;
    for (const clause of library.clauses) {
      for (const variant of variants(clause.id)) {
        const answers = candidates.find(
          (a) => evaluateCondition(clause.appliesWhen, a) && selectVariant(clause, a) === variant,
        );
        if (!answers) continue; // checkClauseRendering above searches every combination
        const values = computeVariables(answers, "Anthropic");
        for (const t of [
          ...clause.language[variant],
          ...clause.fallbacks,
          clause.negotiationNote,
          ...clause.questions,
          clause.reconfirmAtRenewal,
        ]) {
          expect(renderText(t, values), `${clause.id} (${variant})`).not.toMatch(/\{\{|\}\}/);
        }
        rendered++;
      }
    }
    expect(rendered).toBeGreaterThanOrEqual(CLAUSE_IDS.length);
  });
});
