// Importing a catalog file in the app: legal (or an admin) pastes or uploads it; a broken file is refused
// with every problem and its line, nothing saved; a changed fact becomes a new version; procurement may not.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures.ts";

const luma = fs.readFileSync(path.resolve("catalog/vendors/luma.yaml"), "utf8");
const AGE = "statement: Users under 13 are not allowed (COPPA).";

test("legal imports a catalog file: a broken one is refused with its line, a changed fact becomes a version", async ({
  signedInAs,
}, testInfo) => {
  const page = await (await signedInAs("legal")).newPage();
  const mark = `${testInfo.project.name} ${Date.now()}`;
  await page.goto("/catalog");
  await page.getByRole("link", { name: "Import a catalog file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a catalog file" })).toBeVisible();

  const broken = luma.replace("name: Luma AI", "name: Luma AI\ncolour: blue");
  await page.getByLabel(/^Or paste a file/).fill(broken);
  await page.getByRole("button", { name: "Import" }).click();
  const problems = page.getByRole("alert");
  await expect(problems).toContainText("Nothing was imported");
  const line = broken.split("\n").indexOf("colour: blue") + 1;
  await expect(problems).toContainText(`pasted text:${line}:`);
  await expect(problems).toContainText("colour");
  // The pasted text is kept, to correct it.
  await expect(page.getByLabel(/^Or paste a file/)).toHaveValue(broken);

  const changed = luma.replace(AGE, `statement: Users under 13 are not allowed (COPPA); checked ${mark}.`);
  await page.getByLabel(/^Or paste a file/).fill(changed);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText(/Luma AI: 1 new version, \d+ unchanged/);

  await page.goto("/catalog?vendor=luma");
  const age = page.locator('[id="line-luma-consumer"] tr[data-provision="minimum_age"]:not([data-aspect])');
  await expect(age).toContainText(`checked ${mark}`);
  await expect(age.getByText(/History: \d+ versions/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent changes to the catalog" })).toContainText(
    "Imported a catalog file for Luma AI: 1 new version of its provisions",
  );
});

test("procurement may not import a catalog file", async ({ signedInAs }) => {
  const page = await (await signedInAs("procurement")).newPage();
  const response = await page.goto("/catalog/import");
  expect(response?.status()).toBe(403);
  await page.goto("/catalog");
  await expect(page.getByRole("link", { name: "Import a catalog file" })).toHaveCount(0);
});
