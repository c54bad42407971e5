// Doing what a person does with accounts, through the pages: the first-run set-up, inviting, joining,
// signing in. Shared by the setup project and the account and security tests.
import { expect, type Page } from "@playwright/test";

import type { Role } from "../../app/accounts/roles.ts";
import { ROLE_LABELS } from "../../app/accounts/roles.ts";
import { PASSWORD } from "./users.ts";

export async function createFirstAdmin(page: Page, admin: { email: string; name: string }): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create the first admin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
}

/** An admin on /admin/users invites `email` with `role`; returns the one-time link the page shows. */
export async function inviteByForm(page: Page, email: string, role: Role): Promise<string> {
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel(ROLE_LABELS[role], { exact: true }).check();
  await form.getByRole("button", { name: "Create an invitation link" }).click();
  const link = page.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]{43}$/);
  return link.inputValue();
}

/** The invitee opens the link, chooses a name and password, and lands signed in on the home page. */
export async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join Clausewise");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("banner")).toContainText(name);
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
