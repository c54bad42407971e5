// Starting from, replacing with and downloading answers files: the routes' actions and loaders.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testContext } from "../../../tests/support/test-context.ts";

import { countReviews } from "../../models/review-list.server.ts";
import { getReview } from "../../models/review.server.ts";
import { startReview } from "./answers.server.ts";
import { reviewPage } from "./review-page.server.ts";
import { PUBLIC_DATA_REVIEW } from "../../../tests/support/test-answers.ts";
import { getDb } from "../../utils/db.server.ts";
import { PASTE_FIELD } from "../../wizard/answers-upload.ts";

import { action as newReviewAction } from "../../routes/reviews.new.tsx";
import { loader as exportLoader } from "../../routes/reviews.$reviewId.answers[.]json.ts";
import { action as importAction } from "../../routes/reviews.$reviewId.import.tsx";

const fixture = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/answers/bank-api-eu.json"), "utf8");

function post(url: string, fields: Record<string, string>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return new Request(`http://localhost${url}`, { method: "POST", body });
}

async function statusAndBody(result: unknown): Promise<{ status: number; location?: string | null; body?: unknown }> {
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
  const { data, init } = result as { data: unknown; init?: { status?: number } };
  return { status: init?.status ?? 200, body: data };
}

const exportArgs = (reviewId: string) => ({
  params: { reviewId },
  request: new Request(`http://localhost/reviews/${reviewId}/answers.json`),
  context: testContext(),
});

describe("starting a review", () => {
  it("creates no blank review on the click: it opens the first step, which creates it when saved", async () => {
    const before = countReviews(getDb());
    const result = await statusAndBody(
      await newReviewAction({
        request: post("/reviews/new", { intent: "create" }),
        params: {},
        context: testContext(),
      }),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe("/reviews/new/context");
    expect(countReviews(getDb())).toBe(before);
  });

  it("starts from a complete answers file on the review step, at once", async () => {
    const before = countReviews(getDb());
    const result = await statusAndBody(
      await newReviewAction({
        request: post("/reviews/new", { intent: "import", [PASTE_FIELD]: fixture }),
        params: {},
        context: testContext(),
      }),
    );
    expect(result.location).toMatch(/^\/reviews\/[\w-]{22}\/review\?imported$/);
    expect(countReviews(getDb())).toBe(before + 1);
  });

  it("says, after importing a version-1 file, that the questions added since are open and what applies meanwhile", async () => {
    const result = await statusAndBody(
      await newReviewAction({
        request: post("/reviews/new", { intent: "import", [PASTE_FIELD]: fixture }),
        params: {},
        context: testContext(),
      }),
    );
    const reviewId = /\/reviews\/([\w-]{22})\//.exec(result.location ?? "")![1];
    const page = reviewPage(getDb(), reviewId, new URLSearchParams("imported"));
    expect(page.complete).toBe(true);
    expect(page.evaluation?.findings.length).toBeGreaterThan(0);
    expect(page.notice).toMatch(/written before 9 questions were added/);
    const answer = (id: string) => page.steps.flatMap((s) => s.answers).find((a) => a.id === id);
    expect(answer("useCase")).toMatchObject({ addedLater: true, missing: false, defaultAnswer: null });
    expect(answer("liabilityPosition")).toMatchObject({ addedLater: true, defaultAnswer: "A higher cap of its own" });
    expect(answer("buyerName")).toMatchObject({ addedLater: false, missing: false });
    expect(reviewPage(getDb(), reviewId).notice).toBeNull();
  });

  it("saves nothing from a bad file and lists its problems by field", async () => {
    const before = countReviews(getDb());
    const bad = JSON.stringify({ version: 1, answers: { buyerName: "", termMonths: 0 } });
    const result = await statusAndBody(
      await newReviewAction({
        request: post("/reviews/new", { intent: "import", [PASTE_FIELD]: bad }),
        params: {},
        context: testContext(),
      }),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      problems: [{ field: "buyerName" }, { field: "termMonths" }],
      pasted: bad,
    });
    expect(countReviews(getDb())).toBe(before);
  });
});

describe("replacing a draft's answers with a file", () => {
  it("replaces them, and export then import gives the same answers", async () => {
    const db = getDb();
    const source = startReview(db, PUBLIC_DATA_REVIEW);
    const exported = await (await exportLoader(exportArgs(source.id))).text();

    const draft = startReview(db, { buyerName: "Placeholder" });
    const result = await statusAndBody(
      await importAction({
        request: post(`/reviews/${draft.id}/import`, { version: "1", [PASTE_FIELD]: exported }),
        params: { reviewId: draft.id },
        context: testContext(),
      }),
    );
    expect(result).toMatchObject({ status: 302, location: `/reviews/${draft.id}/review?imported` });
    expect(getReview(db, draft.id)!.answers).toEqual(source.answers);
    expect(await (await exportLoader(exportArgs(draft.id))).text()).toBe(exported);
  });

  it("refuses a stale version and a complete review with 409, changing nothing", async () => {
    const db = getDb();
    const draft = startReview(db, { buyerName: "Keep" });
    const stale = await statusAndBody(
      await importAction({
        request: post(`/reviews/${draft.id}/import`, { version: "7", [PASTE_FIELD]: fixture }),
        params: { reviewId: draft.id },
        context: testContext(),
      }),
    );
    expect(stale).toMatchObject({ status: 409, body: { version: 7, problems: [{ field: "review" }] } });

    const complete = startReview(db, PUBLIC_DATA_REVIEW);
    const refused = await statusAndBody(
      await importAction({
        request: post(`/reviews/${complete.id}/import`, { version: "1", [PASTE_FIELD]: fixture }),
        params: { reviewId: complete.id },
        context: testContext(),
      }),
    );
    expect(refused.status).toBe(409);
    expect(getReview(db, draft.id)).toMatchObject({ version: 1, answers: { buyerName: "Keep" } });
    expect(getReview(db, complete.id)).toMatchObject({ version: 1, answers: PUBLIC_DATA_REVIEW });
  });
});

describe("the answers file download", () => {
  it("is the public format, as an uncached attachment", async () => {
    const review = startReview(getDb(), { buyerName: "Zoë & Co. — Ünïcode", vendorId: "openai" });
    const response = await exportLoader(exportArgs(review.id));
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="answers-zoe-co-unicode-${review.id}.json"`,
    );
    expect(await response.json()).toEqual({
      version: 1,
      answers: { buyerName: "Zoë & Co. — Ünïcode", vendorId: "openai" },
    });
  });
});
