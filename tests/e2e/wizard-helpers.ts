// Helpers for the wizard's end-to-end tests: answering questions the way a person does (by their labels),
// and reading a review's answers back through its export.
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

import { SAME_ORIGIN } from "./users.ts";

export type AnswersObject = Record<string, unknown>;

export const usesJavaScript = (testInfo: TestInfo): boolean => testInfo.project.name !== "no-javascript";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches a question's label, which may be followed by "(optional)" or "(required for …)". */
export const labelled = (label: string): RegExp => new RegExp(`^${escapeRegExp(label)}(?: \\(.*\\))?(?:\\s*New)?$`);

export const question = (page: Page, label: string) => page.getByRole("group", { name: labelled(label) });

/** Picks one option of a radio group (or ticks one box of a checkbox group). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await question(page, label).getByLabel(option, { exact: true }).check();
}

export async function tick(page: Page, label: string, options: string[]): Promise<void> {
  for (const option of options) await choose(page, label, option);
}

export async function type(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(labelled(label)).fill(value);
}

export async function saveAndContinue(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Save and (continue|review)$/ }).click();
}

/**
 * After an answer that makes more questions relevant: with JavaScript they are on the page already;
 * without it the buyer saves the step and the page comes back with them and a notice naming them.
 */
export async function revealFollowUps(page: Page, testInfo: TestInfo, labels: string[]): Promise<void> {
  if (!usesJavaScript(testInfo)) {
    await saveAndContinue(page);
    await expect(page.getByRole("status").filter({ hasText: "Your answers brought up" })).toBeVisible();
  }
  for (const label of labels) {
    await expect(
      page
        .locator(".question")
        .filter({ has: page.getByText(labelled(label)) })
        .first(),
    ).toBeVisible();
  }
}

export function reviewIdFrom(url: string): string {
  const match = /\/reviews\/([A-Za-z0-9_-]+)/.exec(url);
  if (!match) throw new Error(`no review id in ${url}`);
  return match[1];
}

export async function expectStep(page: Page, stepId: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/reviews/[A-Za-z0-9_-]+/${stepId}(\\?.*)?$`));
}

/**
 * Opens the first step of a new review as a person does: from the list, through "Start a review" and
 * "Start a new review". Nothing is saved yet: the review is created when that step is first saved.
 */
export async function openNewReview(page: Page): Promise<void> {
  await page.goto("/reviews");
  await page.getByRole("link", { name: "Start a review" }).first().click();
  await page.getByRole("link", { name: "Start a new review" }).click();
  await expect(page).toHaveURL(/\/reviews\/new\/context$/);
}

/** Starts a blank review and saves its first step as a draft, for a test that needs the review to exist. */
export async function startReview(page: Page): Promise<string> {
  await openNewReview(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/reviews\/[A-Za-z0-9_-]{22}\/context\?saved$/);
  const reviewId = reviewIdFrom(page.url());
  // Without the "Saved." notice, so a test's own save is not taken as done before it is.
  await page.goto(`/reviews/${reviewId}/context`);
  return reviewId;
}

/** Creates a review straight from an answers object, the way an import from a file does. */
export async function createReviewFrom(request: APIRequestContext, answers: AnswersObject): Promise<string> {
  const response = await request.post("/reviews/new", {
    headers: SAME_ORIGIN,
    multipart: { intent: "import", answersText: JSON.stringify({ version: 1, answers }) },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBe(302);
  return reviewIdFrom(response.headers().location);
}

export async function exportedAnswers(request: APIRequestContext, reviewId: string): Promise<AnswersObject> {
  const response = await request.get(`/reviews/${reviewId}/answers.json`);
  expect(response.status()).toBe(200);
  const file = (await response.json()) as { version: number; answers: AnswersObject };
  expect(file.version).toBe(1);
  return file.answers;
}

/** The version a step page was built from (its hidden field). */
export async function stepVersion(request: APIRequestContext, reviewId: string, stepId: string): Promise<number> {
  const html = await (await request.get(`/reviews/${reviewId}/${stepId}`)).text();
  const match = /name="version" value="(\d+)"/.exec(html);
  if (!match) throw new Error(`no version on the ${stepId} page`);
  return Number(match[1]);
}
