// The users page's refusals, on a server of its own (the shared one's admin must stay an admin).
import { createFirstAdmin } from "./account-helpers.ts";
import { expect, testOnOwnServer as test } from "./fixtures.ts";
import { USERS } from "./users.ts";
import { usesJavaScript } from "./wizard-helpers.ts";

test("the last admin cannot stop being one: the reason is shown where the eye is, and nothing changed", async ({
  freshBrowser,
}, testInfo) => {
  const admin = await freshBrowser();
  await admin.goto("/");
  await createFirstAdmin(admin, USERS.admin);

  const row = admin.locator("tr", { hasText: USERS.admin.email });
  await row.getByRole("combobox", { name: `Role of ${USERS.admin.name}` }).selectOption("legal");
  await row.getByRole("button", { name: `Change role of ${USERS.admin.name}` }).click();

  const refusal = admin.getByRole("alert").filter({ hasText: "is the last admin" });
  await expect(refusal).toBeVisible();
  // Without JavaScript the page loads again at its top; with it, the message is brought into focus.
  if (usesJavaScript(testInfo)) await expect(refusal).toBeFocused();
  await admin.reload();
  await expect(
    admin.locator("tr", { hasText: USERS.admin.email }).getByRole("combobox", { name: `Role of ${USERS.admin.name}` }),
  ).toHaveValue("admin");
  await expect(admin.getByRole("navigation").getByRole("link", { name: "Users" })).toBeVisible();
});
