import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../tests/support/test-context.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { PUBLIC_DATA_REVIEW } from "../../../tests/support/test-answers.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { listReviewPage, listReviewVendors, type ReviewListFilter } from "../../models/review-list.server.ts";
import { getReview, ReviewNotFoundError } from "../../models/review.server.ts";
import { startReview, replaceReviewAnswers, saveAnswers } from "./answers.server.ts";

const CONTEXT: Answers = { buyerName: "Example Corp", vendorId: "anthropic", productLine: "api", stage: "new" };

describe("reviews", () => {
  it("creates a draft with a random, URL-safe id and reads it back", () => {
    const db = freshDb();
    const ana = createTestUser("procurement", db);
    const a = startReview(db, {}, { by: { id: ana.id, name: "Ana" } });
    const b = startReview(db, CONTEXT);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ status: "draft", version: 1, answers: {}, createdBy: "Ana", exposure: null });
    expect(getReview(db, b.id)).toMatchObject({
      answers: CONTEXT,
      buyerName: "Example Corp",
      vendorId: "anthropic",
      vendorName: "Anthropic",
      productLine: "api",
      stage: "new",
    });
    expect(getReview(db, "no-such-review")).toBeNull();
    db.$client.close();
  });

  it("saves answers on the current version, and refuses a stale one without overwriting", () => {
    const db = freshDb();
    const review = startReview(db, {});
    const first = saveAnswers(db, review.id, { step: "context", expectedVersion: 1, answers: CONTEXT });
    expect(first).toMatchObject({ ok: true, changed: true, review: { version: 2, buyerName: "Example Corp" } });

    // A second tab still holds version 1.
    const stale = saveAnswers(db, review.id, {
      step: "context",
      expectedVersion: 1,
      answers: { ...CONTEXT, buyerName: "Overwritten Ltd" },
    });
    expect(stale).toEqual({ ok: false, conflict: { currentVersion: 2 } });
    expect(getReview(db, review.id)).toMatchObject({ version: 2, answers: CONTEXT });
    db.$client.close();
  });

  it("does not write, or change the version, when the answers are unchanged", () => {
    const db = freshDb();
    const review = startReview(db, CONTEXT);
    const again = saveAnswers(db, review.id, { step: "context", expectedVersion: 1, answers: { ...CONTEXT } });
    expect(again).toMatchObject({ ok: true, changed: false, review: { version: 1 } });
    db.$client.close();
  });

  it("marks a review complete, with its exposure, once every step is answered — and draft again when not", () => {
    const db = freshDb();
    const review = startReview(db, {});
    const done = saveAnswers(db, review.id, { step: "context", expectedVersion: 1, answers: PUBLIC_DATA_REVIEW });
    expect(done).toMatchObject({ ok: true, review: { status: "complete", version: 2 } });
    const exposure = getReview(db, review.id)!.exposure;
    expect(["high", "medium", "low", "info", "none"]).toContain(exposure);

    const { buyerName: _, ...incomplete } = PUBLIC_DATA_REVIEW;
    saveAnswers(db, review.id, { step: "context", expectedVersion: 2, answers: incomplete });
    expect(getReview(db, review.id)).toMatchObject({ status: "draft", exposure: null, buyerName: null });
    db.$client.close();
  });

  it("refuses to store invalid answers", () => {
    const db = freshDb();
    expect(() => startReview(db, { breachNoticeHours: 0 })).toThrow(/breachNoticeHours/);
    const review = startReview(db, {});
    expect(() =>
      saveAnswers(db, review.id, { step: "context", expectedVersion: 1, answers: { vendorId: "nobody" } }),
    ).toThrow(/vendorId/);
    expect(getReview(db, review.id)).toMatchObject({ version: 1, answers: {} });
    db.$client.close();
  });

  it("throws ReviewNotFoundError when saving a review that does not exist", () => {
    const db = freshDb();
    expect(() => saveAnswers(db, "missing", { step: "context", expectedVersion: 1, answers: {} })).toThrow(
      ReviewNotFoundError,
    );
    db.$client.close();
  });

  it("names another vendor by the name typed for it", () => {
    const db = freshDb();
    const review = startReview(db, { vendorId: "other", vendorName: "Acme Models GmbH" });
    expect(review).toMatchObject({ vendorId: "other", vendorName: "Acme Models GmbH" });
    db.$client.close();
  });

  it("lists reviews, the latest change first, filtered by status and vendor", async () => {
    const db = freshDb();
    const draft = startReview(db, CONTEXT);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const complete = startReview(db, PUBLIC_DATA_REVIEW);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = startReview(db, { vendorId: "other", vendorName: "Acme" });

    const listReviews = (filter: ReviewListFilter = {}) => listReviewPage(db, filter, { offset: 0, limit: 50 });
    expect(listReviews().map((r) => r.id)).toEqual([other.id, complete.id, draft.id]);
    expect(listReviews({ status: "complete" }).map((r) => r.id)).toEqual([complete.id]);
    expect(listReviews({ status: "draft" }).map((r) => r.id)).toEqual([other.id, draft.id]);
    expect(listReviews({ vendorId: "anthropic" }).map((r) => r.id)).toEqual([draft.id]);
    expect(listReviews({ vendorId: "openai", status: "draft" })).toEqual([]);
    expect(listReviews()[0]).not.toHaveProperty("answers");
    expect(listReviewVendors(db)).toEqual([
      { id: "anthropic", name: "Anthropic" },
      { id: "openai", name: "OpenAI" },
      { id: "other", name: "Other vendors" },
    ]);
    db.$client.close();
  });

  it("keeps the lists' columns (renewal owner, re-review due) up to date on every save and import", () => {
    const db = freshDb();
    const draft = startReview(db, { ...CONTEXT, renewalDate: "2027-06-30" });
    // No lead time answered yet: due at the renewal itself.
    expect(getReview(db, draft.id)).toMatchObject({ renewalOwner: null, reviewDue: "2027-06-30" });
    const saved = saveAnswers(db, draft.id, {
      expectedVersion: 1,
      answers: { ...CONTEXT, renewalDate: "2027-06-30", reviewLeadDays: 90, renewalOwner: "Mette" },
      step: "renewal",
    });
    expect(saved).toMatchObject({ ok: true, review: { renewalOwner: "Mette", reviewDue: "2027-04-01" } });
    expect(getReview(db, draft.id)).toMatchObject({ renewalOwner: "Mette", reviewDue: "2027-04-01" });
    const imported = replaceReviewAnswers(db, draft.id, { expectedVersion: 2, answers: CONTEXT });
    expect(imported).toMatchObject({ ok: true, review: { renewalOwner: null, reviewDue: null, renewalDate: null } });
    db.$client.close();
  });

  it("replaces a draft's answers, and refuses to replace a complete review's or a stale version", () => {
    const db = freshDb();
    const draft = startReview(db, CONTEXT);
    expect(replaceReviewAnswers(db, draft.id, { expectedVersion: 1, answers: PUBLIC_DATA_REVIEW })).toMatchObject({
      ok: true,
      review: { version: 2, answers: PUBLIC_DATA_REVIEW, status: "complete" },
    });
    expect(replaceReviewAnswers(db, draft.id, { expectedVersion: 1, answers: CONTEXT })).toEqual({
      ok: false,
      conflict: { currentVersion: 2 },
    });
    expect(replaceReviewAnswers(db, draft.id, { expectedVersion: 2, answers: CONTEXT })).toEqual({
      ok: false,
      complete: true,
    });
    expect(getReview(db, draft.id)).toMatchObject({ version: 2, answers: PUBLIC_DATA_REVIEW });
    db.$client.close();
  });
});
