// The questionnaire as a new user meets it, in both projects: with JavaScript, and without it.
import type { Page, TestInfo } from "@playwright/test";

import { expect, test } from "./fixtures.ts";

import {
  choose,
  expectStep,
  exportedAnswers,
  openNewReview,
  question,
  revealFollowUps,
  reviewIdFrom,
  saveAndContinue,
  startReview,
  tick,
  type,
  usesJavaScript,
} from "./wizard-helpers.ts";

const BUYER = "Northwind Health Ltd";
const labelledBuyer = /^Buyer’s legal name/;

/** Everything the walk-through below answers, as the answers file carries it. */
const EXPECTED_ANSWERS = {
  buyerName: BUYER,
  vendorId: "anthropic",
  productLine: "api",
  otherProductsInUse: ["consumer"],
  stage: "renewal",
  renewalDate: "2027-03-31",
  termMonths: 24,
  paperSize: "letter",
  dataCategories: ["personal", "financial"],
  jurisdictions: ["eea", "california"],
  regulatedSectors: ["usFinancialInstitution"],
  endUsers: "both",
  minorsPossible: false,
  useCase: "Drafting replies to patients’ billing questions for our accounts team to check and send.",
  highRiskUses: ["none"],
  customizations: ["retrievalIndexes"],
  toolUse: ["none"],
  trainingRequirement: "never",
  feedbackUse: "yes",
  safetyReview: "notAcceptable",
  usageDataLimits: true,
  retentionRequirement: "limited",
  maxRetentionDays: 30,
  deletionOnTermination: true,
  deletionDays: 45,
  backupsIncluded: true,
  humanReview: "safetyOnly",
  subprocessorNoticeDays: 30,
  subprocessorObjection: true,
  dataResidency: "eea",
  certifications: ["soc2type2", "iso27001"],
  breachNoticeHours: 48,
  outputOwnership: "assignmentRequired",
  ipIndemnity: true,
  unconditionalAssignment: true,
  competingModelRestriction: "narrow",
  liabilityPosition: "superCap",
  superCapMultiple: 3,
  insuranceRequired: true,
  auditRight: "reports",
  changeControl: true,
  changeNoticeDays: 60,
  writtenCommitment: true,
  dpaStatus: "needed",
  transferMechanism: "sccs",
  dpiaDone: false,
  modelChangeNoticeDays: 90,
  reconfirmAtRenewal: true,
  reviewLeadDays: 90,
  renewalOwner: "Dana Ortiz",
  renewalOwnerEmail: "dana.ortiz@northwind.example",
};

async function answerContext(page: Page, testInfo: TestInfo) {
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The purchase");
  await type(page, "Buyer’s legal name", BUYER);
  await page.getByLabel("Vendor", { exact: true }).selectOption("anthropic");
  await choose(page, "Product line", "Commercial API");
  await choose(page, "Other product lines your staff use", "Consumer app (free or individual paid plans)");
  if (usesJavaScript(testInfo)) {
    // The consumer callout appears as soon as a consumer product is named.
    await expect(page.getByRole("heading", { name: /A consumer product is in use/ })).toBeVisible();
  }
  await choose(page, "Stage", "Renewal");
  await type(page, "Next renewal date", "2027-03-31");
  await type(page, "Term (months)", "24");
  await saveAndContinue(page);
}

async function answerData(page: Page, testInfo: TestInfo) {
  await expectStep(page, "data");
  await tick(page, "Kinds of data sent to the service", ["Personal data", "Customers’ financial information"]);
  await tick(page, "Where the people whose data it is live", ["European Economic Area (EEA)", "California"]);
  await tick(page, "Regulated sectors your organization is in", ["A US financial institution"]);
  await choose(page, "Who types into the service", "Both");
  await revealFollowUps(page, testInfo, ["Could any users be under 18?"]);
  await choose(page, "Could any users be under 18?", "No");
  await saveAndContinue(page);
}

async function answerUse(page: Page) {
  await expectStep(page, "use");
  await type(page, "What the service will be used for", EXPECTED_ANSWERS.useCase);
  await tick(page, "Decisions about people the service will help make", ["None of these"]);
  await tick(page, "What will be built from your data and kept by the vendor", ["Retrieval indexes"]);
  await tick(page, "Tools and agents the service will use", ["None of these"]);
  await saveAndContinue(page);
}

async function answerTraining(page: Page) {
  await expectStep(page, "training");
  // The consumer product named on the first step: its terms are set apart, quoted from the catalog.
  const callout = page.getByRole("region", { name: /A consumer product is in use/ });
  await expect(callout).toContainText("Training by default");
  await expect(callout).toContainText("Even after a user opts out");
  // Beside the questions: what the vendor's terms say for both product lines in use.
  const aside = page.getByRole("complementary", { name: /What Anthropic’s terms say/ });
  await expect(aside.getByRole("region", { name: "Anthropic — Commercial API" })).toContainText(
    "Training on your inputs",
  );
  await expect(aside.getByRole("region", { name: /Anthropic — Consumer app/ })).toContainText("Training carve-outs");
  await expect(aside).toContainText("Commercial Terms of Service — Anthropic, effective 2025-06-17");
  await expect(aside).toContainText("Unknown — ask the vendor in writing.");

  await choose(page, "Use of your data to train models", "Never");
  await choose(page, "Will users rate outputs or send feedback?", "Yes");
  await choose(page, "Review of content flagged for safety", "Not acceptable");
  await choose(page, "Limit the vendor’s use of usage and aggregated data", "Yes");
  await saveAndContinue(page);
}

async function answerRetention(page: Page, testInfo: TestInfo) {
  await expectStep(page, "retention");
  await choose(page, "Retention requirement", "A set maximum");
  await choose(page, "Deletion when the agreement ends", "Yes");
  await revealFollowUps(page, testInfo, [
    "Maximum retention (days)",
    "Deletion deadline (days after the agreement ends)",
    "Deletion reaches backups and logs",
  ]);
  await type(page, "Maximum retention (days)", "30");
  // The default is filled in already.
  await expect(page.getByLabel(/^Deletion deadline/)).toHaveValue("30");
  await type(page, "Deletion deadline (days after the agreement ends)", "45");
  await choose(page, "Deletion reaches backups and logs", "Yes");
  await saveAndContinue(page);
}

async function answerAccess(page: Page) {
  await expectStep(page, "access");
  await choose(page, "Human access to your content", "Only trust and safety reviewers");
  await expect(page.getByLabel(/^Notice of a new subprocessor/)).toHaveValue("30");
  await choose(page, "Right to object to a new subprocessor", "Yes");
  await choose(page, "Where your data must be processed and stored", "European Economic Area");
  await tick(page, "Security reports the vendor must provide", ["SOC 2 Type II report", "ISO/IEC 27001 certificate"]);
  await type(page, "Breach notice (hours)", "48");
  await saveAndContinue(page);
}

async function answerOutputs(page: Page) {
  await expectStep(page, "outputs");
  await choose(page, "Ownership of outputs", "We must own the outputs");
  await choose(page, "Vendor defends claims that outputs infringe", "Yes");
  await choose(page, "Ownership of outputs must not depend on compliance with the vendor’s terms", "Yes");
  await choose(page, "Ban on using outputs to build competing models", "Narrow it");
  await saveAndContinue(page);
}

async function answerAssurance(page: Page, testInfo: TestInfo) {
  await expectStep(page, "assurance");
  await choose(page, "Right to verify the data commitments", "Yearly reports and a compliance certificate");
  await choose(page, "Data-use terms cannot get worse during the term", "Yes");
  await revealFollowUps(page, testInfo, ["Notice of any change to the terms (days)"]);
  await expect(page.getByLabel(/^Notice of any change/)).toHaveValue("60");
  await expect(question(page, "Data commitments in the signed agreement").getByLabel("Yes")).toBeChecked();
  await saveAndContinue(page);
}

async function answerRegulatory(page: Page) {
  await expectStep(page, "regulatory");
  await choose(page, "Data processing agreement", "Needed");
  await choose(
    page,
    "Legal basis for transfers out of the EEA, the UK or Switzerland",
    "Standard contractual clauses (SCCs)",
  );
  await choose(page, "Data protection impact assessment done", "No");
  await saveAndContinue(page);
}

async function answerRenewal(page: Page) {
  await expectStep(page, "renewal");
  await expect(question(page, "Reconfirm the commitments at each renewal").getByLabel("Yes")).toBeChecked();
  await expect(page.getByLabel(/^Start the re-review/)).toHaveValue("90");
  await type(page, "Renewal owner", "Dana Ortiz");
  await type(page, "Renewal owner’s email", "dana.ortiz@northwind.example");
  await saveAndContinue(page);
}

test("a new user completes a review, leaving halfway and coming back in another browser", async ({
  signedInAs,
  page,
}, testInfo) => {
  await openNewReview(page);
  // The stepper says where the buyer is.
  await expect(
    page.getByRole("navigation", { name: "Questionnaire steps" }).locator('[aria-current="step"]'),
  ).toContainText("Purchase");
  await answerContext(page, testInfo);
  // Saving the first step created the review (read its id once the next step has opened).
  await expectStep(page, "data");
  const reviewId = reviewIdFrom(page.url());
  await answerData(page, testInfo);
  await answerUse(page);
  await answerTraining(page);
  await answerRetention(page, testInfo);
  await expectStep(page, "access");

  // Leave. Another day, another browser (signed in there too): the review is in the list, and opening it
  // lands on the first step not yet answered, with everything kept.
  await page.close();
  const context = await signedInAs("procurement");
  const later = await context.newPage();
  await later.goto("/reviews");
  const row = later.locator(`tr[data-review="${reviewId}"]`);
  await expect(row).toContainText("Anthropic");
  await expect(row).toContainText("Draft");
  await row.getByRole("link", { name: BUYER }).click();
  await expectStep(later, "access");
  const stepper = later.getByRole("navigation", { name: "Questionnaire steps" });
  await expect(stepper.getByRole("link", { name: /Retention.*\(complete\)/ })).toBeVisible();
  await expect(stepper.getByRole("link", { name: /Access.*\(not complete\)/ })).toBeVisible();

  // Going back keeps every answer.
  await later.getByRole("button", { name: "Back" }).click();
  await expectStep(later, "retention");
  await expect(later.getByLabel(/^Maximum retention/)).toHaveValue("30");
  await expect(later.getByLabel(/^Deletion deadline/)).toHaveValue("45");
  await saveAndContinue(later);

  await answerAccess(later);
  await answerOutputs(later);
  await answerAssurance(later, testInfo);
  await answerRegulatory(later);
  await answerRenewal(later);

  // The review step: every answer, the findings with their reasons, the clause pack.
  await expectStep(later, "review");
  await expect(later.getByRole("heading", { name: /^Exposure: High/ })).toBeVisible();
  const consumer = later.locator('[data-finding="consumer-product-in-use"]');
  await expect(consumer).toContainText("High");
  await expect(consumer).toContainText("Other product lines your staff use: Consumer app");
  await expect(later.locator('[data-answer="maxRetentionDays"]')).toContainText("30");
  await expect(later.locator('[data-answer="renewalOwnerEmail"]')).toContainText("dana.ortiz@northwind.example");
  await expect(later.getByRole("link", { name: "Preview the negotiation memo" })).toHaveAttribute(
    "href",
    `/reviews/${reviewId}/pack`,
  );
  await expect(later.getByRole("link", { name: "Download the negotiation memo (.docx)" })).toHaveAttribute(
    "href",
    `/reviews/${reviewId}/pack.docx`,
  );
  await later.getByRole("link", { name: "Edit The purchase" }).click();
  await expectStep(later, "context");
  await expect(later.getByLabel(labelledBuyer)).toHaveValue(BUYER);

  // No answer was lost on the way.
  expect(await exportedAnswers(later.request, reviewId)).toEqual(EXPECTED_ANSWERS);
  await later.goto("/reviews?status=complete");
  await expect(later.locator(`tr[data-review="${reviewId}"]`)).toContainText("High");
  await context.close();
});

test("an invalid step comes back with the messages by the fields, every typed value kept, and nothing saved", async ({
  page,
}, testInfo) => {
  await openNewReview(page);
  await type(page, "Buyer’s legal name", "Fabrikam GmbH");
  await type(page, "Term (months)", "500");
  await choose(page, "Stage", "Renewal");
  await saveAndContinue(page);

  await expectStep(page, "context");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Vendor is required." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Next renewal date is required for a renewal." })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Term (months) must be a whole number from 1 to 120." }),
  ).toBeVisible();
  if (!usesJavaScript(testInfo)) {
    // Without JavaScript the page opens on the summary.
    await expect(summary).toBeFocused();
  } else {
    await expect(page.getByLabel("Vendor", { exact: true })).toBeFocused();
  }
  // Each message is tied to its field.
  const term = page.getByLabel(/^Term \(months\)/);
  await expect(term).toHaveAttribute("aria-invalid", "true");
  await expect(term).toHaveAccessibleDescription(/must be a whole number from 1 to 120/);
  await expect(term).toHaveValue("500");
  await expect(page.getByLabel(labelledBuyer)).toHaveValue("Fabrikam GmbH");
  await expect(question(page, "Stage").getByLabel("Renewal")).toBeChecked();
  // A summary link takes the keyboard to its field.
  await summary.getByRole("link", { name: /Term \(months\)/ }).click();
  await expect(term).toBeFocused();

  // The refused first save created no review: the page is still the new review's first step (a summary
  // link followed adds the field's anchor).
  await expect(page).toHaveURL(/\/reviews\/new\/context(#[\w-]+)?$/);
  await expect(page.getByText(/^Review for/)).toContainText("Not saved yet");
});

test("Back keeps the valid answers typed on the page; Save draft stays on the step", async ({ page }) => {
  await openNewReview(page);
  await type(page, "Buyer’s legal name", "Contoso Ltd");
  await page.getByLabel("Vendor", { exact: true }).selectOption("openai");
  await choose(page, "Product line", "Business or enterprise seats");
  await choose(page, "Stage", "New purchase");
  await saveAndContinue(page);
  await expectStep(page, "data");
  const reviewId = reviewIdFrom(page.url());

  await tick(page, "Kinds of data sent to the service", ["Source code"]);
  await page.getByRole("button", { name: "Back" }).click();
  await expectStep(page, "context");
  await expect(page.getByLabel(labelledBuyer)).toHaveValue("Contoso Ltd");
  expect(await exportedAnswers(page.request, reviewId)).toMatchObject({ dataCategories: ["sourceCode"] });

  await type(page, "Term (months)", "36");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expectStep(page, "context");
  expect(await exportedAnswers(page.request, reviewId)).toMatchObject({ buyerName: "Contoso Ltd", termMonths: 36 });
});

test("two tabs on one review: the older save is refused, nothing is overwritten, and the typed values stay", async ({
  context,
}) => {
  const first = await context.newPage();
  const reviewId = await startReview(first);
  const second = await context.newPage();
  await second.goto(`/reviews/${reviewId}/context`);

  await type(first, "Buyer’s legal name", "Tab One Inc.");
  // The paper size is pre-selected (Letter until the jurisdictions say otherwise), so it is saved too.
  const savedByFirstTab = { buyerName: "Tab One Inc.", otherProductsInUse: [], paperSize: "letter" };
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await type(second, "Buyer’s legal name", "Tab Two Inc.");
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second
    .getByRole("alert")
    .filter({ hasText: "This review was changed in another tab or by someone else" });
  await expect(conflict).toBeVisible();
  await expect(second.getByLabel(labelledBuyer)).toHaveValue("Tab Two Inc.");
  expect(await exportedAnswers(second.request, reviewId)).toEqual(savedByFirstTab);

  // Trying again from the stale page is refused again; reloading shows the other tab's answers.
  await second.getByRole("button", { name: "Save draft" }).click();
  await expect(conflict).toBeVisible();
  await conflict.getByRole("link", { name: "reload this step" }).click();
  await expect(second.getByLabel(labelledBuyer)).toHaveValue("Tab One Inc.");
  expect(await exportedAnswers(second.request, reviewId)).toEqual(savedByFirstTab);
});

test("an unknown review or step is a 404 page", async ({ page }) => {
  const missing = await page.goto("/reviews/no-such-review/context");
  expect(missing?.status()).toBe(404);
  await expect(page.getByText("There is no review at this address")).toBeVisible();
  const reviewId = await startReview(page);
  expect(reviewIdFrom(page.url())).toBe(reviewId);
  const step = await page.goto(`/reviews/${reviewId}/nonsense`);
  expect(step?.status()).toBe(404);
});

test("Start a new review creates nothing until its first step is saved, and the line above follows the typed name", async ({
  page,
}, testInfo) => {
  const buyer = `First Save ${testInfo.project.name} ${Date.now()} Ltd`;
  await openNewReview(page);
  const line = page.getByText(/^Review for/);
  await expect(line).toHaveText("Review for a new buyer · Not saved yet");
  await expect(page.getByText(/^Nothing is saved yet/)).toBeVisible();
  // Before the review exists only its first step has an address.
  await expect(page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("link")).toHaveCount(1);

  await type(page, "Buyer’s legal name", buyer);
  if (usesJavaScript(testInfo)) {
    // With JavaScript the line follows the name as it is typed; blank, it falls back.
    await expect(line).toContainText(`Review for ${buyer}`);
    await type(page, "Buyer’s legal name", "   ");
    await expect(line).toContainText("Review for a new buyer");
    await type(page, "Buyer’s legal name", buyer);
    await expect(line).toContainText(`Review for ${buyer}`);
  } else {
    // Without it, the line shows the saved name, and there is none yet.
    await expect(line).toContainText("Review for a new buyer");
  }
  // Cancel leaves for the start page, and nothing was started.
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/reviews\/new$/);
  await page.goto("/reviews");
  await expect(page.locator("main")).not.toContainText(buyer);

  // A refused save shows the messages and creates nothing.
  await openNewReview(page);
  await type(page, "Buyer’s legal name", buyer);
  await type(page, "Term (months)", "500");
  await saveAndContinue(page);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(page).toHaveURL(/\/reviews\/new\/context(#[\w-]+)?$/);
  await page.goto("/reviews");
  await expect(page.locator("main")).not.toContainText(buyer);

  // The first valid save creates the review, with its answers, and goes on to the next step.
  await openNewReview(page);
  await type(page, "Buyer’s legal name", buyer);
  await page.getByLabel("Vendor", { exact: true }).selectOption("openai");
  await choose(page, "Product line", "Commercial API");
  await choose(page, "Stage", "New purchase");
  await type(page, "Term (months)", "24");
  await saveAndContinue(page);
  await expect(page).toHaveURL(/\/reviews\/[A-Za-z0-9_-]{22}\/(?!context)[a-z]+$/);
  const reviewId = reviewIdFrom(page.url());
  await expect(line).toContainText(`Review for ${buyer}`);
  await expect(line).toContainText("Draft");
  expect(await exportedAnswers(page.request, reviewId)).toMatchObject({ buyerName: buyer, termMonths: 24 });
  await page.goto(`/reviews/${reviewId}/review`);
  // One entry for the start (the first save is the start, not a step saved besides), then the export above.
  const history = page.getByRole("region", { name: "History" }).locator("tbody tr");
  await expect(history.first()).toContainText("Started the review");
  await expect(history.filter({ hasText: "Saved the step" })).toHaveCount(0);
  await page.goto("/reviews");
  await expect(page.locator(`tr[data-review="${reviewId}"]`)).toContainText(buyer);
});

test("a step can be answered with the keyboard alone", async ({ page }) => {
  await openNewReview(page);
  await page.getByLabel(labelledBuyer).focus();
  await page.keyboard.type("Keyboard Only Ltd");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Vendor", { exact: true })).toBeFocused();
  await page.keyboard.press("O"); // type-ahead: OpenAI
  await expect(page.getByLabel("Vendor", { exact: true })).toHaveValue("openai");
  await page.keyboard.press("Tab");
  const productLine = question(page, "Product line");
  await expect(productLine.getByLabel("Commercial API")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(productLine.getByLabel("Commercial API")).toBeChecked();
  // Past the four boxes of the next question to the stage; arrows move within a radio group.
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  const stage = question(page, "Stage");
  await expect(stage.getByLabel("New purchase")).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(stage.getByLabel("Expansion")).toBeChecked();
  // Enter in a text field saves the step and goes on.
  await page.getByLabel(labelledBuyer).focus();
  await page.keyboard.press("Enter");
  await expectStep(page, "data");
});

test("with JavaScript, questions appear and disappear as the buyer answers, and keep what was typed", async ({
  page,
}, testInfo) => {
  test.skip(!usesJavaScript(testInfo), "without JavaScript, questions appear when the step is saved");
  const reviewId = await startReview(page);
  await page.goto(`/reviews/${reviewId}/retention`);
  const maximum = page.getByLabel(/^Maximum retention/);
  await expect(maximum).toHaveCount(0);
  await choose(page, "Retention requirement", "A set maximum");
  await maximum.fill("14");
  await choose(page, "Retention requirement", "Zero data retention");
  await expect(maximum).toHaveCount(0);
  await choose(page, "Retention requirement", "A set maximum");
  await expect(maximum).toHaveValue("14");
  // A message as soon as a value is wrong, before any save.
  await maximum.fill("5000");
  await expect(page.getByText("Maximum retention (days) must be a whole number from 0 to 3650.")).toBeVisible();
});
