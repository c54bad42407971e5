import { describe, expect, it } from "vitest";

import { loadClauseLibrary } from "../clauses/library.server.ts";
import type { Answers } from "../questionnaire/answers.ts";
import type { ReviewEvaluation } from "../rules/evaluate.ts";
import { FINDINGS, FINDING_IDS } from "../rules/findings.ts";
import { evaluateAnswers } from "../use-cases/reviews/evaluate.server.ts";
import { getDb } from "../utils/db.server.ts";
import { FIXTURE_NAMES, fixtureAnswers } from "../../tests/support/fixtures.ts";
import { requestVoice } from "./question-voice.ts";
import {
  NOT_RECORDED,
  QUESTION_TOPICS,
  TOPIC_HEADINGS,
  buildVendorQuestionnaire,
  recordedParagraphs,
} from "./vendor-questionnaire.ts";

const evaluate = (answers: Answers): ReviewEvaluation => evaluateAnswers(getDb(), answers).evaluation;
const fixture = fixtureAnswers;

describe("the vendor questionnaire", () => {
  it("gives the same questions, numbers and ids for the same review every time", () => {
    const first = buildVendorQuestionnaire(evaluate(fixture("hospital-consumer-app")));
    const second = buildVendorQuestionnaire(evaluate(fixture("hospital-consumer-app")));
    expect(second).toEqual(first);
    expect(first.items.map((i) => i.id)).toContain("Q-no-training-1");
    expect(first.items.map((i) => i.id)).toContain("Q-sensitive-data-in-consumer-product");
  });

  it("keeps every other question's id when a finding's question goes, and when one comes", () => {
    const evaluation = evaluate(fixture("hospital-consumer-app"));
    const before = new Map(buildVendorQuestionnaire(evaluation).items.map((i) => [i.id, i.question]));
    const without: ReviewEvaluation = {
      ...evaluation,
      findings: evaluation.findings.filter((f) => f.id !== "sensitive-data-in-consumer-product"),
      vendorQuestions: evaluation.vendorQuestions.filter(
        (q) => !q.from.some((o) => o.id === "sensitive-data-in-consumer-product"),
      ),
    };
    const after = new Map(buildVendorQuestionnaire(without).items.map((i) => [i.id, i.question]));
    expect(after.has("Q-sensitive-data-in-consumer-product")).toBe(false);
    expect(after.size).toBe(before.size - 1);
    for (const [id, question] of after) expect(before.get(id), id).toBe(question);

    // One more question, asked at the top: the others keep theirs (their numbers move, their ids do not).
    const renewal = FINDINGS.find((f) => f.id === "renewal-date-missing")!;
    const more: ReviewEvaluation = {
      ...evaluation,
      vendorQuestions: [
        { question: renewal.vendorQuestion, from: [{ kind: "finding", id: renewal.id }] },
        ...evaluation.vendorQuestions,
      ],
    };
    const added = new Map(buildVendorQuestionnaire(more).items.map((i) => [i.id, i.question]));
    expect(added.size).toBe(before.size + 1);
    expect(added.get("Q-renewal-date-missing")).toBe(
      "Please state when the agreement renews, and how much notice is needed to stop an automatic renewal.",
    );
    for (const [id, question] of before) expect(added.get(id), id).toBe(question);
  });

  it.each(FIXTURE_NAMES)("%s: each question once, numbered in topic order, every one of the review's asked", (name) => {
    const evaluation = evaluate(fixture(name));
    const { items } = buildVendorQuestionnaire(evaluation);
    const asks = items.map((i) => i.question.toLowerCase().replace(/\s+/g, " "));
    expect(new Set(asks).size).toBe(items.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.map((i) => i.number)).toEqual(items.map((_, n) => n + 1));
    const ranks = items.map((i) => QUESTION_TOPICS.indexOf(i.topic));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const item of items) expect(item.topicHeading).toBe(TOPIC_HEADINGS[item.topic]);
    // Every question of the review is in it, in the questionnaire's voice (once, whichever origin asked it),
    // or made one with a question that holds it, in that one's words.
    const held = new Set(evaluation.vendorQuestions.map((q) => q.question));
    for (const q of evaluation.vendorQuestions) {
      const origins = items.filter((i) => q.from.every((o) => i.from.some((f) => f.kind === o.kind && f.id === o.id)));
      expect(origins.length, q.question).toBeGreaterThan(0);
      const words = origins.map((i) => i.question);
      if (!words.includes(requestVoice(q.question).text)) {
        const together = evaluation.vendorQuestions.filter(
          (other) => other !== q && origins.some((i) => other.from.every((o) => i.from.some((f) => f.id === o.id))),
        );
        expect(
          together.map((other) => requestVoice(other.question).text),
          q.question,
        ).toEqual(expect.arrayContaining([expect.toBeOneOf(words)]));
        held.delete(q.question);
      }
    }
    expect(items.length).toBe(held.size);
  });

  it.each(FIXTURE_NAMES)("%s: every question is a request in one voice", (name) => {
    for (const item of buildVendorQuestionnaire(evaluate(fixture(name))).items) {
      expect(item.question).toMatch(/^Please (confirm whether|state|send)[ ,]/);
      expect(item.question).not.toMatch(/\?|\bthe (Provider|Customer)\b(?! Data)/);
    }
  });

  it.each(FIXTURE_NAMES)("%s: what is recorded carries its source and date, or says it is not recorded", (name) => {
    const { items } = buildVendorQuestionnaire(evaluate(fixture(name)));
    const ids = new Map(items.map((i) => [i.id, i.number]));
    for (const item of items) {
      for (const term of item.recorded) {
        expect(term.statement).not.toBe("");
        expect(term.productLine).not.toBe("");
        expect(term.sources.length, item.id).toBeGreaterThan(0);
        for (const s of term.sources) {
          expect(s.citation).toMatch(/^.+ — .+$/);
          expect(s.date).not.toBe("");
        }
      }
      // A term is shown once, beside the first question it bears on; later ones point back to it.
      for (const see of item.seeAlso) {
        expect(ids.get(see.id)).toBe(see.number);
        expect(see.number).toBeLessThan(item.number);
      }
      const cell = recordedParagraphs(item);
      if (item.recorded.length === 0 && item.seeAlso.length === 0) expect(cell).toEqual([NOT_RECORDED]);
      else expect(cell.join("\n")).toMatch(/^(.+: .+\nSource: .+ — .+|See also what is recorded beside question \d+)/);
    }
  });

  it("shows what the catalog records of the vendor's terms beside the questions they bear on", () => {
    const { items } = buildVendorQuestionnaire(evaluate(fixture("hospital-consumer-app")));
    const zdr = items.find((i) => i.id === "Q-zero-data-retention-1")!;
    expect(zdr.recorded.map((t) => t.statement).join(" ")).toMatch(/not offered on consumer plans/);
    expect(recordedParagraphs(zdr)[1]).toMatch(
      /^Source: Data retention practices for Mythos-class models — Anthropic, /,
    );
    // Where the product line has no BAA, "will you sign one for it" is asked as "which lines have one".
    const baa = items.find((i) => i.id === "Q-hipaa-baa-1")!;
    expect(baa.question).toMatch(/^Please state which of your product lines are covered by a business associate/);
    expect(baa.from).toContainEqual({ kind: "finding", id: "baa-not-offered" });
    expect(recordedParagraphs(baa).join("\n")).toMatch(/\(secondary source\)$/);
    // The DPA asked once, in the finding's fuller words, at the clause's place; the clause's other questions follow.
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain("Q-dpa-missing");
    expect(items.find((i) => i.id === "Q-dpa-1")!.question).toMatch(
      /^Please send the data processing agreement that applies to the services, say whether it applies automatically/,
    );
    expect(ids.indexOf("Q-dpa-2")).toBe(ids.indexOf("Q-dpa-1") + 1);
    for (const gone of ["Q-no-audit-right", "Q-human-review-conflict", "Q-terms-changed-before", "Q-baa-not-offered"])
      expect(ids).not.toContain(gone);
    // Product line first: the move to a commercial line opens the questionnaire.
    expect(ids[0]).toBe("Q-sensitive-data-in-consumer-product");
  });

  it("for a vendor outside the catalog, records nothing: every question says so", () => {
    const { items } = buildVendorQuestionnaire(evaluate(fixture("other-vendor")));
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.recorded).toEqual([]);
      expect(recordedParagraphs(item)).toEqual([NOT_RECORDED]);
    }
  });

  it("asks once what a finding and a clause both ask in full, in the clause's words, with the clause's id", () => {
    const evaluation = evaluate(fixture("hospital-consumer-app"));
    const baaMissing = FINDINGS.find((f) => f.id === "baa-missing")!;
    const both: ReviewEvaluation = {
      ...evaluation,
      vendorQuestions: [
        { question: baaMissing.vendorQuestion, from: [{ kind: "finding", id: "baa-missing" }] },
        ...evaluation.vendorQuestions,
      ],
    };
    const alone = buildVendorQuestionnaire(evaluation).items;
    const merged = buildVendorQuestionnaire(both).items;
    expect(merged).toHaveLength(alone.length);
    expect(merged.some((i) => i.id === "Q-baa-missing")).toBe(false);
    const baa = merged.find((i) => i.id === "Q-hipaa-baa-1")!;
    expect(baa.question).toBe(alone.find((i) => i.id === "Q-hipaa-baa-1")!.question);
    expect(baa.from).toContainEqual({ kind: "finding", id: "baa-missing" });
  });

  it("asks DORA and the use by minors once each: the finding's question within the clause's first", () => {
    const insurer = buildVendorQuestionnaire(evaluate(fixture("eu-insurer-other-vendor"))).items;
    expect(insurer.map((i) => i.id)).not.toContain("Q-dora-ict-contract");
    const dora = insurer.find((i) => i.id === "Q-dora-ict-services-1")!;
    expect(dora.question).toMatch(/^Please confirm whether you will agree to the provisions of Article\s30 of DORA/);
    expect(dora.from).toContainEqual({ kind: "finding", id: "dora-ict-contract" });
    expect(dora.topic).toBe("regulatory");

    // Customers who may be under 18, for a vendor outside the catalog: the minimum age is not recorded, so
    // the finding asks, and its question is the clause's.
    const minors = buildVendorQuestionnaire(
      evaluate({ ...fixture("other-vendor"), endUsers: "customers", minorsPossible: true }),
    ).items;
    expect(minors.map((i) => i.id)).not.toContain("Q-minors-possible");
    const age = minors.find((i) => i.id === "Q-minors-safeguards-1")!;
    expect(age.question).toMatch(/^Please state whether you permit people under 18 to use .* through our products/);
    expect(age.from).toContainEqual({ kind: "finding", id: "minors-possible" });
  });

  it("cannot give two questions one id: no finding id is a clause id, or a clause's id and a number", () => {
    const clauseIds = loadClauseLibrary().clauses.map((c) => c.id);
    for (const finding of FINDING_IDS) {
      expect(clauseIds).not.toContain(finding);
      expect(finding).not.toMatch(/-\d+$/);
    }
  });
});
