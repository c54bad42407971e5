// A forgotten password and a changed one, as people meet them: an admin hands out a reset link, the person
// sets a new password through it and is signed in, the old password and the used link no longer work; then
// they change their password on their account page and their other browser is signed out.
// The person is invited for this test (a project of their own each run), so resetting their password does
// not end the shared procurement and legal sessions the other specs use.
import { inviteByForm, joinByLink, signIn } from "./account-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { PASSWORD } from "./users.ts";

test("a reset link lets a person back in once; changing the password on /account signs out their other browser", async ({
  signedInAs,
}, testInfo) => {
  const email = `robin.${testInfo.project.name}.${Date.now()}@example.test`;
  const name = `Robin Reset ${testInfo.project.name}`;
  const resetPassword = "the password chosen through the link";
  const changedPassword = "the password changed on the account page";

  const admin = await (await signedInAs("admin")).newPage();
  const invitation = await inviteByForm(admin, email, "procurement");
  const laptop = await (await signedInAs(null)).newPage();
  await joinByLink(laptop, invitation, name);

  // The admin makes a reset link: shown once on the page, never as an address.
  await admin.goto("/admin/users");
  const row = admin.locator(`tr[data-user="${email}"]`);
  await row.getByRole("button", { name: `Password reset link for ${name}` }).click();
  await expect(admin.getByRole("heading", { name: `Password reset link for ${name}` })).toBeVisible();
  const field = admin.getByLabel("Password reset link");
  await expect(field).toHaveValue(/\/reset-password\/[\w-]{43}$/);
  const link = await field.inputValue();
  await expect(admin).toHaveURL(/\/admin\/users(#.*)?$/);

  // A fresh browser opens it, sets a new password, and lands signed in.
  const phone = await (await signedInAs(null)).newPage();
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expect(phone.locator("main")).toContainText(`For ${name} (${email})`);
  await phone.getByLabel("New password", { exact: true }).fill("too short");
  await phone.getByLabel("New password again").fill("too short");
  await phone.getByRole("button", { name: "Set the new password" }).click();
  await expect(phone.locator("#account-password-error")).toHaveText(/Password must be at least 12 characters long\./);
  await phone.getByLabel("New password", { exact: true }).fill(resetPassword);
  await phone.getByLabel("New password again").fill(resetPassword);
  await phone.getByRole("button", { name: "Set the new password" }).click();
  await expect(phone).toHaveURL(/\/$/);
  await expect(phone.getByRole("banner")).toContainText(name);

  // The browser signed in before the reset is signed out, and the old password no longer signs in.
  await laptop.goto("/reviews");
  await expect(laptop).toHaveURL(/\/sign-in\?next=%2Freviews$/);
  await signIn(laptop, email, PASSWORD);
  await expect(laptop.getByRole("alert")).toContainText("The email or the password is wrong.");

  // The same link a second time is refused, and says why.
  const stranger = await (await signedInAs(null)).newPage();
  const again = await stranger.goto(link);
  expect(again?.status()).toBe(410);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("This password reset link cannot be used");
  await expect(stranger.locator("main")).toContainText("has been used already");

  // With the new password the laptop signs in again: two browsers signed in as Robin.
  await signIn(laptop, email, resetPassword);
  await expect(laptop).toHaveURL(/\/reviews$/);

  // On the phone, Robin changes their password from their account page (their name in the header).
  await phone.getByRole("link", { name: `Your account: ${name}` }).click();
  await expect(phone).toHaveURL(/\/account$/);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await phone.getByLabel("Current password").fill(PASSWORD);
  await phone.getByLabel("New password", { exact: true }).fill(changedPassword);
  await phone.getByLabel("New password again").fill(changedPassword);
  await phone.getByRole("button", { name: "Change my password" }).click();
  await expect(phone.locator("#account-current-password-error")).toHaveText(/The current password is wrong\./);
  await phone.getByLabel("Current password").fill(resetPassword);
  await phone.getByLabel("New password", { exact: true }).fill(changedPassword);
  await phone.getByLabel("New password again").fill(changedPassword);
  await phone.getByRole("button", { name: "Change my password" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();

  // The phone stays signed in; the laptop is signed out.
  await phone.goto("/reviews");
  await expect(phone.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  await laptop.goto("/reviews");
  await expect(laptop).toHaveURL(/\/sign-in\?next=%2Freviews$/);

  // The admin sees all of it in the trail.
  await admin.goto("/admin/users");
  const trail = admin.getByRole("region", { name: "Recent changes to accounts" });
  await expect(trail).toContainText(`Created a password reset link for ${name}`);
  await expect(trail).toContainText("Reset their password");
  await expect(trail).toContainText("Changed their password");
});
