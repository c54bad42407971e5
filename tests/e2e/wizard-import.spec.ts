// Answers files: start a review from one, replace a draft's answers with one, download one — in both projects.
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "./fixtures.ts";

import { createReviewFrom, expectStep, exportedAnswers, reviewIdFrom } from "./wizard-helpers.ts";

const FIXTURE = path.join(process.cwd(), "tests/fixtures/answers/bank-api-eu.json");

test("a bad answers file lists every problem by field, and nothing is saved", async ({ page }) => {
  await page.goto("/reviews");
  const before = await page.locator("tr[data-review]").count();
  await page.goto("/reviews/new");
  const bad = { version: 1, answers: { buyerName: "", vendorId: "acme", termMonths: 500, colour: "blue" } };
  await page.getByLabel("Or paste the file’s contents").fill(JSON.stringify(bad));
  await page.getByRole("button", { name: "Start from this file" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "The answers file has problems" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Nothing was saved");
  for (const [field, message] of [
    ["colour", "is not a question of this questionnaire"],
    ["buyerName", "is required and cannot be blank"],
    ["vendorId", '"acme" is not in the catalog'],
    ["termMonths", "must be a whole number from 1 to 120"],
  ]) {
    await expect(summary.getByRole("listitem").filter({ hasText: field })).toContainText(message);
  }
  // The pasted text is kept to correct.
  await expect(page.getByLabel("Or paste the file’s contents")).toHaveValue(JSON.stringify(bad));

  await page.goto("/reviews");
  await expect(page.locator("tr[data-review]")).toHaveCount(before);
});

test("text that is not JSON is refused with a message saying so", async ({ page }) => {
  await page.goto("/reviews/new");
  await page.getByLabel("Or paste the file’s contents").fill('{ "version": 1, ');
  await page.getByRole("button", { name: "Start from this file" }).click();
  await expect(page.getByRole("alert")).toContainText("This is not valid JSON");
});

test("export then import gives the same answers", async ({ page }) => {
  // Start from a file, as a new user would: upload it.
  await page.goto("/reviews/new");
  await page.getByLabel("Answers file (.json)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Start from this file" }).click();
  await expectStep(page, "review");
  const fromFile = reviewIdFrom(page.url());
  const original = JSON.parse(fs.readFileSync(FIXTURE, "utf8")).answers;
  expect(await exportedAnswers(page.request, fromFile)).toEqual(original);

  // Download its answers file, and replace a new draft's answers with it.
  const download = await page.request.get(`/reviews/${fromFile}/answers.json`);
  const exported = await download.text();
  const draft = await createReviewFrom(page.request, { buyerName: "Placeholder" });
  await page.goto(`/reviews/${draft}/import`);
  await page
    .getByLabel("Answers file (.json)")
    .setInputFiles({ name: "answers.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await page.getByRole("button", { name: "Replace the answers" }).click();
  await expectStep(page, "review");
  expect(reviewIdFrom(page.url())).toBe(draft);
  expect(await exportedAnswers(page.request, draft)).toEqual(original);
});

test("replacing a draft's answers with a bad file changes nothing", async ({ page }) => {
  const draft = await createReviewFrom(page.request, { buyerName: "Keep Me Ltd" });
  await page.goto(`/reviews/${draft}/import`);
  await page.getByLabel("Or paste the file’s contents").fill(JSON.stringify({ version: 2, answers: {} }));
  await page.getByRole("button", { name: "Replace the answers" }).click();
  await expect(page.getByRole("alert")).toContainText("Version 2 is not supported");
  expect(await exportedAnswers(page.request, draft)).toEqual({ buyerName: "Keep Me Ltd" });
});
