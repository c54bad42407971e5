/**
 * The defects a counsel found in the version-1 clause library (counsel-review.md and clauses.md, "Existing
 * clauses get what counsel found missing"), each checked against templates/ so that it cannot come back.
 */
import { beforeAll, describe, expect, it } from "vitest";

import type { ClauseLibrary } from "./library.ts";
import { clearClauseLibraryCache, loadClauseLibrary } from "./library.server.ts";
import { clauseTexts } from "./rendering-check.ts";
import { computeVariables, renderText } from "./variables.ts";
import { evaluateReview, type ClauseResult } from "../rules/evaluate.ts";
import { answersWith, PERSONAL_EEA, type AnswerOverrides } from "../../tests/support/test-answers.ts";
import { TEST_PROVISIONS } from "../../tests/support/test-provisions.ts";

let library: ClauseLibrary;
beforeAll(() => {
  clearClauseLibraryCache();
  library = loadClauseLibrary();
});

const clause = (id: string) => {
  const c = library.byId.get(id);
  if (!c) throw new Error(`no clause ${id}`);
  return c;
};
const definition = (term: string) => library.definitions?.terms.find((t) => t.term === term)?.text ?? "";

function evaluate(overrides: AnswerOverrides) {
  return evaluateReview({
    answers: answersWith(overrides),
    provisions: TEST_PROVISIONS,
    library,
    vendorName: "Anthropic",
  });
}
const selected = (overrides: AnswerOverrides, id: string): ClauseResult | undefined =>
  evaluate(overrides).clauses.find((c) => c.id === id);
const language = (c: ClauseResult | undefined) => c?.rendered.language.join("\n") ?? "";

/** Every text of every variant of every clause, unrendered: language, fallbacks, note, questions, renewal line. */
const everyText = () =>
  library.clauses.flatMap((c) =>
    [...c.variants.map((v) => v.id), ...("default" in c.language ? ["default"] : [])].flatMap((v) =>
      clauseTexts(c, v).map((text) => ({ id: c.id, text })),
    ),
  );

describe("negotiation notes", () => {
  it("none says “together with price and term” or names a “walk-away point”", () => {
    for (const c of library.clauses) {
      expect(c.negotiationNote, c.id).not.toMatch(/price and term/i);
      expect(c.negotiationNote, c.id).not.toMatch(/walk-away/i);
    }
  });

  it("no sentence is shared by two notes, and each note is three to five sentences", () => {
    const seen = new Map<string, string>();
    for (const c of library.clauses) {
      const sentences = c.negotiationNote.split(/(?<=[.!?])\s+(?=[A-Z“])/);
      expect(sentences.length, c.id).toBeGreaterThanOrEqual(3);
      expect(sentences.length, c.id).toBeLessThanOrEqual(5);
      for (const s of sentences) {
        expect(seen.get(s), `${c.id} repeats a sentence of ${seen.get(s)}: ${s}`).toBeUndefined();
        seen.set(s, c.id);
      }
    }
  });
});

describe("defined terms", () => {
  it("defines the shared terms the clauses use, once, and the clauses use the defined forms", () => {
    for (const term of [
      "Permanently Delete",
      "Effective Date",
      "Usage Policy",
      "Misuse Record",
      "Data Misuse Event",
      "Security Incident",
      "Renewal",
    ])
      expect(
        library.definitions?.terms.filter((t) => t.term === term),
        term,
      ).toHaveLength(1);
    for (const { id, text } of everyText()) {
      expect(text, id).not.toMatch(/permanently delet/);
      expect(text, id).not.toMatch(/effective date of this Agreement/i);
      expect(text, id).not.toMatch(/\busage polic(y|ies)\b/);
      expect(text, id).not.toMatch(/commercial terms in effect/i);
    }
    // retention-limit no longer defines deletion for itself
    expect(clauseTexts(clause("retention-limit"), "default").join(" ")).not.toMatch(/In this clause, to “/);
  });

  it("a Security Incident is a breach of security, not any breach of the commitments; unsuccessful attempts are out", () => {
    expect(definition("Security Incident")).not.toMatch(/in breach of the Data Commitments/);
    expect(definition("Security Incident")).toMatch(/unsuccessful log-on attempts/);
    expect(definition("Data Misuse Event")).toMatch(/Model Improvement/);
    for (const v of ["never", "optInOnly", "aggregatedOnly"]) {
      const text = clause("no-training").language[v].join(" ");
      expect(text, v).toMatch(/is a Data Misuse Event/);
      expect(text, v).not.toMatch(/is a Security Incident/);
    }
  });

  it("Feedback is the rating, not the content it rates; a Renewal is a term renewal or a material expansion", () => {
    expect(definition("Feedback")).not.toMatch(/together with the Inputs and Outputs/);
    expect(definition("Renewal")).not.toMatch(/any new order form|any increase in scope or volume/);
    expect(definition("Renewal")).toMatch(/only adds seats, usage or volume .* is not a Renewal/);
  });

  it("a party’s name ending in “Inc.” prints no double stop", () => {
    const values = computeVariables(answersWith({ buyerName: "Acme Health, Inc." }), "Writer, Inc.");
    for (const t of library.definitions?.terms ?? []) expect(renderText(t.text, values), t.term).not.toMatch(/\.\./);
  });
});

describe("the clauses counsel asked to change", () => {
  it("written-commitment states a purpose for processing even where no-training is not in the pack", () => {
    const r = evaluate({ trainingRequirement: "noRequirement" });
    expect(r.clauses.map((c) => c.id)).not.toContain("no-training");
    const text = language(r.clauses.find((c) => c.id === "written-commitment"));
    expect(text).not.toMatch(/only as the Data Commitments expressly permit/);
    expect(text).toMatch(/shall Process Customer Data only \(a\) to provide the Services to the Customer/);
    expect(text).toMatch(/“Permitted Purposes”/);
    // A later document signed by both parties that names the clause may vary it.
    expect(text).toMatch(/signed by authorized representatives of both parties after the Effective Date/);
  });

  it("no-training has a model-level remedy in every variant, and “shall ensure” rather than “shall not permit”", () => {
    for (const v of ["never", "optInOnly", "aggregatedOnly"]) {
      const text = clause("no-training").language[v].join(" ");
      expect(text, v).toMatch(/retraining it without that Customer Data/);
      expect(text, v).toMatch(/deleting it or permanently retiring it/);
      expect(text, v).toMatch(/at its own cost/);
      expect(text, v).not.toMatch(/shall not permit/);
    }
  });

  it("one rule of precedence between retention periods, in the same words in the three retention clauses", () => {
    const rule = clause("retention-limit").language.default.find((p) => p.includes("the shortest applicable period"));
    expect(rule).toBeDefined();
    for (const id of ["retention-limit", "safety-review-limits", "zero-data-retention"]) {
      const c = clause(id);
      for (const [variant, paragraphs] of Object.entries(c.language))
        expect(paragraphs, `${id} ${variant}`).toContain(rule);
    }
    // Flagged Content no longer kept 30 days against a shorter limit: 30 days only where nothing shorter applies.
    expect(clause("safety-review-limits").language.abuseDetectionOnly.join(" ")).toMatch(
      /at the end of the shortest period .* or, where this Agreement sets no such period, no later than 30 days/,
    );
    expect(definition("Misuse Record")).toMatch(/contains no content of any Input or Output/);
    expect(definition("Misuse Record")).toMatch(/no later than 12 months/);
  });

  it("deletion-on-termination names the artefacts built from Customer Data", () => {
    for (const [variant, paragraphs] of Object.entries(clause("deletion-on-termination").language))
      for (const word of ["weights", "adapter", "embedding", "retrieval index", "memory", "cache"])
        expect(paragraphs[0], `${variant}: ${word}`).toContain(word);
  });

  it("output-ownership: Outputs not unique, no assertion against others’ similar output; the indemnity has remedies", () => {
    const own = clause("output-ownership").language.default.join(" ");
    expect(own).toMatch(/Outputs may not be unique/);
    expect(own).toMatch(/shall not assert its rights in an Output against the Provider or another user/);
    expect(clause("output-ownership").fallbacks.join(" ")).not.toMatch(/an exclusive/);
    expect(clause("output-ip-indemnity").language.default.join(" ")).toMatch(
      /\(a\) procure .*\(b\) modify .*\(c\) replace .*refund/,
    );
  });

  it("audit-verification gives the Customer’s regulators access in both variants", () => {
    for (const paragraphs of Object.values(clause("audit-verification").language))
      expect(paragraphs.join(" ")).toMatch(
        /any regulator or supervisory authority with jurisdiction over the Customer/,
      );
  });

  it("change-control covers use-restricting Usage Policy changes and asks no advance notice of favourable ones", () => {
    const text = clause("change-control").language.default.join(" ");
    expect(text).toMatch(/“Restrictive Policy Change”/);
    expect(text).not.toMatch(/whether or not the change is less protective/);
  });

  it("ccpa-service-provider enumerates the business purposes and drops the legacy certification", () => {
    const text = clause("ccpa-service-provider").language.default.join(" ");
    expect(text).not.toMatch(/receiving the Services described in this Agreement/);
    expect(text).toMatch(/\(a\) generating Outputs .*\(g\) calculating and invoicing fees/);
    for (const c of library.clauses)
      for (const paragraphs of Object.values(c.language))
        expect(paragraphs.join(" "), c.id).not.toMatch(/certifies that it understands/);
  });

  it("confidentiality no longer says “whether or not the Output was generated by the Provider’s systems”", () => {
    expect(clause("confidentiality").language.default.join(" ")).not.toMatch(/generated by the Provider’s systems/);
  });

  it("personnel-access asks for role-based access and access summaries, not named staff", () => {
    for (const paragraphs of Object.values(clause("personnel-access").language)) {
      const text = paragraphs.join(" ");
      expect(text).not.toMatch(/named Personnel/);
      expect(text).toMatch(/role-based access controls/);
      expect(text).toMatch(/written summary of access/);
    }
  });
});

describe("sources", () => {
  const GDPR = /GDPR|2016\/679/;
  // Every clause that can apply to a buyer whose people are all in the US, each in its widest form.
  const US_ONLY: AnswerOverrides = {
    dataCategories: ["personal", "phi", "sourceCode"],
    jurisdictions: ["california", "usOther"],
    dpaStatus: "needed",
    baaStatus: "needed",
    trainingRequirement: "never",
    feedbackUse: "yes",
    safetyReview: "abuseDetectionOnly",
    usageDataLimits: true,
    retentionRequirement: "limited",
    maxRetentionDays: 14,
    deletionOnTermination: true,
    deletionDays: 30,
    backupsIncluded: true,
    humanReview: "safetyOnly",
    subprocessorObjection: true,
    dataResidency: "us",
    certifications: ["soc2type2"],
    outputOwnership: "assignmentRequired",
    ipIndemnity: true,
    unconditionalAssignment: true,
    auditRight: "onsite",
    changeControl: true,
    changeNoticeDays: 30,
    reconfirmAtRenewal: true,
  };

  it.each([
    ["with backups, on-site audit", {}],
    ["without backups, reports", { backupsIncluded: false, auditRight: "reports" }],
  ] as const)("a US-only buyer’s clauses cite no GDPR source (%s)", (_name, more: AnswerOverrides) => {
    const clauses = evaluate({ ...US_ONLY, ...more }).clauses;
    for (const id of [
      "breach-notification",
      "deletion-on-termination",
      "audit-verification",
      "data-residency",
      "subprocessors",
      "dpa",
    ])
      expect(
        clauses.map((c) => c.id),
        id,
      ).toContain(id);
    for (const c of clauses) expect(c.sources.map((s) => s.title).join("\n"), c.id).not.toMatch(GDPR);
  });

  it("a buyer with people in the EEA gets the GDPR wording and its source for breach notification and deletion", () => {
    const eu = { ...PERSONAL_EEA, deletionOnTermination: true, deletionDays: 30, backupsIncluded: true };
    const breach = selected(eu, "breach-notification")!;
    expect(breach.variant).toBe("gdpr");
    expect(language(breach)).toMatch(/Article\s33\(3\)\sof\sthe\sGDPR/);
    expect(breach.sources.map((s) => s.title).join(" ")).toMatch(GDPR);
    const deletion = selected(eu, "deletion-on-termination")!;
    expect(deletion.variant).toBe("withBackupsGdpr");
    expect(deletion.sources.map((s) => s.title).join(" ")).toMatch(/Article\s28\(3\)\(g\)/);
  });

  it("cites no seed or file id and no publisher or vendor left empty", () => {
    for (const c of library.clauses)
      for (const s of c.sources) {
        expect(s.title, c.id).not.toMatch(/\b\d{3}_[0-9a-f]{16}\b|\bseed\b/i);
        if (s.vendor !== undefined) expect(s.vendor, c.id).toMatch(/^[a-z]+$/);
      }
  });
});
