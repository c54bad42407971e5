// The clause pack as a buyer and legal get it: the preview page, the .docx download, and its record.
import { expect, test } from "./fixtures.ts";
import fs from "node:fs";
import path from "node:path";
import { paragraphs, part, readDocx } from "../support/read-docx.ts";
import { createReviewFrom } from "./wizard-helpers.ts";

const hospital = JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/hospital-consumer-app.json"), "utf8"))
  .answers as Record<string, unknown>;

test("preview the clause pack, download it, and find it recorded with its hash", async ({ page, request }) => {
  const reviewId = await createReviewFrom(request, { ...hospital, buyerName: "St. Brigid’s <Hospital> & “Clinics”" });
  await page.goto(`/reviews/${reviewId}/review`);
  await page.getByRole("link", { name: "Preview the negotiation memo" }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${reviewId}/pack$`));

  // Without JavaScript the page streams in: read the clause titles once it has all arrived.
  await page.waitForLoadState("load");
  const pack = page.locator("article.pack");
  await expect(pack.getByRole("heading", { level: 1 })).toContainText("St. Brigid’s <Hospital> & “Clinics”");
  const previewTitles = await pack.locator("h3.pack-clause__title").allTextContents();
  expect(previewTitles.length).toBeGreaterThan(10);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the negotiation memo (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Negotiation memo - St\. Brigid’s Hospital & “Clinics” - Anthropic - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  const file = fs.readFileSync(await download.path());
  const text = paragraphs(part(await readDocx(file), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  // The buyer's name reaches the document exactly, markup and all, as text.
  expect(text).toContain("St. Brigid’s <Hospital> & “Clinics”");
  for (const title of previewTitles) expect(text).toContain(title.replace(/^\d+\.\s*/, ""));

  await page.goto(`/reviews/${reviewId}/review`);
  const history = page.getByRole("region", { name: "Documents generated" });
  const crypto = await import("node:crypto");
  const sha256 = crypto.createHash("sha256").update(file).digest("hex");
  await expect(history).toContainText(sha256);

  // The addendum for the vendor: the same clauses, none of the memo's notes, recorded beside the memo.
  const [addendum] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the addendum for the vendor (.docx)" }).click(),
  ]);
  expect(addendum.suggestedFilename()).toMatch(
    /^Addendum - St\. Brigid’s Hospital & “Clinics” - Anthropic - [\d-]+\.docx$/,
  );
  const addendumFile = fs.readFileSync(await addendum.path());
  const addendumText = paragraphs(part(await readDocx(addendumFile), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  expect(addendumText).toContain("Draft for negotiation");
  expect(addendumText).toContain("St. Brigid’s <Hospital> & “Clinics” (the “Customer”)");
  expect(addendumText).not.toContain("Negotiation note");
  await page.goto(`/reviews/${reviewId}/review`);
  await expect(history).toContainText("Addendum for the vendor");
  await expect(history).toContainText(crypto.createHash("sha256").update(addendumFile).digest("hex"));
});

test("the download is an attachment, never cached, with a safe file name", async ({ request }) => {
  const reviewId = await createReviewFrom(request, { ...hospital, buyerName: 'Quote" Slash/ Back\\ Line\nBreak' });
  const response = await request.get(`/reviews/${reviewId}/pack.docx`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["content-disposition"]).toMatch(
    /^attachment; filename="Negotiation memo - Quote Slash Back Line Break - Anthropic - [\d-]+\.docx"; filename\*=UTF-8''/,
  );
  // Asking again gives the recorded file, byte for byte.
  const again = await request.get(`/reviews/${reviewId}/pack.docx`);
  expect(Buffer.compare(await again.body(), await response.body())).toBe(0);
});
