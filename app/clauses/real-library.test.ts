/** The clause library shipped in templates/: it loads, holds exactly the clauses of docs/specs/clause-ids.md, and renders. */
import { beforeAll, describe, expect, it } from "vitest";

import { COMPLETE_BASE_ANSWERS } from "./base-answers.ts";
import type { ClauseLibrary } from "./library.ts";
import { clearClauseLibraryCache, loadClauseLibrary, validateClauseLibraryRendering } from "./library.server.ts";
import { checkClauseRendering, clauseTexts, selectVariant } from "./rendering-check.ts";
import { DEFAULT_LANGUAGE } from "./template.ts";
import { computeVariables, renderText } from "./variables.ts";
import { prune, type Answers } from "../questionnaire/answers.ts";
import { evaluateCondition } from "../conditions/condition.ts";
import { CLAUSE_IDS } from "../../tests/support/fixture-expectations.ts";

describe("the clause library in templates/", () => {
  let library: ClauseLibrary;
  beforeAll(() => {
    clearClauseLibraryCache();
    // Throws a ClauseLibraryError listing every problem with its file if templates/ is broken.
    library = loadClauseLibrary();
  });

  it("has exactly the clauses of docs/specs/clause-ids.md, sorted by order", () => {
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

describe("counts in the clause library read as a lawyer writes them", () => {
  let library: ClauseLibrary;
  beforeAll(() => {
    clearClauseLibraryCache();
    library = loadClauseLibrary();
  });

  /** Every text of the clause, rendered in the variant these answers select. */
  const render = (id: string, overrides: Partial<Answers>) => {
    const clause = library.byId.get(id);
    if (!clause) throw new Error(`no clause ${id}`);
    const answers = prune({ ...COMPLETE_BASE_ANSWERS, ...overrides });
    expect(evaluateCondition(clause.appliesWhen, answers), id).toBe(true);
    const variant = selectVariant(clause, answers);
    if (!variant) throw new Error(`no variant of ${id}`);
    const values = computeVariables(answers, "Anthropic");
    const texts = clauseTexts(clause, variant).map((t) => renderText(t, values));
    return { variant, language: clause.language[variant].map((t) => renderText(t, values)), all: texts.join("\n") };
  };

  it.each([
    [1, "1 day", "1 day’s"],
    [30, "30 days", "30 days’"],
  ])("with %i: “%s” and “%s notice”", (n, count, possessive) => {
    const del = render("deletion-on-termination", { deletionDays: n });
    expect(del.language[0]).toContain(
      `Within ${count} after the expiry or termination of this Agreement, and at any earlier time within ${count} after the Customer’s written request,`,
    );
    expect(del.all).toContain(`Check that deletion within ${count} with written certification still applies`);

    const ret = render("retention-limit", { maxRetentionDays: n });
    expect(ret.variant).toBe("default");
    expect(ret.language[0]).toContain(`for more than ${count} after the Provider receives the Input`);
    expect(ret.language[1]).toContain(`no more than ${count} after the Customer deletes it`);

    const sub = render("subprocessors", { subprocessorNoticeDays: n });
    expect(sub.variant).toBe("withObjection");
    expect(sub.language[1]).toContain(
      `The Provider shall give the Customer at least ${possessive} prior written notice`,
    );

    const change = render("change-control", { changeNoticeDays: n });
    expect(change.variant).toBe("default");
    expect(change.language[1]).toContain(
      `The Provider shall give the Customer at least ${possessive} prior written notice`,
    );

    const breach = render("breach-notification", { breachNoticeHours: n });
    const hours = n === 1 ? "1 hour" : "30 hours";
    expect(breach.language[0]).toContain(`and in any event within ${hours} after the Provider`);
    expect(breach.all).toContain(`Check the notice period of ${hours} and the incident contacts`);
    expect(render("hipaa-baa", { breachNoticeHours: n }).language.join("\n")).toContain(`within ${hours} of discovery`);

    // reviewLeadDays starts at 7, so its singular is never printed; 30 reads as days.
    if (n > 1) {
      expect(render("renewal-reconfirmation", { reviewLeadDays: n }).language[0]).toMatch(
        /^No later than 30 days before each renewal or extension of the Term,/,
      );
    }

    for (const id of library.clauses.map((c) => c.id)) {
      const clause = library.byId.get(id)!;
      const answers = prune({
        ...COMPLETE_BASE_ANSWERS,
        deletionDays: n,
        maxRetentionDays: n,
        subprocessorNoticeDays: n,
        changeNoticeDays: n,
        breachNoticeHours: n,
      });
      if (!evaluateCondition(clause.appliesWhen, answers)) continue;
      const text = render(id, { ...answers }).all;
      expect(text, id).not.toMatch(/\b1 (days|hours)\b|\b1 days’|\b0 (days?|hours?)\b/);
    }
  });

  it("words a period of 0 without a number: notice before the change, nothing kept after delivery", () => {
    const sub = render("subprocessors", { subprocessorNoticeDays: 0 });
    expect(sub.variant).toBe("withObjectionNoNoticePeriod");
    expect(sub.language[1]).toMatch(
      /^The Provider shall give the Customer written notice of any intended addition or replacement of a Subprocessor,.* before the notice has been given\.$/,
    );
    expect(sub.language[2]).toContain("by written notice within 30 days after the Provider’s notice");
    // Buyers whose people are all in the US: the objection right only when asked for.
    const usOnly: Answers = { subprocessorNoticeDays: 0, subprocessorObjection: false, jurisdictions: ["usOther"] };
    expect(render("subprocessors", usOnly).variant).toBe("noticeOnlyNoNoticePeriod");
    // With the DPA in its GDPR variant, GDPR Art. 28(2) puts the objection right in whatever the answer.
    expect(render("subprocessors", { subprocessorNoticeDays: 0, subprocessorObjection: false }).variant).toBe(
      "withObjectionNoNoticePeriod",
    );

    const change = render("change-control", { changeNoticeDays: 0 });
    expect(change.variant).toBe("noNoticePeriod");
    expect(change.language[1]).toContain(
      "by email to the contact the Customer designates, before the change takes effect.",
    );

    const ret = render("retention-limit", { maxRetentionDays: 0 });
    expect(ret.variant).toBe("noRetentionPeriod");
    expect(ret.language[0]).toContain("after the Output has been delivered to the Customer");
    for (const r of [sub, change, ret]) expect(r.all).not.toMatch(/\b0 (days?|hours?)/);
  });
});
