import { expect, test } from "./fixtures.ts";
import fs from "node:fs";
import path from "node:path";
import { SAME_ORIGIN } from "./users.ts";
import { recordLumaRetention } from "./catalog-helpers.ts";
import { createReviewFrom, expectStep, question, reviewIdFrom } from "./wizard-helpers.ts";

const bank = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

test("the renewals page lists a review's renewal with the date its re-review starts", async ({ page, request }) => {
  const buyerName = `Renewing Bank ${Date.now()}`;
  const reviewId = await createReviewFrom(request, {
    ...bank,
    buyerName,
    renewalDate: "2031-09-30",
    reviewLeadDays: 90,
  });
  // The list is a page at a time, soonest first: other tests' reviews may fill the first, so search.
  await page.goto(`/renewals?buyer=${encodeURIComponent(buyerName)}`);
  const row = page.getByRole("row").filter({ hasText: buyerName });
  await expect(row).toContainText("2031-07-02");
  await expect(row).toContainText("2031-09-30");
  await expect(row.getByRole("link")).toHaveAttribute("href", /\/reviews\/[^/]+\/review$/);

  // The same date in the calendar file the page links to.
  const link = page.getByRole("link", { name: "Add every re-review date to your calendar (.ics)" });
  const calendar = await request.get((await link.getAttribute("href"))!);
  expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await calendar.text();
  expect(text).toContain(`UID:${reviewId}@clausewise`);
  expect(text).toContain("DTSTART;VALUE=DATE:20310702");
});

test("a procurement user starts the re-review from the renewals page; it starts from last time's answers and shows what changed in the vendor's terms", async ({
  page,
  request,
  signedInAs,
}, testInfo) => {
  const mark = `${testInfo.project.name}-${Date.now()}`;
  const buyerName = `Re-reviewing Bank ${mark}`;
  const oldId = await createReviewFrom(request, {
    ...bank,
    vendorId: "luma",
    otherProductsInUse: [],
    stage: "new",
    buyerName,
    renewalDate: "2031-09-30",
  });

  await page.goto(`/renewals?buyer=${encodeURIComponent(buyerName)}`);
  const row = page.getByRole("row").filter({ hasText: buyerName });
  await row.getByRole("button", { name: "Start the re-review" }).click();
  await expectStep(page, "context");
  const newId = reviewIdFrom(page.url());
  expect(newId).not.toBe(oldId);
  await expect(page.getByRole("status").filter({ hasText: "starts from last time’s answers" })).toContainText(
    "especially the next renewal date",
  );
  await expect(page.getByLabel(/^Buyer’s legal name/)).toHaveValue(buyerName);
  // The renewal just reached is not carried over: the next one is asked for.
  await expect(page.getByLabel(/^Next renewal date/)).toHaveValue("");
  // Every step is open until it is saved, though last time's answers are in it.
  await expect(
    page.getByRole("navigation", { name: "Questionnaire steps" }).locator(".stepper__step--complete"),
  ).toHaveCount(0);

  // The renewals page now leads to it, and a second start leads to the same re-review instead of a new one.
  await page.goto(`/renewals?buyer=${encodeURIComponent(buyerName)}`);
  // Two rows: the review, with the way to its re-review, and the re-review under "no date" (the renewal
  // just reached is not carried over).
  const started = page
    .getByRole("row")
    .filter({ hasText: buyerName })
    .getByRole("link", { name: /^Re-review started .* — continue$/ });
  await expect(started).toHaveAttribute("href", `/reviews/${newId}`);
  const again = await request.post(`/reviews/${oldId}/renew`, { headers: SAME_ORIGIN, form: {}, maxRedirects: 0 });
  expect(again.headers().location).toBe(`/reviews/${newId}/context?reReviewExists`);

  // Before the vendor's terms change: nothing to reconfirm beyond the usual.
  await page.goto(`/reviews/${newId}/review`);
  const changes = page.getByRole("region", { name: "Changed in Luma AI’s terms since the last review" });
  await expect(changes).toContainText("No change recorded in the catalog since");

  // Legal records a new version of Luma API's retention terms.
  await recordLumaRetention(await (await signedInAs("legal")).newPage(), mark);

  await page.reload();
  const retention = changes.locator('[data-provision="retention"]');
  await expect(retention.getByRole("heading", { name: "Retention" })).toBeVisible();
  await expect(retention).toContainText(`Inputs are now kept for 90 days ${mark}.`);
  await expect(retention).toContainText("Luma data retention policy");
  await expect(retention).toContainText("checked 2026-04-20");
});

test("a draft has nothing to re-review: the page says so, and a post anyway is refused with 409 and creates nothing", async ({
  page,
  request,
}) => {
  const buyerName = `Draft Renewal Ltd ${Date.now()}`;
  const reviewId = await createReviewFrom(request, { buyerName, vendorId: "anthropic" });
  await page.goto(`/reviews/${reviewId}/renew`);
  await expect(page.getByText("This review is still a draft: finish it first.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the re-review" })).toHaveCount(0);

  const post = await request.post(`/reviews/${reviewId}/renew`, { headers: SAME_ORIGIN, form: {}, maxRedirects: 0 });
  expect(post.status()).toBe(409);
  expect(await post.text()).toContain("This review is still a draft");
  await page.goto("/reviews");
  await expect(page.getByRole("row").filter({ hasText: buyerName })).toHaveCount(1);
});

// Reported once in three JavaScript-off runs: the re-review's training step showed none of last time's
// answers. Walked step by step through the buttons, as a person does, in both projects.
test("a re-review walked step by step shows last time's answers on every step until each is saved again", async ({
  page,
  request,
}, testInfo) => {
  const buyerName = `Walking Bank ${testInfo.project.name}-${Date.now()}`;
  // Every question answered, those added since the fixture was written too: each step saves as it stands.
  const oldId = await createReviewFrom(request, {
    ...bank,
    buyerName,
    renewalDate: "2031-09-30",
    regulatedSectors: ["euFinancialEntity"],
    useCase: "Summarising internal credit memos for analysts.",
    highRiskUses: ["none"],
    customizations: ["none"],
    toolUse: ["none"],
  });
  await page.goto(`/reviews/${oldId}/review`);
  await page.getByRole("button", { name: "Start the re-review" }).click();
  await expectStep(page, "context");
  const newId = reviewIdFrom(page.url());
  expect(newId).not.toBe(oldId);
  await page.getByLabel(/^Next renewal date/).fill("2033-09-30");
  await page.getByRole("button", { name: /^Save and continue$/ }).click();
  for (const step of ["data", "use"]) {
    await expectStep(page, step);
    await page.getByRole("button", { name: /^Save and continue$/ }).click();
  }
  await expectStep(page, "training");
  expect(reviewIdFrom(page.url())).toBe(newId);
  await expect(question(page, "Use of your data to train models").getByLabel("Never", { exact: true })).toBeChecked();
  await expect(
    question(page, "Will users rate outputs or send feedback?").getByLabel("No", { exact: true }),
  ).toBeChecked();
});
