// The record of a negotiation, as a new user keeps it: what was agreed for each clause and the signed
// agreement, then at renewal the re-review that starts from them and the reconfirmation checklist that
// sets each against the vendor's terms then and now. With JavaScript on and off (the two projects).
import fs from "node:fs";
import path from "node:path";

import { paragraphs, part, readDocx, tables } from "../support/read-docx.ts";
import { readXlsx, shown } from "../support/read-xlsx.ts";
import { expect, test } from "./fixtures.ts";
import { SAME_ORIGIN } from "./users.ts";
import { recordLumaRetention } from "./catalog-helpers.ts";
import { createReviewFrom, expectStep, reviewIdFrom } from "./wizard-helpers.ts";

const bank = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

test("what was agreed is recorded clause by clause, and the re-review's checklist sets it against the vendor's terms then and now", async ({
  page,
  request,
  signedInAs,
}, testInfo) => {
  const mark = `${testInfo.project.name}-${Date.now()}`;
  const buyerName = `Agreeing Bank ${mark}`;
  const reviewId = await createReviewFrom(request, {
    ...bank,
    vendorId: "luma",
    otherProductsInUse: [],
    buyerName,
    renewalDate: "2031-09-30",
  });

  // The questionnaire goes to the vendor, who answers the first question in the workbook.
  const blank = await request.get(`/reviews/${reviewId}/questions.xlsx`);
  expect(blank.status()).toBe(200);
  const workbook = await readXlsx(await blank.body());
  const sheet = workbook.getWorksheet("Questions")!;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (header === 0 && shown(row.getCell(1).value) === "Question id") header = n;
  });
  const firstQuestion = shown(sheet.getRow(header + 1).getCell(1).value);
  const vendorAnswer = `We delete inputs after 30 days; see our retention policy — ${mark}.`;
  sheet.getRow(header + 1).getCell(6).value = vendorAnswer;
  sheet.getRow(header + 1).getCell(8).value = "Ines Vendor, Luma AI counsel";
  sheet.getRow(header + 1).getCell(9).value = "2026-11-25";
  const answered = Buffer.from(await workbook.xlsx.writeBuffer());

  // Imported on the review's written-answers page.
  await page.goto(`/reviews/${reviewId}/review`);
  await page.getByRole("region", { name: "The vendor’s written answers" }).getByRole("link").click();
  await page.getByLabel("The vendor questionnaire, filled in (.xlsx)").setInputFiles({
    name: "answered.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: answered,
  });
  await page.getByRole("button", { name: "Import the answers" }).click();
  await expect(page.getByText(vendorAnswer).first()).toBeVisible();
  await expect(page.getByText("Ines Vendor, Luma AI counsel").first()).toBeVisible();

  // From the review, to what was agreed.
  await page.goto(`/reviews/${reviewId}/review`);
  await expect(page.getByRole("region", { name: "The vendor’s written answers" })).toContainText("1 of ");
  await page
    .getByRole("region", { name: "The negotiation" })
    .getByRole("link", { name: "Record what was agreed" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "What was agreed" })).toBeVisible();

  // The signed agreement.
  const agreement = page.getByRole("form", { name: "The signed agreement", exact: true });
  await agreement.getByLabel("Title of the signed agreement").fill("Master Services Agreement");
  await agreement.getByLabel("Date signed").fill("2026-11-20");
  await agreement.getByLabel("Term, in months").fill("24");
  await agreement.getByRole("button", { name: "Record the agreement" }).click();
  await expect(page.getByRole("region", { name: "The signed agreement", exact: true })).toContainText(
    "Master Services Agreement, signed 2026-11-20, for 24 months (to 2028-11-19)",
  );

  // No training: fallback (a).
  const noTraining = page.locator("#clause-no-training");
  await noTraining
    .locator("summary")
    .filter({ hasText: /^Record what was agreed$/ })
    .click();
  await noTraining.getByLabel("Fallback (a)").check();
  await noTraining.getByRole("button", { name: "Record what was agreed" }).click();
  await expect(page.locator("#clause-no-training")).toContainText("Fallback (a) agreed");

  // Retention: other wording, every character as typed.
  const wording = `Inputs are deleted within 7 days — “no exceptions” ${mark}.`;
  const retention = page.locator("#clause-retention-limit");
  await retention
    .locator("summary")
    .filter({ hasText: /^Record what was agreed$/ })
    .click();
  await retention.getByLabel(/^Other wording/).check();
  await retention.getByLabel(/^The wording agreed/).fill(wording);
  await retention.getByRole("button", { name: "Record what was agreed" }).click();
  await expect(page.locator("#clause-retention-limit")).toContainText(wording);

  // A risk accepted without saying who accepted it is refused, with what was typed kept.
  const liability = page.locator("#clause-liability-and-insurance");
  await liability
    .locator("summary")
    .filter({ hasText: /^Record what was agreed$/ })
    .click();
  await liability.getByLabel(/^Risk accepted/).check();
  await liability.getByLabel(/^Why the risk is accepted/).fill("A pilot of three months.");
  await liability.getByRole("button", { name: "Record what was agreed" }).click();
  const alert = page.locator("#clause-liability-and-insurance").getByRole("alert");
  await expect(alert).toContainText("Enter who accepted the risk.");
  await expect(page.locator("#clause-liability-and-insurance").getByLabel(/^Why the risk is accepted/)).toHaveValue(
    "A pilot of three months.",
  );
  await page.goto(`/reviews/${reviewId}/agreed`);
  await expect(page.locator("#clause-liability-and-insurance")).toContainText("Nothing recorded yet.");

  // The history says who recorded what.
  await page.goto(`/reviews/${reviewId}/review`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Recorded the signed agreement “Master Services Agreement”");
  await expect(history).toContainText("Fallback (a) agreed");

  // After the review, Luma's published retention terms change.
  await recordLumaRetention(await (await signedInAs("legal")).newPage(), mark);

  // At renewal: the re-review starts from what was agreed, and says what the change touches.
  const started = await request.post(`/reviews/${reviewId}/renew`, { headers: SAME_ORIGIN, form: {}, maxRedirects: 0 });
  const reReviewId = reviewIdFrom(started.headers().location);
  await page.goto(`/reviews/${reReviewId}/review`);
  const change = page.locator('[data-testid="catalog-changes"] [data-provision="retention"]');
  await expect(change).toContainText(`Inputs are now kept for 90 days ${mark}.`);
  await expect(change).toContainText("Touches what was agreed: Retention limit");
  await expect(change).toContainText("(Other wording agreed)");
  await page.getByRole("link", { name: "Open the reconfirmation checklist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reconfirmation checklist" })).toBeVisible();
  const row = page.locator('tr[data-clause="retention-limit"]');
  await expect(row).toContainText("Other wording agreed");
  await expect(row).toContainText("Retention: Changed");
  await expect(row).toContainText(`Now: Inputs are now kept for 90 days ${mark}.`);
  await expect(page.locator('tr[data-clause="no-training"]')).toContainText("Fallback (a) agreed");

  // The checklist as a document: one row per position, with its box, the change, the wording agreed.
  const link = page.getByRole("link", { name: "Download the checklist (.docx)" });
  const docx = await request.get((await link.getAttribute("href"))!);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-disposition"]).toContain("Reconfirmation checklist - Agreeing Bank");
  const doc = part(await readDocx(await docx.body()), "word/document.xml");
  expect(paragraphs(doc).map((p) => p.text)).toContain(
    "Agreement: Master Services Agreement, signed 2026-11-20, for 24 months (to 2028-11-19)",
  );
  const [table] = tables(doc);
  const at = table.findIndex((cells) => cells[1]?.includes("Other wording agreed"));
  expect(table[at][0]).toBe("☐");
  expect(table[at][2]).toContain("Retention: CHANGED");
  expect(table[at + 1][1]).toBe(`As agreed:\n${wording}`);

  // It starts from the vendor's written answers too.
  await page.goto(`/reviews/${reReviewId}/vendor-answers`);
  await expect(page.getByText(vendorAnswer).first()).toBeVisible();
  expect(firstQuestion).toMatch(/^Q-/);

  // The re-review's own record starts from what was agreed last time.
  await page.goto(`/reviews/${reReviewId}/agreed`);
  const carried = page.getByRole("region", { name: "Agreed in the review this one renews" });
  await expect(carried.locator("#clause-no-training")).toContainText("Fallback (a) agreed");
  await expect(carried.locator("#clause-retention-limit")).toContainText(wording);
  await page.goto(`/reviews/${reReviewId}/context`);
  await expectStep(page, "context");
});
