// Runs once before the other projects: the first run of a new server, as a company meets it. The admin
// is created on the set-up page, then invites a procurement and a legal user, who follow their links.
// Each signed-in browser state is saved for the tests (users.ts).
import { expect, test as setup } from "./fixtures.ts";
import { stateFile, USERS } from "./users.ts";
import { createFirstAdmin, inviteByForm, joinByLink } from "./account-helpers.ts";

setup("the first admin, and a procurement and a legal user invited by them", async ({ page, signedInAs }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await createFirstAdmin(page, USERS.admin);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.context().storageState({ path: stateFile("admin") });

  for (const role of ["procurement", "legal"] as const) {
    const link = await inviteByForm(page, USERS[role].email, role);
    const invitee = await (await signedInAs(null)).newPage();
    await joinByLink(invitee, link, USERS[role].name);
    await invitee.context().storageState({ path: stateFile(role) });
  }
});
