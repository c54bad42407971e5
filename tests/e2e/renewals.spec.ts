import { expect, test } from "./fixtures";
import fs from "node:fs";
import path from "node:path";
import { createReviewFrom } from "./wizard-helpers.ts";

const bank = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

test("the renewals page lists a review's renewal with the date its re-review starts", async ({ page, request }) => {
  const buyerName = `Renewing Bank ${Date.now()}`;
  await createReviewFrom(request, { ...bank, buyerName, renewalDate: "2031-09-30", reviewLeadDays: 90 });
  await page.goto("/renewals");
  const row = page.getByRole("row").filter({ hasText: buyerName });
  await expect(row).toContainText("2031-07-02");
  await expect(row).toContainText("2031-09-30");
  await expect(row.getByRole("link")).toHaveAttribute("href", /\/reviews\/[^/]+\/review$/);
});
