import { expect, test } from "./fixtures.ts";

test("the home page says what Clausewise does and offers to start a review", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("without giving your data away");
  await expect(page.getByRole("link", { name: "Start a review" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Reviews", "Renewals", "Clause library", "Catalog"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByText("It is not legal advice.")).toHaveCount(1);
});

test("navigation reaches the catalog", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vendor catalog" })).toBeVisible();
});

test("the catalog lists every vendor, and a vendor's page shows its facts with sources, standing and history", async ({
  page,
}) => {
  await page.goto("/catalog");
  const vendors = page.getByRole("table").locator("tr[data-vendor]");
  await expect(vendors).toHaveCount(13);
  for (const vendor of ["Anthropic", "OpenAI", "Google", "Microsoft", "Mistral AI", "Amazon Web Services", "xAI"]) {
    await expect(page.getByRole("link", { name: vendor, exact: true })).toBeVisible();
  }
  await page.getByLabel("Vendor", { exact: true }).selectOption("anthropic");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/catalog\?vendor=anthropic/);
  await expect(page.getByRole("heading", { level: 2, name: "Anthropic" })).toBeVisible();
  // Who signs, for whom.
  await expect(page.getByRole("list", { name: "Contracting entities" })).toContainText(
    "Anthropic Ireland, Limited signs for the EEA, Switzerland, the UK",
  );
  const api = page.getByRole("region", { name: "Anthropic — Claude Developer Platform" });
  const training = api.locator('tr[data-provision="training_use_of_input"]:not([data-aspect])');
  await expect(training).toContainText("may not train models");
  await expect(training).toContainText("Commercial Terms of Service — Anthropic, effective 2025-06-17");
  // A term that changed: the days, and the older version kept in the history.
  const retention = api.locator('tr[data-provision="retention_days"]:not([data-aspect])');
  await expect(retention).toContainText("within 30 days");
  await expect(retention.getByText("History: 2 versions")).toBeVisible();
  // Sources that disagree are shown as such; no internal key or id is printed.
  await expect(api.locator('tr[data-aspect="reported-7-days"]')).toContainText("sources disagree");
  await expect(page.locator("main")).not.toContainText("retention_days");
  await expect(page.locator("main")).not.toContainText("AN-CT");
  // A fact resting on secondary sources only says so.
  await page.goto("/catalog?vendor=microsoft");
  await expect(
    page.locator('[id="line-microsoft-marketplace"] tr[data-provision="retention_days"]:not([data-aspect])'),
  ).toContainText("secondary source");
  // A line with nothing recorded on a key says unknown, with what to do.
  await page.goto("/catalog?vendor=meta");
  await expect(page.locator('tr[data-provision="baa"]:not([data-aspect])')).toContainText(
    "Unknown — ask the vendor in writing.",
  );
});

test("an unknown address shows the app's 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("/healthz answers ok after a database query", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
