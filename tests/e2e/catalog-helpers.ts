// Helpers for end-to-end tests that change the vendor catalog the way legal does, on the Catalog page.
import { expect, type Page } from "@playwright/test";

/**
 * Legal records a new version of Luma API's retention terms, marked with `mark` so each test finds its own
 * (Luma is the vendor the renewal tests change; the others' terms stay as seeded).
 */
export async function recordLumaRetention(legal: Page, mark: string): Promise<void> {
  await legal.goto("/catalog?vendor=luma");
  const line = legal.getByRole("region", { name: "Luma AI — Dream Machine API" });
  await line.getByText("Record a new version of a provision for Dream Machine API").click();
  const form = line.getByRole("form", { name: "New provision for Luma AI — Dream Machine API" });
  await form.getByLabel("Provision").selectOption("retention");
  await form.getByLabel("Value").fill(`90 days ${mark}`);
  await form.getByLabel("What the terms say").fill(`Inputs are now kept for 90 days ${mark}.`);
  await form.getByLabel(/^Source title/).fill("Luma data retention policy");
  await form.getByLabel(/^Publisher/).fill("Luma AI");
  await form.getByLabel(/^Date checked/).fill("2026-04-20");
  await form.getByRole("button", { name: "Record this version" }).click();
  await expect(legal.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
}
