import { describe, expect, it } from "vitest";
import { testContext } from "../../../tests/support/test-context.ts";

import { getReview } from "../../models/review.server.ts";
import { startReview } from "./answers.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { PUBLIC_DATA_REVIEW } from "../../../tests/support/test-answers.ts";
import { getDb } from "../../utils/db.server.ts";

import { action, loader } from "../../routes/reviews.$reviewId.$stepId.tsx";
import { submitStep } from "./save-step.server.ts";

const CONTEXT = {
  buyerName: "Example Corp",
  vendorId: "anthropic",
  productLine: "api",
  stage: "new",
  paperSize: "letter",
} as const;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

function post(answers: Answers, stepId: Parameters<typeof submitStep>[2], fields: Record<string, string | string[]>) {
  const db = getDb();
  const review = startReview(db, answers);
  const outcome = submitStep(db, review, stepId, form({ version: String(review.version), ...fields }));
  return { outcome, saved: () => getReview(db, review.id)!, id: review.id };
}

describe("a step's post", () => {
  it("saves a valid step and goes on to the next", () => {
    const { outcome, saved, id } = post({}, "context", { intent: "next", ...CONTEXT });
    expect(outcome).toEqual({ redirect: `/reviews/${id}/data` });
    expect(saved()).toMatchObject({ version: 2, answers: { ...CONTEXT, otherProductsInUse: [] } });
  });

  it("goes from the last question step to the review step", () => {
    const { renewalOwner: _, ...answers } = { ...PUBLIC_DATA_REVIEW, renewalOwner: "x" };
    const { outcome, id } = post(answers, "renewal", {
      intent: "next",
      reconfirmAtRenewal: "yes",
      reviewLeadDays: "60",
    });
    expect(outcome).toEqual({ redirect: `/reviews/${id}/review` });
  });

  it.each([
    ["an unknown option", { productLine: "spaceship" }, "productLine", /"spaceship" is not one of them/],
    ["a number out of range", { termMonths: "121" }, "termMonths", /whole number from 1 to 120/],
    ["a required answer missing", { buyerName: "" }, "buyerName", /Buyer’s legal name is required/],
    ["text over its length", { buyerName: "x".repeat(201) }, "buyerName", /at most 200 characters long; it has 201/],
  ])("refuses %s with 400, keeps every typed value and saves nothing", (_, change, field, message) => {
    const fields = { intent: "next", ...CONTEXT, ...change };
    const { outcome, saved } = post({ buyerName: "Before" }, "context", fields);
    expect(outcome).toMatchObject({ status: 400, body: { kind: "invalid" } });
    if (!("body" in outcome) || outcome.body.kind !== "invalid") throw new Error("expected invalid");
    expect(outcome.body.errors[field as keyof typeof outcome.body.errors]).toMatch(message);
    expect(outcome.body.values).toMatchObject({ ...CONTEXT, ...change, otherProductsInUse: [] });
    expect(saved()).toMatchObject({ version: 1, answers: { buyerName: "Before" } });
  });

  it("refuses a post based on an older version with 409 and overwrites nothing", () => {
    const db = getDb();
    const review = startReview(db, { buyerName: "Current" });
    const outcome = submitStep(
      db,
      { ...review, version: 1 },
      "context",
      form({ version: "0", intent: "next", ...CONTEXT }),
    );
    expect(outcome).toMatchObject({
      status: 409,
      body: { kind: "conflict", version: 0, values: { buyerName: "Example Corp" } },
    });
    expect(getReview(db, review.id)).toMatchObject({ version: 1, answers: { buyerName: "Current" } });
  });

  it("refuses a post without a version, or with an unknown intent", () => {
    const db = getDb();
    const review = startReview(db, {});
    expect(submitStep(db, review, "context", form({ intent: "next", ...CONTEXT }))).toMatchObject({
      status: 400,
      body: { kind: "badRequest", message: expect.stringMatching(/missing the review's version/) },
    });
    expect(submitStep(db, review, "context", form({ intent: "launch", version: "1" }))).toMatchObject({
      status: 400,
      body: { kind: "badRequest" },
    });
  });

  it("Back keeps the valid answers typed on the page, drops the wrong ones, and goes back", () => {
    const { outcome, saved, id } = post(CONTEXT, "data", {
      intent: "back",
      dataCategories: ["personal"],
      jurisdictions: ["eea"],
      endUsers: "nobody",
    });
    expect(outcome).toEqual({ redirect: `/reviews/${id}/context` });
    expect(saved().answers).toEqual({ ...CONTEXT, dataCategories: ["personal"], jurisdictions: ["eea"] });
  });

  it("Back without a change writes nothing, so other tabs stay current", () => {
    const { outcome, saved, id } = post({ ...CONTEXT, otherProductsInUse: [] }, "context", {
      intent: "back",
      ...CONTEXT,
    });
    // The first step has no step before it: Back stays.
    expect(outcome).toEqual({ redirect: `/reviews/${id}/context` });
    expect(saved().version).toBe(1);
  });

  it("Save draft keeps a partial step and stays; a wrong value is still refused", () => {
    const draft = post({}, "context", { intent: "save", buyerName: "Half Done Ltd" });
    expect(draft.outcome).toEqual({ redirect: `/reviews/${draft.id}/context?saved` });
    expect(draft.saved().answers).toEqual({ buyerName: "Half Done Ltd", otherProductsInUse: [] });

    const wrong = post({}, "context", { intent: "save", termMonths: "0" });
    expect(wrong.outcome).toMatchObject({ status: 400, body: { errors: { termMonths: expect.any(String) } } });
  });

  it("a question made relevant on this page, unseen without JavaScript, is asked next rather than refused", () => {
    const shown = "retentionRequirement deletionOnTermination";
    const { outcome, saved, id } = post({}, "retention", {
      intent: "next",
      shown,
      retentionRequirement: "limited",
      deletionOnTermination: "yes",
    });
    expect(outcome).toEqual({
      redirect: `/reviews/${id}/retention?more=maxRetentionDays,deletionDays,backupsIncluded`,
    });
    expect(saved().answers).toEqual({ retentionRequirement: "limited", deletionOnTermination: true });
  });

  it("a new question is not excused when a shown one is wrong: 400 naming the shown one only, the new one revealed", () => {
    const { outcome, saved } = post({}, "retention", {
      intent: "next",
      shown: "retentionRequirement deletionOnTermination",
      retentionRequirement: "limited",
    });
    expect(outcome).toMatchObject({
      status: 400,
      body: {
        kind: "invalid",
        errors: { deletionOnTermination: "Deletion when the agreement ends is required." },
        revealed: ["maxRetentionDays"],
      },
    });
    expect(saved().version).toBe(1);
  });

  it("a post made by hand (no list of shown questions) must answer every relevant question", () => {
    const { outcome } = post({}, "retention", {
      intent: "next",
      retentionRequirement: "limited",
      deletionOnTermination: "no",
    });
    expect(outcome).toMatchObject({
      status: 400,
      body: { errors: { maxRetentionDays: "Maximum retention (days) is required." } },
    });
  });

  it("skips a step the answers have made irrelevant", () => {
    // Public data only: from verification straight to renewal, past the regulatory step.
    const { outcome, id } = post(PUBLIC_DATA_REVIEW, "assurance", {
      intent: "next",
      auditRight: "none",
      changeControl: "no",
      writtenCommitment: "yes",
      modelChangeNoticeDays: "90",
    });
    expect(outcome).toEqual({ redirect: `/reviews/${id}/renewal` });
  });
});

describe("the step route", () => {
  const args = (reviewId: string, stepId: string, init?: RequestInit) => ({
    params: { reviewId, stepId },
    request: new Request(`http://localhost/reviews/${reviewId}/${stepId}`, init),
    context: testContext(),
  });

  it("answers 404 for an unknown review or step", async () => {
    const review = startReview(getDb(), {});
    const status = async (run: () => unknown) => {
      try {
        await run();
        return 200;
      } catch (thrown) {
        return (thrown as { init?: { status?: number } }).init?.status;
      }
    };
    expect(await status(() => loader(args("nope", "context")))).toBe(404);
    expect(await status(() => loader(args(review.id, "nope")))).toBe(404);
    expect(await status(() => loader(args(review.id, "review")))).toBe(404);
    expect(await status(() => action(args("nope", "context", { method: "POST", body: new FormData() })))).toBe(404);
  });

  it("redirects from a step the answers skip to the next one that applies", () => {
    const review = startReview(getDb(), { dataCategories: ["publicOnly"] });
    try {
      loader(args(review.id, "regulatory"));
      throw new Error("expected a redirect");
    } catch (thrown) {
      expect((thrown as Response).headers.get("Location")).toBe(`/reviews/${review.id}/renewal`);
    }
  });

  it("gives the page its values, stepper and the vendor's terms on the step's topic", () => {
    const review = startReview(getDb(), { ...CONTEXT, otherProductsInUse: ["consumer"] });
    const data = loader(args(review.id, "training"));
    expect(data.values).toMatchObject({ trainingRequirement: "", usageDataLimits: "" });
    expect(data.stepper.map((s) => [s.id, s.complete])).toContainEqual(["context", true]);
    expect(data.terms).toMatchObject({ kind: "terms", vendorName: "Anthropic" });
    if (data.terms.kind !== "terms") throw new Error("expected terms");
    expect(data.terms.lines.map((l) => l.line)).toEqual(["api", "consumer"]);
    expect(data.consumerTerms.anthropic.carveOuts?.value).toBe("feedbackAndSafety");
  });

  it("saves through the action and redirects (post / redirect / get)", async () => {
    const review = startReview(getDb(), {});
    const response = await action(
      args(review.id, "context", { method: "POST", body: form({ version: "1", intent: "next", ...CONTEXT }) }),
    );
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toBe(`/reviews/${review.id}/data`);
  });
});
