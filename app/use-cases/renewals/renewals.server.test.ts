import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../questionnaire/answers.ts";
import { createTestUser } from "../../../tests/support/test-context.ts";
import type { ProductLine } from "../../catalog/types.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { listReviewEvents } from "../../models/audit.server.ts";
import { listCatalog, recordProvisionChange } from "../../models/catalog.server.ts";
import { findReReview } from "../../models/renewal.server.ts";
import { countReviews } from "../../models/review-list.server.ts";
import { catalogChangesForReReview } from "./catalog-changes.server.ts";
import { startReReview } from "./start-re-review.server.ts";
import { getReview, insertReview, ReviewNotFoundError } from "../../models/review.server.ts";
import { resumeStep, stepSequence } from "../../questionnaire/flow.ts";
import type { QuestionStepId } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { stepperSteps } from "../../wizard/step-view.ts";
import { renewalsPage } from "./renewals-page.server.ts";
import { reviewListing, saveAnswers, startReview } from "../reviews/answers.server.ts";
import { testSource } from "../../../tests/support/test-provisions.ts";

const bank = (): Answers =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

/** The renewals of the Renewals page's first page as of `today`, every group's in order. */
function listRenewals(db: Db, today: string) {
  const outcome = renewalsPage(db, new URL("http://clausewise.test/renewals"), new Date(`${today}T12:00:00Z`));
  if ("redirect" in outcome) throw new Error("redirected");
  return outcome.body.groups.flatMap((g) => g.renewals);
}

describe("the Renewals page", () => {
  it("lists reviews with a renewal date, soonest re-review first, with the due date and the owner", () => {
    const db = freshDb();
    const later = startReview(db, {
      ...bank(),
      buyerName: "Later Ltd",
      renewalDate: "2027-06-30",
      reviewLeadDays: 30,
    });
    const sooner = startReview(db, {
      ...bank(),
      buyerName: "Sooner Ltd",
      renewalDate: "2027-03-31",
      reviewLeadDays: 90,
      renewalOwner: "Mette",
    });
    const renewals = listRenewals(db, "2026-12-01").filter((r) => [later.id, sooner.id].includes(r.reviewId));
    expect(renewals.map((r) => [r.buyerName, r.reviewDue, r.daysLeft, r.owner])).toEqual([
      ["Sooner Ltd", "2026-12-31", 30, "Mette"],
      ["Later Ltd", "2027-05-31", 181, expect.anything()],
    ]);
    expect(listRenewals(db, "2027-01-05").find((r) => r.reviewId === sooner.id)?.daysLeft).toBe(-5);
    db.$client.close();
  });
});

describe("startReReview", () => {
  // Bought as new: the re-review must turn it into a renewal.
  const complete = (): Answers => ({ ...bank(), buyerName: "Renewing Ltd", stage: "new", renewalDate: "2027-06-30" });

  it("copies a complete review's answers into a new review at stage renewal, pointing at the old one", () => {
    const db = freshDb();
    const ana = createTestUser("procurement", db);
    const old = startReview(db, complete());
    expect(old).toMatchObject({ status: "complete", stage: "new" });
    const result = startReReview(db, old.id, { id: ana.id, name: "Ana" });
    if (result.kind !== "started") throw new Error(`not started: ${result.kind}`);
    const { review } = result;
    expect(review.id).not.toBe(old.id);
    expect(review).toMatchObject({ stage: "renewal", renewsReviewId: old.id, createdBy: "Ana", version: 1 });
    // The renewal just reached is not copied: the re-review asks for the next one.
    const { renewalDate: _reached, ...carried } = old.answers;
    expect(review.answers).toEqual({ ...carried, stage: "renewal" });
    expect(review).toMatchObject({ renewalDate: null, status: "draft", exposure: null });
    // The renewed review is left as it was.
    expect(getReview(db, old.id)).toMatchObject({ stage: old.stage, version: old.version, answers: old.answers });
    db.$client.close();
  });

  it("records the start on both reviews, the new one naming the old one and its date", () => {
    const db = freshDb();
    const ana = createTestUser("procurement", db);
    const old = startReview(db, complete());
    const result = startReReview(db, old.id, { id: ana.id, name: "Ana" });
    if (result.kind !== "started") throw new Error(result.kind);
    const onNew = listReviewEvents(db, result.review.id);
    expect(onNew.map((e) => [e.action, e.actor, e.what])).toEqual([
      ["review.re_review_started", "Ana", `Started the re-review of the review of ${old.updatedAt.slice(0, 10)}`],
    ]);
    expect(onNew[0].linkedReview).toEqual({ id: old.id, label: "Open the review it renews" });
    const onOld = listReviewEvents(db, old.id).at(-1)!;
    expect([onOld.action, onOld.what, onOld.linkedReview?.id]).toEqual([
      "review.re_review_begun",
      "A re-review was started",
      result.review.id,
    ]);
    db.$client.close();
  });

  it("does not start a second re-review: it names the first", () => {
    const db = freshDb();
    const old = startReview(db, complete());
    const first = startReReview(db, old.id, null);
    if (first.kind !== "started") throw new Error(first.kind);
    expect(startReReview(db, old.id, null)).toEqual({ kind: "alreadyStarted", reviewId: first.review.id });
    expect(countReviews(db)).toBe(2);
    expect(findReReview(db, old.id)?.id).toBe(first.review.id);
    db.$client.close();
  });

  it("refuses a draft, and creates nothing and records nothing", () => {
    const db = freshDb();
    const draft = startReview(db, { buyerName: "Half Done Ltd", vendorId: "anthropic" });
    const before = countReviews(db);
    expect(startReReview(db, draft.id, null)).toEqual({ kind: "draft" });
    expect(countReviews(db)).toBe(before);
    expect(listReviewEvents(db, draft.id).map((e) => e.action)).toEqual(["review.created"]);
    expect(() => startReReview(db, "no-such-review", null)).toThrow(ReviewNotFoundError);
    db.$client.close();
  });

  it("shows the re-review on the renewals list, beside the review it renews", () => {
    const db = freshDb();
    const old = startReview(db, complete());
    expect(listRenewals(db, "2027-01-01").find((r) => r.reviewId === old.id)?.reReview).toBeNull();
    const result = startReReview(db, old.id, null);
    if (result.kind !== "started") throw new Error(result.kind);
    const renewals = listRenewals(db, "2027-01-01");
    expect(renewals.find((r) => r.reviewId === old.id)).toMatchObject({
      renewsReviewId: null,
      reReview: { id: result.review.id, startedAt: result.review.createdAt },
    });
    // The re-review's own row offers no further re-review: it names the review it renews.
    expect(renewals.find((r) => r.reviewId === result.review.id)).toMatchObject({
      renewsReviewId: old.id,
      reReview: null,
    });
    // Listed once, under "no date": the renewal just reached is not copied into it.
    expect(renewals.find((r) => r.reviewId === result.review.id)).toMatchObject({ renewalDate: null });
    db.$client.close();
  });

  it("a re-review's steps are open until someone saves them, and it is complete only when all are", () => {
    const db = freshDb();
    const old = startReview(db, complete());
    const result = startReReview(db, old.id, null);
    if (result.kind !== "started") throw new Error(result.kind);
    let review = result.review;
    const steps = stepSequence(review.answers).filter((s) => s !== "review");
    expect(review.unconfirmedSteps).toEqual(steps);
    expect(stepperSteps(review.answers, review.unconfirmedSteps).filter((s) => s.complete)).toEqual([]);
    expect(resumeStep(review.answers, review.unconfirmedSteps)).toBe("context");
    // Saving each step as it stands confirms it; the renewal date must be given again on its step.
    for (const step of steps) {
      const answers = step === "renewal" ? { ...review.answers, renewalDate: "2028-06-30" } : review.answers;
      const saved = saveAnswers(db, review.id, {
        expectedVersion: review.version,
        answers,
        step: step as QuestionStepId,
      });
      if (!saved.ok) throw new Error("conflict");
      review = saved.review;
      expect(review.unconfirmedSteps).not.toContain(step);
      expect(review.status).toBe(step === steps.at(-1) ? "complete" : "draft");
    }
    expect(review).toMatchObject({ renewalDate: "2028-06-30", unconfirmedSteps: [] });
    expect(review.exposure).not.toBeNull();
    db.$client.close();
  });

  it("the database refuses a second re-review of one review, whatever the code does", () => {
    const db = freshDb();
    const old = startReview(db, complete());
    const first = startReReview(db, old.id, null);
    if (first.kind !== "started") throw new Error(first.kind);
    expect(() =>
      insertReview(
        db,
        first.review.answers,
        { ...reviewListing(db, first.review.answers) },
        { by: null, renewsReviewId: old.id },
      ),
    ).toThrow(/UNIQUE constraint failed: reviews.renews_review_id/);
    expect(startReReview(db, old.id, null)).toEqual({ kind: "alreadyStarted", reviewId: first.review.id });
    db.$client.close();
  });
});

describe("catalogChangesForReReview", () => {
  it("lists a provision recorded for the vendor's product line after the renewed review, and nothing else", () => {
    const db = freshDb();
    const legal = createTestUser("legal", db);
    const answers: Answers = { ...bank(), renewalDate: "2027-06-30" };
    const old = startReview(db, answers);
    const started = startReReview(db, old.id, null);
    if (started.kind !== "started") throw new Error(started.kind);
    expect(catalogChangesForReReview(db, started.review)).toMatchObject({ kind: "changes", changes: [] });
    expect(catalogChangesForReReview(db, old)).toBeNull();

    const target = { vendorId: answers.vendorId!, productLine: answers.productLine as ProductLine };
    const before = listCatalog(db)
      .find((v) => v.id === target.vendorId)!
      .productLines.find((l) => l.line === target.productLine)!
      .provisions.find((p) => p.key === "audit_right")!.current;
    const actor = { id: legal.id, name: "Lee" };
    recordProvisionChange(
      db,
      actor,
      { ...target, key: "audit_right" },
      {
        value: "yes",
        statement: "Customers may audit on 30 days' notice.",
        ...testSource("Terms 2027"),
        checkedOn: "2027-01-15",
      },
    );
    // Another product line's change is not this review's business.
    const otherLine = target.productLine === "api" ? "business" : "api";
    recordProvisionChange(
      db,
      actor,
      { vendorId: target.vendorId, productLine: otherLine, key: "dpa" },
      {
        value: "none",
        statement: "Elsewhere.",
        ...testSource("Other"),
      },
    );

    const changes = catalogChangesForReReview(db, getReview(db, started.review.id)!);
    expect(changes).toMatchObject({ kind: "changes", renewed: { id: old.id, changedAt: old.updatedAt } });
    if (changes?.kind !== "changes") throw new Error("no changes");
    expect(changes.changes).toHaveLength(1);
    expect(changes.changes[0]).toMatchObject({
      key: "audit_right",
      now: {
        value: "yes",
        statement: "Customers may audit on 30 days' notice.",
        sourceTitle: "Terms 2027",
        checkedOn: "2027-01-15",
      },
    });
    expect(changes.changes[0].then?.statement ?? null).toBe(before?.statement ?? null);
    db.$client.close();
  });
});
