// Legal's workbench, as a new legal user works it: clauses found by searching, a pack built by hand for a
// vendor not in the catalog, the house wording of one clause changed, the pack built again with the new
// wording and the new library version. With JavaScript on and off (the two projects).
import type { Page } from "@playwright/test";

import { paragraphs, part, readDocx, tables } from "../support/read-docx.ts";
import { expect, test } from "./fixtures.ts";

/** Searches the library and ticks one clause found, keeping what was ticked before. */
async function searchAndTick(page: Page, words: string, title: string) {
  await page.getByRole("searchbox", { name: "Words" }).fill(words);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(title) })).toBeVisible();
  await page.getByLabel(`Add “${title}” to a pack`).check();
}

async function documentText(page: Page, link: string) {
  const response = await page.request.get((await page.getByRole("link", { name: link }).getAttribute("href"))!);
  expect(response.status()).toBe(200);
  const doc = part(await readDocx(await response.body()), "word/document.xml");
  return [...paragraphs(doc).map((p) => p.text), ...tables(doc).flat(2)].join("\n");
}

test("legal finds three clauses, builds a pack by hand for a vendor not in the catalog, changes a clause's house wording and builds it again", async ({
  signedInAs,
}, testInfo) => {
  const mark = `${testInfo.project.name}-${Date.now()}`;
  const page = await (await signedInAs("legal")).newPage();
  // Each project words a different clause, so the two walks never edit the same one.
  const edited =
    testInfo.project.name === "no-javascript"
      ? { id: "output-ownership", title: "Ownership of Inputs and Outputs" }
      : { id: "confidentiality", title: "Confidentiality and trade secrets" };

  await page.goto("/clauses");
  await searchAndTick(page, "security incident notify", "Security incident notification");
  await searchAndTick(page, "trade secrets", "Confidentiality and trade secrets");
  await searchAndTick(page, "ownership outputs", "Ownership of Inputs and Outputs");
  await page.getByRole("button", { name: "Build a pack from the clauses ticked" }).click();

  // The pack: the three clauses in the library's order, the parties and what the clauses print.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const chosen = page.getByRole("region", { name: "The clauses, in the pack’s order" });
  for (const title of [
    "Security incident notification",
    "Confidentiality and trade secrets",
    "Ownership of Inputs and Outputs",
  ])
    await expect(chosen).toContainText(title);
  const buyer = `Workbench Buyer ${mark}`;
  const vendor = `Nimbus Models S.à r.l. ${mark}`;
  await page.getByLabel(/^Buyer’s legal name/).fill(buyer);
  await page.getByLabel(/^Vendor$|^Vendor \(/).selectOption("other");
  await page.getByLabel(/^Vendor’s name/).fill(vendor);
  await page.getByLabel("Commercial API").check();
  // A value the clause cannot print is refused, naming the question.
  await page.getByLabel(/^Breach notice \(hours\)/).fill("0");
  await page.getByRole("button", { name: "Build the pack" }).click();
  await expect(page.getByRole("alert")).toContainText("Breach notice (hours)");
  await expect(page.getByLabel(/^Vendor’s name/)).toHaveValue(vendor);
  await page.getByLabel(/^Breach notice \(hours\)/).fill("48");
  await page.getByRole("button", { name: "Build the pack" }).click();

  // Built and recorded: its documents, with the typed vendor's name exactly.
  await expect(page).toHaveURL(/\/packs\/\d+/);
  const firstPack = page.url();
  const firstAddendum = await documentText(page, "Addendum");
  expect(firstAddendum).toContain(vendor);
  expect(firstAddendum).toContain("within 48 hours");
  const firstMemo = await documentText(page, "Negotiation memo");
  expect(firstMemo).toMatch(/built by hand from the clause library/i);
  expect(firstMemo).not.toContain("Overall exposure");
  const versionOf = (text: string) => /Clause library version\n?([^\n]+)/.exec(text)?.[1];
  const firstVersion = versionOf(firstMemo);
  expect(firstVersion).toBeTruthy();

  // Legal changes the house wording of one clause.
  const wording = `The Provider shall keep the house’s secrets — ${mark}.`;
  await page.goto(`/clauses/${edited.id}/edit`);
  try {
    const file = page.getByLabel("The clause’s template file");
    const text = await file.inputValue();
    const edit = text.replace(/(## Language[^\n]*\n)/, `$1${wording} `);
    expect(edit).not.toBe(text);
    await file.fill(edit);
    await page.locator("#house-reason").fill("Our house style");
    await page.getByRole("button", { name: "Record this version" }).click();
    await expect(page.getByRole("region", { name: /History|Versions/ }).first()).toContainText("Our house style");

    // The pack built again: the new wording in the addendum, a new library version on the memo.
    await page.goto(firstPack);
    await page
      .getByRole("link", {
        name: /Build (it again with the current library|another pack from these clauses and values)/,
      })
      .click();
    await page.getByLabel(/^Breach notice \(hours\)/).fill("48");
    if (!(await page.getByLabel("Commercial API").isChecked())) await page.getByLabel("Commercial API").check();
    if ((await page.getByLabel(/^Vendor’s name/).inputValue()) === "")
      await page.getByLabel(/^Vendor’s name/).fill(vendor);
    if ((await page.getByLabel(/^Buyer’s legal name/).inputValue()) === "")
      await page.getByLabel(/^Buyer’s legal name/).fill(buyer);
    await page.getByRole("button", { name: "Build the pack" }).click();
    await expect(page).toHaveURL(/\/packs\/\d+/);
    expect(page.url()).not.toBe(firstPack);
    const secondAddendum = await documentText(page, "Addendum");
    expect(secondAddendum).toContain(wording);
    expect(firstAddendum).not.toContain(wording);
    const secondVersion = versionOf(await documentText(page, "Negotiation memo"));
    expect(secondVersion).toBeTruthy();
    expect(secondVersion).not.toBe(firstVersion);

    // Recorded on the Packs page, newest first.
    await page.goto("/packs");
    await expect(page.getByRole("row").filter({ hasText: buyer })).toHaveCount(2);
  } finally {
    // Back to the shipped text, so the library the other tests use is the shipped one.
    await page.goto(`/clauses/${edited.id}/edit`);
    await page.locator("#revert-reason").fill("End of the walk");
    await page.getByRole("button", { name: "Back to the shipped text" }).click();
  }
});
