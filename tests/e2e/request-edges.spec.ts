// The edges of a request, against the built server: bodies that are not forms, private pages kept out of
// caches, downloads that record something asked for by another site, and where sign-in leads back to.
import fs from "node:fs";
import path from "node:path";

import { signIn } from "./account-helpers.ts";
import { expect, test } from "./fixtures.ts";
import { BASE_URL, SAME_ORIGIN, USERS } from "./users.ts";
import { createReviewFrom, exportedAnswers } from "./wizard-helpers.ts";

const bank = () =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers as Record<
    string,
    unknown
  >;

test.describe("requests, one project is enough", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "no browser involved");

  test("a post whose body is not a form gets a 400 or 415 page that says why, and changes nothing", async ({
    request,
  }) => {
    const reviewId = await createReviewFrom(request, { buyerName: "Before Ltd" });
    const address = `/reviews/${reviewId}/context`;
    const cases: [string, Record<string, string>, string | Buffer, number, string][] = [
      [
        "JSON",
        { "Content-Type": "application/json" },
        JSON.stringify({ intent: "save", buyerName: "JSON Ltd" }),
        415,
        "A body of type application/json cannot be read here",
      ],
      [
        "text/plain",
        { "Content-Type": "text/plain" },
        "intent=save\r\nbuyerName=Plain Ltd",
        415,
        "A body of type text/plain cannot be read here",
      ],
      [
        "broken multipart",
        { "Content-Type": "multipart/form-data; boundary=zzz" },
        '--zzz\r\nContent-Disposition: form-data; name="buyerName"\r\n\r\nBroken',
        400,
        "The form could not be read",
      ],
      [
        "multipart without a boundary",
        { "Content-Type": "multipart/form-data" },
        "--zzz--",
        400,
        "The form could not be read",
      ],
      [
        "bytes that are not UTF-8",
        { "Content-Type": "application/x-www-form-urlencoded" },
        Buffer.concat([Buffer.from("intent=save&version=1&buyerName=Caf"), Buffer.from([0xe9])]),
        400,
        "The field “buyerName” is not UTF-8 text",
      ],
    ];
    for (const [what, headers, data, status, message] of cases) {
      const response = await request.post(address, { headers: { ...SAME_ORIGIN, ...headers }, data, maxRedirects: 0 });
      expect(response.status(), what).toBe(status);
      expect(response.headers()["content-type"], what).toBe("text/html; charset=utf-8");
      const html = await response.text();
      expect(html, what).toContain(message);
      expect(html, what).toContain("Nothing was saved");
    }
    // No Content-Type at all (a client Playwright does not second-guess: fetch with bytes sets none).
    const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const bare = await fetch(`${BASE_URL}${address}`, {
      method: "POST",
      headers: { ...SAME_ORIGIN, Cookie: cookie },
      body: new TextEncoder().encode("intent=save&version=1&buyerName=None+Ltd"),
      redirect: "manual",
    });
    expect(bare.status).toBe(415);
    expect(bare.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await bare.text()).toContain("A body without a Content-Type cannot be read here");
    expect(await exportedAnswers(request, reviewId)).toEqual({ buyerName: "Before Ltd" });
  });

  test("no signed-in page or data response may be kept by a browser or proxy cache", async ({ request }) => {
    const reviewId = await createReviewFrom(request, bank());
    for (const address of [
      "/",
      "/reviews",
      "/renewals",
      "/catalog",
      "/clauses",
      "/account",
      `/reviews/${reviewId}/review`,
      `/reviews/${reviewId}/context`,
      `/reviews/${reviewId}/pack`,
      "/_root.data",
      "/reviews.data",
      `/reviews/${reviewId}/review.data`,
      `/reviews/${reviewId}/answers.json`,
      `/reviews/${reviewId}/pack.docx`,
      "/admin/users",
      "/no/such/page",
    ]) {
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBeLessThan(500);
      expect(response.headers()["cache-control"], address).toBe("no-store");
    }
  });

  test("a download that records something is refused when another site asks for it, and records nothing", async ({
    request,
    signedInAs,
  }) => {
    const reviewId = await createReviewFrom(request, bank());
    const foreign: Record<string, string>[] = [
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
      { Referer: "https://evil.example/page" },
      { Origin: "https://evil.example" },
    ];
    const admin = (await signedInAs("admin")).request;
    for (const headers of foreign) {
      for (const [who, address] of [
        [request, `/reviews/${reviewId}/pack.docx`],
        [request, `/reviews/${reviewId}/answers.json`],
        [admin, "/admin/backup.db"],
      ] as const) {
        const response = await who.get(address, { headers, maxRedirects: 0 });
        expect(response.status(), `${address} ${JSON.stringify(headers)}`).toBe(403);
        expect(await response.text()).toContain("This link was followed from another site");
      }
    }
    // Nothing was generated or exported: the review's history has only its start.
    const history = await (await request.get(`/reviews/${reviewId}/review`)).text();
    expect(history).not.toMatch(/\/packs\/\d+\.docx/);
    expect(history).not.toContain("Downloaded the answers file");
    // From the app's own page (or typed into the address bar) they work.
    const own = await request.get(`/reviews/${reviewId}/pack.docx`, {
      headers: { "Sec-Fetch-Site": "same-origin", Referer: `${BASE_URL}/reviews/${reviewId}/review` },
    });
    expect(own.status()).toBe(200);
    expect(
      (await request.get(`/reviews/${reviewId}/answers.json`, { headers: { "Sec-Fetch-Site": "none" } })).status(),
    ).toBe(200);
    // A pack already generated is only a file: following a link to it from elsewhere records nothing.
    const packId = /\/packs\/(\d+)\.docx/.exec(await (await request.get(`/reviews/${reviewId}/review`)).text())![1];
    expect((await request.get(`/reviews/${reviewId}/packs/${packId}.docx`, { headers: foreign[0] })).status()).toBe(
      200,
    );
  });
});

test("after sign-in an odd next address leads home, never off-site and never to an error", async ({ signedInAs }) => {
  for (const [next, landing] of [
    ["/%09/evil.example", `${BASE_URL}/`],
    ["/%E3%80%80/", `${BASE_URL}/%E3%80%80/`],
    ["%5C%5Cevil.example", `${BASE_URL}/`],
  ]) {
    const page = await (await signedInAs(null)).newPage();
    await page.goto(`/sign-in?next=${next}`);
    await signIn(page, USERS.legal.email);
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(page.url(), next).toBe(landing);
    await expect(page.getByRole("banner")).toContainText(USERS.legal.name);
    await page.context().close();
  }
});
