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

test("the catalog lists every vendor and product line, with sources, dates and unknowns", async ({ page }) => {
  await page.goto("/catalog");
  for (const vendor of ["Anthropic", "OpenAI", "Google", "Microsoft", "Luma AI", "Writer"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${vendor}`) })).toBeVisible();
  }
  const anthropicApi = page.getByRole("region", { name: "Anthropic — Claude API (Commercial Terms)" });
  const training = anthropicApi.locator('tr[data-provision="training_use_of_input"]');
  await expect(training).toContainText("not permitted to train models");
  await expect(training).toContainText("checked 2026-04-18");
  await expect(anthropicApi.locator('tr[data-provision="audit_right"]')).toContainText(
    "no right for the customer to audit",
  );
  // The marketplace line is all unknown in the starting catalog: shown as unknown, with what to do.
  const marketplace = page.getByRole("region", { name: "Anthropic — Claude through cloud marketplaces" });
  await expect(marketplace.locator('tr[data-provision="training_use_of_input"]')).toContainText(
    "Unknown — ask the vendor in writing.",
  );
  // The OpenAI retention provision changed: both versions are kept and shown.
  const retention = page
    .getByRole("region", { name: "OpenAI — OpenAI API platform" })
    .locator('tr[data-provision="retention"]');
  await expect(retention).toContainText("reasonably necessary to protect");
  await expect(retention.getByText("History: 2 versions")).toBeVisible();
  // A fact known only from secondary sources is marked as unverified.
  await expect(
    page.getByRole("region", { name: "Microsoft — Azure OpenAI Service" }).locator('tr[data-provision="retention"]'),
  ).toContainText("unverified");
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
