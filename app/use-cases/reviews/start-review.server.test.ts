// Starting a blank review: the click creates nothing; the first valid save of its first step creates it.
import { describe, expect, it } from "vitest";
import { createTestUser, testContext } from "../../../tests/support/test-context.ts";
import { freshDb } from "../../../tests/support/test-db.ts";

import { listReviewEvents } from "../../models/audit.server.ts";
import { actorOf } from "../../models/user.server.ts";
import { countReviews } from "../../models/review-list.server.ts";
import { getReview } from "../../models/review.server.ts";
import { nextStep } from "../../questionnaire/flow.ts";
import type { Db } from "../../utils/db.server.ts";
import { getDb } from "../../utils/db.server.ts";

import { action, loader } from "../../routes/reviews.new_.context.tsx";
import { startReviewFromFirstStep, startReviewFromForm } from "./start-review.server.ts";

const CONTEXT = {
  buyerName: "Example Corp",
  vendorId: "anthropic",
  productLine: "api",
  stage: "new",
  paperSize: "a4",
} as const;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const count = (db: Db) => countReviews(db);

/** A database of the test's own, and a procurement person in it to start reviews. */
function withPerson() {
  const db = freshDb();
  return { db, ana: actorOf(createTestUser("procurement", db)) };
}

/** The review a redirect to one of its steps names. */
function reviewIdIn(location: string): string {
  const match = /^\/reviews\/([\w-]{22})\//.exec(location);
  if (!match) throw new Error(`no review in ${location}`);
  return match[1];
}

describe("starting a blank review", () => {
  it("the click creates nothing: it opens the first step of a review not saved yet", async () => {
    const { db, ana } = withPerson();
    expect(await startReviewFromForm(db, form({ intent: "create" }), ana)).toEqual({
      redirect: "/reviews/new/context",
    });
    expect(count(db)).toBe(0);
  });

  it("opening that step (or leaving it) creates nothing, and it shows a blank review with no id", () => {
    const before = count(getDb());
    const page = loader({
      request: new Request("http://localhost/reviews/new/context"),
      params: {},
      context: testContext(),
    });
    expect(page.review).toMatchObject({ id: null, answers: {}, buyerName: null });
    expect(page.step.id).toBe("context");
    expect(page.hasPrevious).toBe(false);
    expect(count(getDb())).toBe(before);
  });

  it.each([
    ["next", { ...CONTEXT, termMonths: "500" }, "termMonths", /whole number from 1 to 120/],
    ["next", { ...CONTEXT, buyerName: "" }, "buyerName", /Buyer’s legal name is required/],
    ["save", { buyerName: "x".repeat(201) }, "buyerName", /at most 200 characters long/],
  ] as const)(
    "a refused %s is the step's 400, with the typed values, and creates nothing",
    (intent, fields, field, message) => {
      const { db, ana } = withPerson();
      const outcome = startReviewFromFirstStep(db, form({ intent, ...fields }), ana);
      expect(outcome).toMatchObject({ status: 400, body: { kind: "invalid" } });
      if (!("body" in outcome) || outcome.body.kind !== "invalid") throw new Error("expected invalid");
      expect(outcome.body.errors[field]).toMatch(message);
      expect(outcome.body.values).toMatchObject(fields);
      expect(count(db)).toBe(0);
    },
  );

  it("refuses an intent no button has, and Back leaves for the start page: neither creates anything", () => {
    const { db, ana } = withPerson();
    expect(startReviewFromFirstStep(db, form({ intent: "publish", ...CONTEXT }), ana)).toMatchObject({
      status: 400,
      body: { kind: "badRequest" },
    });
    expect(startReviewFromFirstStep(db, form({ intent: "back", ...CONTEXT }), ana)).toEqual({
      redirect: "/reviews/new",
    });
    expect(count(db)).toBe(0);
  });

  it("a valid save creates one review with the answers, recorded as started by the person, and goes on", () => {
    const { db, ana } = withPerson();
    const outcome = startReviewFromFirstStep(db, form({ intent: "next", ...CONTEXT }), ana);
    if (!("redirect" in outcome)) throw new Error(`expected a redirect: ${JSON.stringify(outcome)}`);
    const id = reviewIdIn(outcome.redirect);
    const review = getReview(db, id)!;
    expect(outcome.redirect).toBe(`/reviews/${id}/${nextStep("context", review.answers)}`);
    expect(countReviews(db)).toBe(1);
    expect(review).toMatchObject({
      version: 1,
      status: "draft",
      buyerName: "Example Corp",
      vendorName: "Anthropic",
      answers: { ...CONTEXT, otherProductsInUse: [] },
    });
    expect(listReviewEvents(db, id).map((e) => [e.action, e.actor, e.details])).toEqual([
      ["review.created", ana.name, { source: "blank" }],
    ]);
  });

  it("Save draft creates it from a partial step and stays on the step, saved", () => {
    const { db, ana } = withPerson();
    const outcome = startReviewFromFirstStep(db, form({ intent: "save", buyerName: "Draft Co" }), ana);
    if (!("redirect" in outcome)) throw new Error("expected a redirect");
    const id = reviewIdIn(outcome.redirect);
    expect(outcome.redirect).toBe(`/reviews/${id}/context?saved`);
    expect(getReview(db, id)).toMatchObject({ answers: { buyerName: "Draft Co" } });
    expect(count(db)).toBe(1);
  });

  it("through the route: the signed-in person's save is answered as the step's is", async () => {
    const db = getDb();
    const before = count(db);
    const user = createTestUser("procurement");
    const request = (fields: Record<string, string>) =>
      new Request("http://localhost/reviews/new/context", { method: "POST", body: form(fields) });

    const refused = await action({ request: request({ intent: "next" }), params: {}, context: testContext(user) });
    expect(refused).toMatchObject({ init: { status: 400 } });
    expect(count(db)).toBe(before);

    const saved = (await action({
      request: request({ intent: "next", ...CONTEXT }),
      params: {},
      context: testContext(user),
    })) as Response;
    expect(saved.status).toBe(302);
    const id = reviewIdIn(saved.headers.get("Location")!);
    expect(count(db)).toBe(before + 1);
    expect(listReviewEvents(db, id).map((e) => e.actor)).toEqual([user.name]);
  });
});
