import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { createTestUser } from "../../../tests/support/test-context.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { testSource } from "../../../tests/support/test-provisions.ts";
import { paragraphs, part, readDocx, tables } from "../../../tests/support/read-docx.ts";
import type { ProductLine } from "../../catalog/types.ts";
import { listReviewEvents } from "../../models/audit.server.ts";
import { recordProvisionChange } from "../../models/catalog.server.ts";
import { getAgreement, listOutcomes } from "../../models/negotiation.server.ts";
import { getReview } from "../../models/review.server.ts";
import { listVendorAnswers, recordTypedAnswer } from "../../models/vendor-answers.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import type { Db } from "../../utils/db.server.ts";
import { startReReview } from "../renewals/start-re-review.server.ts";
import { startReview } from "../reviews/answers.server.ts";
import { evaluateAnswers } from "../reviews/evaluate.server.ts";
import { agreedPage, recordAgreedFromForm } from "./agreed.server.ts";
import { checklistDocx, reconfirmationOf } from "./reconfirmation.server.ts";

const bank = (): Answers =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

const NOW = new Date("2026-12-01T10:00:00Z");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function setUp() {
  const db = freshDb();
  const user = createTestUser("legal", db);
  const actor = { id: user.id, name: user.name };
  const review = startReview(db, { ...bank(), renewalDate: "2027-06-30", renewalOwner: "Mette" });
  return { db, actor, review };
}

function record(db: Db, reviewId: string, fields: Record<string, string>, actor: { id: string; name: string }) {
  return recordAgreedFromForm(db, reviewId, form(fields), actor, NOW);
}

describe("recording what was agreed", () => {
  it("records each position with the wording agreed, who and when, and audits it", () => {
    const { db, actor, review } = setUp();
    const clauses = evaluateAnswers(db, review.answers).evaluation.clauses;
    const noTraining = clauses.find((c) => c.id === "no-training")!;

    expect(record(db, review.id, { intent: "outcome", clauseId: "no-training", position: "primary" }, actor)).toEqual({
      redirect: `/reviews/${review.id}/agreed?recorded=no-training#clause-no-training`,
    });
    expect(
      record(db, review.id, { intent: "outcome", clauseId: "audit-verification", position: "fallback-1" }, actor),
    ).toHaveProperty("redirect");
    const other = "The Provider shall not train on “Customer Data” — ever.\n\tSigned ü 😀";
    record(db, review.id, { intent: "outcome", clauseId: "dpa", position: "other", wording: other }, actor);
    record(
      db,
      review.id,
      {
        intent: "outcome",
        clauseId: "liability-and-insurance",
        position: "riskAccepted",
        approver: "Chief Risk Officer",
        reason: "The vendor’s cap is accepted for a pilot.",
        expiresOn: "2027-06-30",
      },
      actor,
    );
    record(db, review.id, { intent: "outcome", clauseId: "model-changes", position: "conceded" }, actor);

    const outcomes = listOutcomes(db, review.id);
    expect(outcomes.map((o) => [o.clauseId, o.position, o.fallback, o.recordedBy])).toEqual([
      ["no-training", "primary", null, actor.name],
      ["audit-verification", "fallback", 1, actor.name],
      ["dpa", "other", null, actor.name],
      ["liability-and-insurance", "riskAccepted", null, actor.name],
      ["model-changes", "conceded", null, actor.name],
    ]);
    // The primary language, numbered as the memo numbers it; a fallback's text; other wording exactly as typed.
    const index = clauses.indexOf(noTraining);
    expect(outcomes[0].wording.split("\n\n")).toEqual(
      noTraining.rendered.language.map((text, i) => `${index + 1}.${i + 1} ${text}`),
    );
    expect(outcomes[1].wording).toBe(clauses.find((c) => c.id === "audit-verification")!.rendered.fallbacks[1]);
    expect(outcomes[2].wording).toBe(other);
    expect(outcomes[3]).toMatchObject({ approver: "Chief Risk Officer", expiresOn: "2027-06-30", wording: "" });

    const events = listReviewEvents(db, review.id).filter((e) => e.action === "negotiation.outcome_recorded");
    expect(events.map((e) => e.what)).toEqual(
      expect.arrayContaining([
        `Recorded what was agreed for “${noTraining.title}”: Primary language agreed`,
        expect.stringMatching(/: Fallback \(b\) agreed$/),
        expect.stringMatching(/: Risk accepted by Chief Risk Officer until 2027-06-30$/),
      ]),
    );
    expect(events.every((e) => e.actor === actor.name)).toBe(true);

    // Correcting one replaces it, and the history says what it was.
    record(db, review.id, { intent: "outcome", clauseId: "no-training", position: "fallback-0" }, actor);
    expect(listOutcomes(db, review.id).find((o) => o.clauseId === "no-training")).toMatchObject({
      position: "fallback",
      fallback: 0,
    });
    expect(listReviewEvents(db, review.id).at(-1)?.what).toMatch(
      /Fallback \(a\) agreed \(it was: Primary language agreed\)$/,
    );
    db.$client.close();
  });

  it("refuses a post with a problem, naming the field, and changes nothing", () => {
    const { db, actor, review } = setUp();
    const refused = (fields: Record<string, string>) => {
      const outcome = record(db, review.id, { intent: "outcome", clauseId: "dpa", ...fields }, actor);
      if ("redirect" in outcome) throw new Error("recorded");
      return outcome;
    };
    expect(refused({}).body).toMatchObject({ errors: { position: expect.stringContaining("Choose what was agreed") } });
    expect(refused({ position: "fallback-3" }).body).toMatchObject({
      errors: { fallback: "Choose one of the clause’s fallbacks, (a) to (c)." },
    });
    expect(refused({ position: "other", wording: "   " }).body).toMatchObject({
      errors: { wording: "Enter the wording agreed." },
    });
    expect(refused({ position: "other", wording: "bell \u0007" }).body).toMatchObject({
      errors: { wording: expect.stringContaining("U+0007") },
    });
    const risk = refused({ position: "riskAccepted", reason: "Pilot", expiresOn: "2026-11-30" });
    expect(risk.status).toBe(400);
    expect(risk.body).toMatchObject({
      errors: { approver: "Enter who accepted the risk.", expiresOn: expect.stringContaining("must be after today") },
      values: { reason: "Pilot", expiresOn: "2026-11-30" },
    });
    expect(
      refused({ position: "riskAccepted", approver: "A", reason: "B", expiresOn: "2027-02-30" }).body,
    ).toMatchObject({ errors: { expiresOn: expect.stringContaining("a date that exists") } });
    const stranger = record(
      db,
      review.id,
      { intent: "outcome", clauseId: "no-such-clause", position: "primary" },
      actor,
    );
    expect(stranger).toMatchObject({ status: 400, body: { intent: "form" } });
    expect(record(db, review.id, { position: "primary" }, actor)).toMatchObject({ status: 400 });

    const agreement = (fields: Record<string, string>) =>
      record(db, review.id, { intent: "agreement", ...fields }, actor) as { status: number; body: unknown };
    expect(agreement({ title: "", signedOn: "2026-13-01", termMonths: "0" }).body).toMatchObject({
      errors: {
        title: "Enter title of the signed agreement.",
        signedOn: expect.stringContaining("YYYY-MM-DD"),
        termMonths: "The term must be between 1 and 240 months.",
      },
    });
    expect(agreement({ title: "MSA", signedOn: "2026-12-02", termMonths: "12" }).body).toMatchObject({
      errors: { signedOn: expect.stringContaining("cannot be after today") },
    });
    expect(agreement({ title: "MSA", signedOn: "2026-11-02", termMonths: "1.5" }).body).toMatchObject({
      errors: { termMonths: expect.stringContaining("whole number") },
    });

    expect(listOutcomes(db, review.id)).toEqual([]);
    expect(getAgreement(db, review.id)).toBeNull();
    expect(listReviewEvents(db, review.id).some((e) => e.action.startsWith("negotiation."))).toBe(false);
    db.$client.close();
  });

  it("records the signed agreement, with its term's end, and corrects it", () => {
    const { db, actor, review } = setUp();
    const post = { intent: "agreement", title: "Master Services Agreement", signedOn: "2026-03-15", termMonths: "12" };
    expect(record(db, review.id, post, actor)).toHaveProperty("redirect");
    const page = agreedPage(db, review.id, new URLSearchParams());
    if (!page.complete) throw new Error("draft");
    expect(page.agreement).toMatchObject({
      title: "Master Services Agreement",
      endsOn: "2027-03-14",
      recordedBy: actor.name,
    });
    record(db, review.id, { ...post, termMonths: "24" }, actor);
    expect(getAgreement(db, review.id)?.termMonths).toBe(24);
    expect(listReviewEvents(db, review.id).at(-1)?.what).toBe(
      "Corrected the signed agreement “Master Services Agreement”, signed 2026-03-15, for 24 months",
    );
    db.$client.close();
  });

  it("is refused for a draft, whose pack is not settled", () => {
    const db = freshDb();
    const { renewalDate: _, ...answers } = bank();
    const draft = startReview(db, { ...answers, trainingRequirement: undefined } as Answers);
    expect(draft.status).toBe("draft");
    expect(recordAgreedFromForm(db, draft.id, form({ intent: "agreement" }), null, NOW)).toMatchObject({ status: 409 });
    expect(agreedPage(db, draft.id, new URLSearchParams())).toMatchObject({ complete: false });
    db.$client.close();
  });
});

describe("the reconfirmation checklist", () => {
  it("sets each position agreed against the vendor's terms then and now, in the re-review and its .docx", async () => {
    const { db, actor, review } = setUp();
    record(db, review.id, { intent: "outcome", clauseId: "audit-verification", position: "fallback-0" }, actor);
    record(db, review.id, { intent: "outcome", clauseId: "no-training", position: "primary" }, actor);
    record(
      db,
      review.id,
      { intent: "outcome", clauseId: "change-control", position: "other", wording: "Changes need 90 days’ notice." },
      actor,
    );
    // The vendor answered one question in writing.
    recordTypedAnswer(
      db,
      review.id,
      {
        questionId: "Q-dpa-1",
        question: "Please state which data processing agreement applies.",
        answer: "The DPA of 2025-02-24 applies automatically.",
        document: "Data Processing Addendum",
        answeredBy: "Ines Vendor",
        answeredOn: "2026-11-25",
      },
      actor,
    );
    const started = startReReview(db, review.id, actor);
    if (started.kind !== "started") throw new Error(started.kind);
    // The re-review starts from the vendor's written answers, as they were given.
    expect(listVendorAnswers(db, started.review.id)).toMatchObject([
      {
        questionId: "Q-dpa-1",
        answer: "The DPA of 2025-02-24 applies automatically.",
        answeredBy: "Ines Vendor",
        answeredOn: "2026-11-25",
        via: "carried",
      },
    ]);
    // The re-review starts from the positions agreed.
    expect(listOutcomes(db, started.review.id).map((o) => o.clauseId)).toEqual([
      "audit-verification",
      "no-training",
      "change-control",
    ]);

    // After the review, the vendor's published audit terms change.
    const target = { vendorId: review.answers.vendorId!, productLine: review.answers.productLine as ProductLine };
    recordProvisionChange(
      db,
      actor,
      { ...target, key: "audit_right" },
      {
        value: "yes",
        statement: "Customers may audit on 30 days' notice.",
        ...testSource("Terms 2027"),
        effectiveOn: "2027-01-01",
      },
    );

    const reReview = getReview(db, started.review.id)!;
    const r = reconfirmationOf(db, reReview)!;
    expect(r.agreed.id).toBe(review.id);
    expect(r.owner).toMatch(/^Mette\b/);
    const clauses = evaluateAnswers(db, review.answers).evaluation.clauses;
    const number = (id: string) => clauses.findIndex((c) => c.id === id) + 1;
    // In the memo's clause order, numbered as there.
    expect(r.rows.map((row) => [row.clause, row.position, row.changed])).toEqual([
      [`${number("no-training")}. No training on Customer Data`, "Primary language agreed", false],
      [
        `${number("audit-verification")}. ${clauses.find((c) => c.id === "audit-verification")!.title}`,
        "Fallback (a) agreed",
        true,
      ],
      [
        `${number("change-control")}. ${clauses.find((c) => c.id === "change-control")!.title}`,
        "Other wording agreed",
        false,
      ],
    ]);
    const audit = r.rows[1].published.find((p) => p.key === "audit_right")!;
    expect(audit.changed).toBe(true);
    expect(audit.now).toMatch(
      /^Customers may audit on 30 days' notice\. \(version \d+, recorded \d{4}-\d{2}-\d{2}, effective 2027-01-01\)$/,
    );
    expect(audit.then).not.toBe(audit.now);
    expect(r.rows[1].reAsk?.id).toMatch(/^Q-audit-verification-\d$/);
    expect(r.rows[2].wording).toBe("Changes need 90 days’ notice.");
    expect(r.newQuestions).toEqual([]);

    // The re-review's page says which agreed commitments the change touches.
    const { catalogChangesForReReview } = await import("../renewals/catalog-changes.server.ts");
    const changes = catalogChangesForReReview(db, reReview);
    if (changes?.kind !== "changes") throw new Error("no changes");
    expect(changes.changes.find((c) => c.key === "audit_right")?.touches).toEqual([
      { clauseTitle: r.rows[1].clause.replace(/^\d+\. /, ""), position: "Fallback (a) agreed" },
    ]);

    // The .docx reads back: the facts, one row per position with its box, the change in words, the question.
    const result = await checklistDocx(db, reReview.id, "Lee Legal", NOW);
    if ("refused" in result) throw new Error(result.refused);
    expect(result.name).toMatch(/^Reconfirmation checklist - .* - Anthropic - 2026-12-01\.docx$/);
    const doc = part(await readDocx(result.file), "word/document.xml");
    const text = paragraphs(doc).map((p) => p.text);
    expect(text).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Renewal owner: Mette\b/), "Questions new since the last review"]),
    );
    const [table] = tables(doc);
    expect(table[0]).toEqual([
      "Done",
      "Commitment as agreed",
      "Vendor’s published position: then → now",
      "Check, and re-ask in writing",
    ]);
    // Each position: its row, then the wording agreed across the row under it.
    expect(table).toHaveLength(1 + 2 * 3);
    const at = table.findIndex((cells) => cells[1]?.includes("Fallback (a) agreed"));
    expect(table[at][0]).toBe("☐");
    expect(table[at][2]).toContain("Audit right: CHANGED");
    expect(table[at][2]).toContain("Now: Customers may audit on 30 days' notice.");
    expect(table[at][3]).toContain(r.rows[1].reAsk!.id);
    expect(table[at + 1][1]).toBe(`As agreed:\n${r.rows[1].wording}`);
    expect(table.at(-1)![1]).toBe("As agreed:\nChanges need 90 days’ notice.");
    // The same checklist at the same time gives the same bytes.
    const again = await checklistDocx(db, reReview.id, "Lee Legal", NOW);
    expect("file" in again && again.file.equals(result.file)).toBe(true);
    db.$client.close();
  });

  it("lists the questions asked now that were not asked then", () => {
    const { db, actor, review } = setUp();
    const started = startReReview(db, review.id, actor);
    if (started.kind !== "started") throw new Error(started.kind);
    // At renewal, minors may now use the service: the questionnaire asks about it.
    const answers = {
      ...getReview(db, started.review.id)!.answers,
      minorsPossible: true,
      renewalDate: "2028-06-30",
    } as Answers;
    db.$client.prepare("update reviews set answers = ? where id = ?").run(JSON.stringify(answers), started.review.id);
    const r = reconfirmationOf(db, getReview(db, started.review.id)!)!;
    expect(r.newQuestions.length).toBeGreaterThan(0);
    expect(r.newQuestions.every((q) => /^Q-/.test(q.id))).toBe(true);
    expect(r.newQuestions.map((q) => q.id)).toEqual(expect.arrayContaining([expect.stringMatching(/minors/)]));
    db.$client.close();
  });
});
