// Posts made by hand, as a script or a tampered form would send them: the server is the authority.
import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "./fixtures.ts";
import { SAME_ORIGIN } from "./users.ts";

import { createReviewFrom, exportedAnswers, stepVersion } from "./wizard-helpers.ts";

// These go straight to the server, so one project is enough.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "no browser involved");

const CONTEXT = {
  buyerName: "Initech LLC",
  vendorId: "openai",
  productLine: "api",
  stage: "new",
  paperSize: "letter",
};

async function postContext(request: APIRequestContext, reviewId: string, fields: Record<string, string>) {
  const version = await stepVersion(request, reviewId, "context");
  return request.post(`/reviews/${reviewId}/context`, {
    headers: SAME_ORIGIN,
    form: { intent: "next", version: String(version), ...CONTEXT, ...fields },
    maxRedirects: 0,
  });
}

test("a valid post is saved and redirected to the next step", async ({ request }) => {
  const reviewId = await createReviewFrom(request, {});
  const response = await postContext(request, reviewId, {});
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe(`/reviews/${reviewId}/data`);
  expect(await exportedAnswers(request, reviewId)).toEqual({ ...CONTEXT, otherProductsInUse: [] });
});

for (const [what, fields, message] of [
  ["an unknown option value", { productLine: "spaceship" }, "is not one of them"],
  ["an out-of-range number", { termMonths: "500" }, "Term (months) must be a whole number from 1 to 120."],
  ["a required answer missing", { buyerName: "" }, "legal name is required"],
  ["a vendor not in the catalog", { vendorId: "skynet" }, "is not in the catalog"],
  ["an impossible date", { signatureDate: "2026-02-30" }, "2026-02-30 does not exist"],
] as const) {
  test(`${what} is refused with 400 and its message, and nothing is saved`, async ({ request }) => {
    const reviewId = await createReviewFrom(request, { buyerName: "Before Ltd" });
    const response = await postContext(request, reviewId, fields);
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).toContain("There is a problem");
    expect(await exportedAnswers(request, reviewId)).toEqual({ buyerName: "Before Ltd" });
    expect(await stepVersion(request, reviewId, "context")).toBe(1);
  });
}

test("a 1 MB text field is refused with 413 before it is read, and nothing is saved", async ({ request }) => {
  const reviewId = await createReviewFrom(request, { buyerName: "Before Ltd" });
  const response = await postContext(request, reviewId, { buyerName: "x".repeat(1024 * 1024) });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("Nothing was saved");
  expect(await exportedAnswers(request, reviewId)).toEqual({ buyerName: "Before Ltd" });
});

test("a post from a stale page is refused with 409 and overwrites nothing", async ({ request }) => {
  const reviewId = await createReviewFrom(request, {});
  expect((await postContext(request, reviewId, {})).status()).toBe(302);
  const stale = await request.post(`/reviews/${reviewId}/context`, {
    headers: SAME_ORIGIN,
    form: { intent: "next", version: "1", ...CONTEXT, buyerName: "Overwriter Corp" },
    maxRedirects: 0,
  });
  expect(stale.status()).toBe(409);
  expect(await stale.text()).toContain("This review was changed in another tab or by someone else");
  expect(await exportedAnswers(request, reviewId)).toMatchObject({ buyerName: "Initech LLC" });
});

test("the answers file downloads as an attachment that is never cached", async ({ request }) => {
  const reviewId = await createReviewFrom(request, CONTEXT);
  const response = await request.get(`/reviews/${reviewId}/answers.json`);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="answers-initech-llc-[\w-]+\.json"$/,
  );
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ version: 1, answers: CONTEXT });
});
