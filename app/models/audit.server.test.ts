import { describe, expect, it } from "vitest";
import { createTestUser } from "../../tests/support/test-context.ts";
import { PUBLIC_DATA_REVIEW } from "../../tests/support/test-answers.ts";
import { freshDb } from "../../tests/support/test-db.ts";
import { listReviewEvents, listRecentEvents, recordEvent } from "./audit.server.ts";
import { recordProvisionChange } from "./catalog.server.ts";
import { packForReview } from "../use-cases/packs/download-pack.server.ts";
import { actorOf } from "./user.server.ts";
import { recordAnswersExport } from "./review.server.ts";
import { startReview, replaceReviewAnswers, saveAnswers } from "../use-cases/reviews/answers.server.ts";
import { testSource } from "../../tests/support/test-provisions.ts";

describe("the audit trail", () => {
  it("is append-only: the database refuses to change or remove an event", () => {
    const db = freshDb();
    recordEvent(db, null, "user.sign_in_failed", { email: "x@example.com" });
    expect(() => db.$client.prepare("update audit_events set actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.$client.prepare("delete from audit_events").run()).toThrow(/append-only/);
    expect(listRecentEvents(db, "user.")).toMatchObject([{ actor: null, details: { email: "x@example.com" } }]);
  });

  it("tells a review's story: who started it, saved which step, imported, exported, generated which pack", async () => {
    const db = freshDb();
    const pat = actorOf(createTestUser("procurement", db));
    const lee = actorOf(createTestUser("legal", db));
    const review = startReview(db, {}, { by: pat });
    expect(review.createdBy).toBe(pat.name);
    saveAnswers(db, review.id, {
      expectedVersion: 1,
      answers: { buyerName: "Example Corp" },
      step: "context",
      by: pat,
    });
    // Unchanged answers write nothing, and so record nothing; a refused (stale) save neither.
    saveAnswers(db, review.id, {
      expectedVersion: 2,
      answers: { buyerName: "Example Corp" },
      step: "context",
      by: pat,
    });
    saveAnswers(db, review.id, { expectedVersion: 1, answers: { buyerName: "Stale" }, step: "context", by: pat });
    replaceReviewAnswers(db, review.id, { expectedVersion: 2, answers: PUBLIC_DATA_REVIEW, by: pat });
    recordAnswersExport(db, review.id, lee);
    const current = { ...review, answers: PUBLIC_DATA_REVIEW, version: 3 };
    const { record } = await packForReview(db, current, { by: lee });
    expect(record.generatedBy).toBe(lee.name);
    // The recorded pack again: nothing new generated, nothing recorded.
    expect((await packForReview(db, current, { by: lee })).created).toBe(false);

    const history = listReviewEvents(db, review.id);
    expect(history.map((e) => [e.actor, e.what])).toEqual([
      [pat.name, "Started the review"],
      [pat.name, "Saved the step “The purchase”"],
      [pat.name, "Replaced the answers with an answers file"],
      [lee.name, "Downloaded the answers file"],
      [lee.name, `Generated the negotiation memo (SHA-256 ${record.sha256})`],
    ]);
  });

  it("records a catalog change in the transaction that makes it, and nothing for a product line that does not exist", () => {
    const db = freshDb();
    const lee = actorOf(createTestUser("legal", db));
    const input = { value: "30 days", statement: "Kept for 30 days.", ...testSource("Terms"), checkedOn: "2026-05-01" };
    expect(
      recordProvisionChange(db, lee, { vendorId: "nobody", productLine: "api", key: "retention" }, input),
    ).toBeNull();
    expect(listRecentEvents(db, "catalog.")).toEqual([]);
    const recorded = recordProvisionChange(
      db,
      lee,
      { vendorId: "anthropic", productLine: "api", key: "retention" },
      input,
    );
    expect(recorded).toMatchObject({ value: "30 days", version: expect.any(Number) });
    const [event] = listRecentEvents(db, "catalog.");
    expect(event.what).toBe(`Recorded version ${recorded!.version} of “Retention” for Anthropic — Commercial API`);
  });
});
