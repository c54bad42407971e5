// axe-core on every page of the wizard, with JavaScript on: no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { STEP_IDS } from "../../app/questionnaire/questions.ts";

import { expect, test } from "./fixtures.ts";

import { createReviewFrom, saveAndContinue } from "./wizard-helpers.ts";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "axe runs with JavaScript on");

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    where,
  ).toEqual([]);
}

test("every step, the review step, the list and the import pages pass axe", async ({ page }) => {
  // Sixteen pages through axe: more than the default 30 s on a busy 2-core machine.
  test.slow();
  const answers = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "tests/fixtures/answers/bank-api-eu.json"), "utf8"),
  ).answers;
  // A consumer product in use, so the callout is checked too.
  const reviewId = await createReviewFrom(page.request, { ...answers, otherProductsInUse: ["business", "consumer"] });
  for (const step of STEP_IDS) {
    await page.goto(`/reviews/${reviewId}/${step}`);
    await expect(page).toHaveURL(new RegExp(`/${step}$`));
    await expectNoSeriousViolations(page, step);
  }
  for (const address of ["/reviews", "/reviews/new", "/reviews/new/context", `/reviews/${reviewId}/import`]) {
    await page.goto(address);
    await expectNoSeriousViolations(page, address);
  }
});

test("a step showing errors passes axe", async ({ page }) => {
  const reviewId = await createReviewFrom(page.request, {});
  await page.goto(`/reviews/${reviewId}/context`);
  await page.getByLabel(/^Term \(months\)/).fill("0");
  await saveAndContinue(page);
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoSeriousViolations(page, "context with errors");
  await page.goto(`/reviews/${reviewId}/data`);
  await expectNoSeriousViolations(page, "an empty step");
});
