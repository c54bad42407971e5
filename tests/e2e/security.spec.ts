// The hardening of issue 6, each checked with a real request or a real browser against the built server:
// headers on every response, refused cross-site posts, roles, disabled users, text that stays text.
// (The rate limit and the idle timeout are in sessions.spec.ts, on servers of their own.)
import fs from "node:fs";
import path from "node:path";

import { paragraphs, part, readDocx } from "../support/read-docx.ts";
import { inviteByForm, joinByLink, signIn } from "./account-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { BASE_URL, SAME_ORIGIN, USERS } from "./users.ts";
import { createReviewFrom, exportedAnswers, labelled, usesJavaScript } from "./wizard-helpers.ts";

const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers", `${name}.json`), "utf8")).answers as Record<
    string,
    unknown
  >;

const CSP = [
  "default-src 'self'",
  /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/,
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const directive of CSP) {
    if (typeof directive === "string") expect(headers["content-security-policy"], what).toContain(directive);
    else expect(headers["content-security-policy"], what).toMatch(directive);
  }
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
}

test.describe("requests, one project is enough", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "no browser involved");

  test("every response carries the security headers: a page, a download, a 404, a static file, a refusal, a 413", async ({
    request,
  }) => {
    const page = await request.get("/");
    expectSecurityHeaders(page.headers(), "page");
    // The nonce is new for every response, and it is the one the page's scripts carry.
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"])![1];
    expect(html).toContain(`<script nonce="${nonce}"`);
    expect(html).not.toMatch(/<script(?![^>]*nonce=)(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toContain("style=");
    expect((await request.get("/")).headers()["content-security-policy"]).not.toContain(nonce);

    const reviewId = await createReviewFrom(request, fixture("bank-api-eu"));
    expectSecurityHeaders((await request.get(`/reviews/${reviewId}/answers.json`)).headers(), "answers download");
    const docx = await request.get(`/reviews/${reviewId}/pack.docx`);
    expect(docx.status()).toBe(200);
    expectSecurityHeaders(docx.headers(), "pack download");

    const missing = await request.get("/no/such/page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing.headers(), "404");

    // A download's refusal is a page too, not JSON; and an address that cannot be decoded is a 400 page.
    for (const [address, status, heading] of [
      ["/reviews/no-such-review/pack.docx", 404, "Page not found"],
      ["/reviews/no-such-review/answers.json", 404, "Page not found"],
      ["/%E0%A4%A", 400, "This address is not valid"],
    ] as const) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(status);
      expect(response.headers()["content-type"], address).toBe("text/html; charset=utf-8");
      expect(await response.text(), address).toContain(`<h1>${heading}</h1>`);
      expectSecurityHeaders(response.headers(), address);
    }

    const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(html)![1];
    for (const file of ["/favicon.svg", stylesheet]) {
      const response = await request.get(file);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response.headers(), file);
    }

    const refused = await request.get("/admin/users");
    expect(refused.status()).toBe(403);
    expectSecurityHeaders(refused.headers(), "403");

    const tooLarge = await request.post(`/reviews/${reviewId}/context`, {
      headers: SAME_ORIGIN,
      form: { buyerName: "x".repeat(200 * 1024) },
    });
    expect(tooLarge.status()).toBe(413);
    expectSecurityHeaders(tooLarge.headers(), "413");
  });

  test("a post from another site is refused with 403 and changes nothing", async ({ request }) => {
    const reviewId = await createReviewFrom(request, { buyerName: "Before Ltd" });
    const form = { intent: "save", version: "1", buyerName: "Hijacked Ltd" };
    const foreign: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { Referer: "https://evil.example/page" },
      {},
    ];
    for (const headers of foreign) {
      const response = await request.post(`/reviews/${reviewId}/context`, { headers, form, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain(
        "This request did not come from a Clausewise page, so nothing was changed.",
      );
    }
    // The same post from the app's own page goes through.
    expect(await exportedAnswers(request, reviewId)).toEqual({ buyerName: "Before Ltd" });
    const own = await request.post(`/reviews/${reviewId}/context`, { headers: SAME_ORIGIN, form, maxRedirects: 0 });
    expect(own.status()).toBe(302);
  });

  test("GET requests change nothing: signing out takes a POST", async ({ signedInAs }) => {
    const admin = await signedInAs("admin");
    const page = await admin.newPage();
    await page.goto("/sign-out");
    await expect(page.getByRole("heading", { name: "Sign out of Clausewise?" })).toBeVisible();
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });
});

test("a form on another site cannot post into the app", async ({ page, request }) => {
  const reviewId = await createReviewFrom(request, { buyerName: "Before Ltd" });
  // A page of another site, with a form aimed at the app, which a signed-in person submits.
  await page.route("https://evil.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="post" action="${BASE_URL}/reviews/${reviewId}/context">
        <input name="intent" value="save"><input name="version" value="1"><input name="buyerName" value="Hijacked Ltd">
        <button>Win a prize</button></form>`,
    }),
  );
  await page.goto("https://evil.example/");
  const [response] = await Promise.all([
    page.waitForResponse(`${BASE_URL}/reviews/${reviewId}/context`),
    page.getByRole("button").click(),
  ]);
  expect(response.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Request refused" })).toBeVisible();
  expect(await exportedAnswers(request, reviewId)).toEqual({ buyerName: "Before Ltd" });
});

test("a disabled user's old cookie no longer works, and they cannot sign in", async ({ signedInAs }, testInfo) => {
  const email = `dana.${testInfo.project.name}@example.test`;
  const admin = await (await signedInAs("admin")).newPage();
  const link = await inviteByForm(admin, email, "procurement");
  const dana = await (await signedInAs(null)).newPage();
  await joinByLink(dana, link, "Dana Disabled");
  await dana.goto("/reviews");
  await expect(dana.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  const cookies = await dana.context().cookies();

  await admin.goto("/admin/users");
  const row = admin.locator(`tr[data-user="${email}"]`);
  await row.getByRole("button", { name: "Disable Dana Disabled" }).click();
  await expect(row).toContainText("Disabled");
  await expect(admin.getByRole("region", { name: "Recent changes to accounts" })).toContainText(
    "Disabled the account of Dana Disabled and ended its sessions",
  );

  // The same browser, and a copy of its cookie elsewhere: both are sent to sign in.
  await dana.goto("/reviews");
  await expect(dana).toHaveURL(/\/sign-in\?next=%2Freviews$/);
  const copy = await signedInAs(null);
  await copy.addCookies(cookies);
  const response = await copy.request.get("/reviews", { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe("/sign-in?next=%2Freviews");

  await signIn(dana, email);
  await expect(dana.getByRole("alert")).toContainText("This account is disabled. Ask an admin to enable it again.");
});

test("a procurement user cannot change the catalog or the users: 403, and nothing changed", async ({
  page,
  request,
  signedInAs,
}) => {
  // No form to record a provision, no link to the users.
  await page.goto("/catalog?vendor=luma");
  await expect(page.getByRole("heading", { level: 1, name: "Vendor catalog" })).toBeVisible();
  await expect(page.getByText(/Record a new version of a provision/)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);

  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" })).toBeVisible();
  await expect(page.getByText(`You are signed in as ${USERS.procurement.name} (Procurement).`)).toBeVisible();

  const statement = `Procurement tried to change this ${Date.now()}`;
  const catalogPost = await request.post("/catalog", {
    headers: SAME_ORIGIN,
    form: {
      vendorId: "luma",
      productLine: "api",
      key: "audit_right",
      value: "yes",
      statement,
      sourceTitle: "Made up",
      checkedOn: "2026-01-01",
    },
    maxRedirects: 0,
  });
  expect(catalogPost.status()).toBe(403);
  const invite = await request.post("/admin/users", {
    headers: SAME_ORIGIN,
    form: { intent: "invite", email: "sneaky@example.test", role: "admin" },
    maxRedirects: 0,
  });
  expect(invite.status()).toBe(403);

  // As the admin sees it: no invitation, no new version.
  const admin = await (await signedInAs("admin")).newPage();
  await admin.goto("/admin/users");
  await expect(admin.locator("main")).not.toContainText("sneaky@example.test");
  await admin.goto("/catalog");
  await expect(admin.locator("main")).not.toContainText(statement);
});

test("a legal user reads a review and downloads its pack, but cannot change it", async ({
  request,
  signedInAs,
}, testInfo) => {
  const reviewId = await createReviewFrom(request, fixture("bank-api-eu"));
  const legal = await signedInAs("legal");
  const page = await legal.newPage();

  await page.goto(`/reviews/${reviewId}/context`);
  // Read-only, and it looks it: a line saying who may change the answers, the answers as text, no field
  // and no button.
  const note = page.getByRole("status").filter({ hasText: "You can read this review as Legal" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("only Admin or Procurement users can");
  await expect(page.locator('[data-answer="buyerName"]')).toContainText(String(fixture("bank-api-eu").buyerName));
  await expect(page.locator('[data-answer="productLine"]')).toContainText("Commercial API");
  const main = page.locator("main");
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("radio")).toHaveCount(0);
  await expect(main.getByRole("combobox")).toHaveCount(0);
  await expect(main.getByRole("button")).toHaveCount(0);

  await page.goto(`/reviews/${reviewId}/review`);
  await expect(page.getByRole("link", { name: "View The purchase" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit/ })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the negotiation memo (.docx)" }).click(),
  ]);
  expect(
    fs
      .readFileSync(await download.path())
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");

  // Posting anyway is refused, and nothing changes.
  const before = await exportedAnswers(request, reviewId);
  const post = await legal.request.post(`/reviews/${reviewId}/context`, {
    headers: SAME_ORIGIN,
    form: { intent: "save", version: "1", buyerName: "Changed by legal" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  expect(await post.text()).toContain("Your role does not allow this page or action");
  expect(await exportedAnswers(request, reviewId)).toEqual(before);
  for (const address of ["/reviews/new", `/reviews/${reviewId}/import`]) {
    expect((await legal.request.get(address)).status(), address).toBe(403);
  }
  await page.goto("/reviews");
  await expect(page.getByRole("link", { name: "Start a review" })).toHaveCount(0);
  if (usesJavaScript(testInfo)) {
    // A client-side navigation to a refused page (its data request refused) becomes a page load of the 403.
    await page.evaluate(() =>
      (window as unknown as { __remixRouter: { navigate: (to: string) => void } }).__remixRouter.navigate(
        "/reviews/new",
      ),
    );
    await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" })).toBeVisible();
    await expect(page).toHaveURL(/\/reviews\/new$/);
  }
});

// Markup and script in every free-text field: each shows as the characters typed, on every page that
// shows it and in the document. The fixture fails the test if a dialog opens or the CSP blocks anything.
const payload = (field: string) =>
  `<script>alert("${field}")</script><img src=x onerror=alert(1)><b>${field}-bold</b> & "quotes"`;

async function expectShownAsText(page: import("@playwright/test").Page, texts: string[]) {
  // Waited for, not read once: without JavaScript a page after a form post is shown while its HTML still
  // streams in, so the status at the top can be there before the table below it (on a busy machine this
  // read the half-parsed page). toContainText reads textContent: some of it sits in folded <details>.
  for (const text of texts) await expect(page.locator("main"), page.url()).toContainText(text);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "-bold" })).toHaveCount(0);
}

test("markup typed into the review's free-text fields shows as text on every page and in the document", async ({
  page,
  request,
}, testInfo) => {
  const answers = {
    ...fixture("other-vendor"),
    buyerName: payload("buyerName"),
    vendorName: payload("vendorName"),
    dataResidency: "other",
    dataResidencyOther: payload("dataResidencyOther"),
    renewalOwner: payload("renewalOwner"),
  };
  const reviewId = await createReviewFrom(request, answers);

  // Typed into the form, too: the buyer's name, saved through the page.
  const typed = `${payload("typed")} ${testInfo.project.name}`;
  await page.goto(`/reviews/${reviewId}/context`);
  await page.getByLabel(/^Buyer’s legal name/).fill(typed);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByLabel(/^Buyer’s legal name/)).toHaveValue(typed);
  await expect(page.getByLabel(/^Vendor’s name/)).toHaveValue(answers.vendorName);

  await page.goto(`/reviews/${reviewId}/access`);
  await expect(page.getByLabel(/^Region required/)).toHaveValue(answers.dataResidencyOther);
  await page.goto(`/reviews/${reviewId}/renewal`);
  await expect(page.getByLabel(labelled("Renewal owner"))).toHaveValue(answers.renewalOwner);

  const shown = [typed, answers.vendorName, answers.dataResidencyOther, answers.renewalOwner];
  for (const [address, texts] of [
    [`/reviews/${reviewId}/review`, shown],
    [`/reviews/${reviewId}/pack`, [typed, answers.vendorName]],
    ["/reviews", [typed, answers.vendorName]],
    // Searched for, so the row is on the page (the list is soonest first, a page at a time).
    [`/renewals?buyer=${encodeURIComponent(typed)}`, [typed]],
  ] as const) {
    await page.goto(address);
    await page.waitForLoadState("load");
    await expectShownAsText(page, [...texts]);
  }

  const docx = await request.get(`/reviews/${reviewId}/pack.docx`);
  const text = paragraphs(part(await readDocx(await docx.body()), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  for (const value of [typed, answers.vendorName, answers.dataResidencyOther]) expect(text).toContain(value);
});

test("markup typed into the catalog form shows as text on the catalog, beside the questions and in the document", async ({
  request,
  signedInAs,
}, testInfo) => {
  const mark = `${testInfo.project.name}-${Date.now()}`;
  const fields = {
    statement: `${payload("statement")} ${mark}`,
    condition: payload("condition"),
    excerpt: payload("excerpt"),
    sourceTitle: payload("sourceTitle"),
  };
  const legal = await (await signedInAs("legal")).newPage();
  await legal.goto("/catalog?vendor=luma");
  const line = legal.getByRole("region", { name: "Luma AI — Dream Machine API" });
  await line.getByText("Record a new version of a provision for Dream Machine API").click();
  const form = line.getByRole("form", { name: "New provision for Luma AI — Dream Machine API" });
  // Usage data: a finding of a bank's review quotes it, so it reaches the findings and the pack.
  await form.getByLabel("Provision").selectOption("usage_data");
  if (usesJavaScript(testInfo)) await form.getByLabel("Value").selectOption("vendorOwns");
  else await form.getByLabel("Value").fill("vendorOwns");
  await form.getByLabel("What the terms say").fill(fields.statement);
  await form.getByLabel(/^Condition/).fill(fields.condition);
  await form.getByLabel(/^Short quote/).fill(fields.excerpt);
  await form.getByLabel(/^Source title/).fill(fields.sourceTitle);
  await form.getByLabel(/^Publisher/).fill("Luma AI");
  await form.getByLabel(/^Date checked/).fill("2026-04-20");
  await form.getByRole("button", { name: "Record this version" }).click();
  await expect(legal.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
  await expectShownAsText(legal, Object.values(fields));
  await expect(legal.getByRole("region", { name: "Recent changes to the catalog" })).toContainText("Recorded version");

  // A free-text value (retention takes no fixed set).
  const value = `${payload("value")} ${mark}`;
  await line.getByText("Record a new version of a provision for Dream Machine API").click();
  await form.getByLabel("Provision").selectOption("retention");
  await form.getByLabel("Value").fill(value);
  await form.getByLabel("What the terms say").fill(`Retention ${mark}`);
  await form.getByLabel(/^Source title/).fill("Luma retention terms");
  await form.getByLabel(/^Publisher/).fill("Luma AI");
  await form.getByLabel(/^Date checked/).fill("2026-04-20");
  await form.getByRole("button", { name: "Record this version" }).click();
  // The page before the post says "Recorded." too: wait for what only the new page shows.
  const retention = line.locator('tr[data-provision="retention"]:not([data-aspect])');
  await expect(retention).toContainText(`Retention ${mark}`);
  await expectShownAsText(legal, [value]);

  // A review of Luma's API: the vendor's terms beside the questions, the findings, the pack.
  const reviewId = await createReviewFrom(request, {
    ...fixture("bank-api-eu"),
    vendorId: "luma",
    otherProductsInUse: [],
    buyerName: `Catalog check ${mark}`,
  });
  const page = legal;
  await page.goto(`/reviews/${reviewId}/training`);
  await expectShownAsText(page, [fields.statement, fields.condition, fields.excerpt, fields.sourceTitle]);
  for (const address of [`/reviews/${reviewId}/review`, `/reviews/${reviewId}/pack`]) {
    await page.goto(address);
    await page.waitForLoadState("load");
    await expectShownAsText(page, [fields.statement, fields.excerpt, fields.sourceTitle]);
  }
  const docx = await request.get(`/reviews/${reviewId}/pack.docx`);
  const text = paragraphs(part(await readDocx(await docx.body()), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  for (const v of [fields.statement, fields.excerpt, fields.sourceTitle]) expect(text).toContain(v);
});

test("markup in a person's name shows as text in the header, the users page, the review's history and the document", async ({
  signedInAs,
}, testInfo) => {
  const name = `${payload("name")} ${testInfo.project.name}`;
  const admin = await (await signedInAs("admin")).newPage();
  const link = await inviteByForm(admin, `markup-${testInfo.project.name}-${Date.now()}@example.com`, "procurement");
  const person = await (await signedInAs(null)).newPage();
  await joinByLink(person, link, name);
  await expect(person.getByRole("banner")).toContainText(name);
  await expect(person.locator("header b", { hasText: "-bold" })).toHaveCount(0);

  // Their review: started by them, its pack generated by them.
  const reviewId = await createReviewFrom(person.request, fixture("bank-api-eu"));
  const docx = await person.request.get(`/reviews/${reviewId}/pack.docx`);
  const text = paragraphs(part(await readDocx(await docx.body()), "word/document.xml"))
    .map((p) => p.text)
    .join("\n");
  expect(text).toContain(name);

  await person.goto(`/reviews/${reviewId}/review`);
  await expectShownAsText(person, [name]);
  await admin.goto("/admin/users");
  await expectShownAsText(admin, [name]);
});
