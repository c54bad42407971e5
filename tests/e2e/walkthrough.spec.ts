// Issue 6's "done when", as a new company meets it, on a server of its own: a fresh start, the admin
// created, a procurement and a legal user invited, each doing only what their role allows, and the
// review's history saying who did what.
import fs from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";

import { createFirstAdmin, inviteByForm, joinByLink } from "./account-helpers.ts";
import { expect, testOnOwnServer as test } from "./fixtures.ts";
import { USERS } from "./users.ts";
import { expectStep, labelled, saveAndContinue } from "./wizard-helpers.ts";

const bankFile = fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8");

async function expectNav(page: Page, links: string[]) {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(links);
}

async function expectRefused(page: Page, address: string) {
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" })).toBeVisible();
}

test("fresh start → the admin → a procurement and a legal user, each doing what their role allows; the history says who did what", async ({
  freshBrowser,
}) => {
  // A fresh start: whatever address is opened, the app asks for its first admin.
  const admin = await freshBrowser();
  await admin.goto("/catalog");
  await expect(admin).toHaveURL(/\/setup$/);
  await createFirstAdmin(admin, USERS.admin);
  await expectNav(admin, ["Reviews", "Renewals", "Clause library", "Packs", "Catalog", "Users", "Backup"]);

  const procurementLink = await inviteByForm(admin, USERS.procurement.email, "procurement");
  const legalLink = await inviteByForm(admin, USERS.legal.email, "legal");
  await expect(admin.getByRole("region", { name: "Invitations not yet accepted" })).toContainText(
    USERS.procurement.email,
  );

  // Procurement: starts a review from an answers file, changes a step, downloads the pack.
  const pat = await freshBrowser();
  await joinByLink(pat, procurementLink, USERS.procurement.name);
  await expectNav(pat, ["Reviews", "Renewals", "Clause library", "Catalog"]);
  await expectRefused(pat, "/admin/users");
  await pat.goto("/catalog?vendor=luma");
  await expect(pat.getByText(/Record a new version of a provision/)).toHaveCount(0);
  await pat.goto("/reviews");
  await pat.getByRole("link", { name: "Start a review" }).click();
  await pat.getByLabel("Or paste the file’s contents").fill(bankFile);
  await pat.getByRole("button", { name: "Start from this file" }).click();
  await expectStep(pat, "review");
  const reviewUrl = pat.url().replace(/\?.*$/, "");
  await pat.getByRole("link", { name: "Edit The purchase" }).click();
  await pat.getByLabel(labelled("Buyer’s legal name")).fill("Nordhavn Bank A/S (EU)");
  await saveAndContinue(pat);
  await expectStep(pat, "data");
  await pat.goto(reviewUrl);
  const [patDownload] = await Promise.all([
    pat.waitForEvent("download"),
    pat.getByRole("link", { name: "Download the negotiation memo (.docx)" }).click(),
  ]);
  expect(patDownload.suggestedFilename()).toMatch(/^Negotiation memo - .*\.docx$/);

  // Legal: reads the review (no editing), downloads its answers, records a catalog change; no users page.
  const lee = await freshBrowser();
  await joinByLink(lee, legalLink, USERS.legal.name);
  await expectNav(lee, ["Reviews", "Renewals", "Clause library", "Packs", "Catalog"]);
  await expectRefused(lee, "/admin/users");
  await lee.goto("/reviews");
  await expect(lee.getByRole("link", { name: "Start a review" })).toHaveCount(0);
  await expect(lee.locator("tr", { hasText: "Nordhavn Bank A/S (EU)" })).toContainText(
    `Started by ${USERS.procurement.name}`,
  );
  await lee.getByRole("link", { name: "Nordhavn Bank A/S (EU)" }).click();
  await expectStep(lee, "review");
  await expect(lee.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await lee.getByRole("link", { name: "View The purchase" }).click();
  await expect(lee.getByRole("status").filter({ hasText: "You can read this review as Legal" })).toBeVisible();
  await expect(lee.locator('[data-answer="buyerName"]')).toContainText("Nordhavn Bank A/S (EU)");
  await expect(lee.locator("main").getByRole("textbox")).toHaveCount(0);
  await expect(lee.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await lee.goto(reviewUrl);
  await Promise.all([
    lee.waitForEvent("download"),
    lee.getByRole("link", { name: "Download the answers file (.json)" }).first().click(),
  ]);
  await expectRefused(lee, "/reviews/new");

  await lee.goto("/catalog?vendor=luma");
  const line = lee.getByRole("region", { name: "Luma AI — Dream Machine API" });
  await line.getByText("Record a new version of a provision for Dream Machine API").click();
  const form = line.getByRole("form", { name: "New provision for Luma AI — Dream Machine API" });
  await form.getByLabel("Provision").selectOption("retention");
  await form.getByLabel("Value").fill("30 days");
  await form.getByLabel("What the terms say").fill("Luma keeps API inputs for 30 days.");
  await form.getByLabel(/^Source title/).fill("Luma API terms");
  await form.getByLabel(/^Publisher/).fill("Luma AI");
  await form.getByLabel(/^Date checked/).fill("2026-04-20");
  await form.getByRole("button", { name: "Record this version" }).click();
  await expect(lee.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();

  // The admin sees who did what: on the review, on the users page, on the catalog.
  await admin.goto(reviewUrl);
  const history = admin.getByRole("region", { name: "History" });
  const rows = history.locator("tbody tr");
  await expect(rows).toHaveCount(4);
  for (const [row, who, what] of [
    [0, USERS.procurement.name, "Started the review from an answers file"],
    [1, USERS.procurement.name, "Saved the step “The purchase”"],
    [2, USERS.procurement.name, "Generated the negotiation memo (SHA-256 "],
    [3, USERS.legal.name, "Downloaded the answers file"],
  ] as const) {
    await expect(rows.nth(row)).toContainText(who);
    await expect(rows.nth(row)).toContainText(what);
  }
  await admin.goto("/admin/users");
  const accounts = admin.getByRole("region", { name: "Recent changes to accounts" });
  await expect(accounts).toContainText(`Invited ${USERS.legal.email} as Legal`);
  await expect(accounts).toContainText("Accepted the invitation and joined as Procurement");
  await admin.goto("/catalog");
  const change = admin.getByRole("region", { name: "Recent changes to the catalog" }).locator("tbody tr").first();
  await expect(change).toContainText(USERS.legal.name);
  await expect(change).toContainText("Recorded version 1 of “Retention” for Luma AI — Commercial API");
});
