// The admin's backup: a consistent copy of the whole database, downloaded from the Backup page.
import Database from "better-sqlite3";

import { expect, test } from "./fixtures.ts";

test("an admin downloads a backup that opens as a SQLite database holding the accounts, and the page records it", async ({
  signedInAs,
}) => {
  const admin = await (await signedInAs("admin")).newPage();
  await admin.goto("/admin/backup");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Backup");
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: "Download a backup (.db)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^clausewise-backup-\d{4}-\d{2}-\d{2}T\d{4}Z\.db$/);
  const copy = new Database(await download.path(), { readonly: true });
  try {
    expect(copy.pragma("quick_check", { simple: true })).toBe("ok");
    const users = copy.prepare("select email from users").all() as { email: string }[];
    expect(users.length).toBeGreaterThanOrEqual(3);
  } finally {
    copy.close();
  }
  await admin.reload();
  await expect(admin.getByRole("region", { name: "Backups taken" })).toContainText(
    "Downloaded a backup of the database",
  );
});

test("only admins may take a backup", async ({ signedInAs }) => {
  for (const role of ["procurement", "legal"] as const) {
    const page = await (await signedInAs(role)).newPage();
    for (const address of ["/admin/backup", "/admin/backup.db"]) {
      const response = await page.request.get(address);
      expect(response.status(), `${role} ${address}`).toBe(403);
      expect(response.headers()["content-type"], `${role} ${address}`).toMatch(/^text\/html/);
    }
  }
});
