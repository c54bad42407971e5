// Sessions that end, and sign-in throttling, each on a server of its own: one whose idle timeout is a few
// seconds (SESSION_IDLE_MINUTES), one whose sign-in limit can be spent without locking out other tests.
import { createFirstAdmin, signIn } from "./account-helpers.ts";
import { expect, testOnOwnServer as test } from "./fixtures.ts";
import { PASSWORD, USERS } from "./users.ts";

test.skip(
  ({ javaScriptEnabled }) => !javaScriptEnabled,
  "the server's behaviour, not the page's: one project is enough",
);
const IDLE_SECONDS = 3;

test.describe("with an idle timeout of a few seconds", () => {
  test.use({ serverEnv: { SESSION_IDLE_MINUTES: String(IDLE_SECONDS / 60) } });

  test("a session past its idle timeout is gone, even if the browser still presents its cookie", async ({
    freshBrowser,
  }) => {
    const page = await freshBrowser();
    const context = page.context();
    await page.goto("/");
    await createFirstAdmin(page, USERS.admin);
    await page.goto("/reviews");
    await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toContain("clausewise_session");

    // Idle past the timeout. The browser drops the cookie by itself (its Max-Age is the idle timeout), so
    // it is put back, as a copied or stolen cookie would be: the server must refuse it on its own.
    await page.waitForTimeout((IDLE_SECONDS + 1) * 1000);
    await context.addCookies(cookies.map(({ expires: _, ...cookie }) => cookie));
    await page.goto("/reviews");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Freviews$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Clausewise" })).toBeVisible();

    // Signing in again starts a new session with a new token.
    await signIn(page, USERS.admin.email);
    await expect(page).toHaveURL(/\/reviews$/);
    const fresh = (await context.cookies()).find((c) => c.name === "clausewise_session");
    expect(fresh?.value).not.toBe(cookies.find((c) => c.name === "clausewise_session")?.value);
    expect(fresh).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  });
});

test("the eleventh sign-in attempt in a minute gets 429 with Retry-After", async ({ server, freshBrowser }) => {
  const page = await freshBrowser();
  await page.goto("/");
  await createFirstAdmin(page, USERS.admin);
  const context = page.context();
  await context.clearCookies();
  const attempt = (password: string) =>
    context.request.post("/sign-in", {
      headers: { Origin: server.url },
      form: { email: USERS.admin.email, password },
      maxRedirects: 0,
    });
  // Setting up the admin was not a sign-in: ten attempts are allowed…
  for (let i = 0; i < 10; i++) expect((await attempt(`wrong password ${i}`)).status()).toBe(400);
  const eleventh = await attempt(PASSWORD);
  expect(eleventh.status()).toBe(429);
  expect(Number(eleventh.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await eleventh.text()).toContain("Too many sign-in attempts");

  // In the browser: the page says so, and the right password does not get through either.
  await page.goto("/sign-in");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    signIn(page, USERS.admin.email),
  ]);
  expect(response.status()).toBe(429);
  await expect(page.getByRole("alert")).toContainText(/Too many sign-in attempts\. Wait \d+ seconds, then try again\./);
  await expect(page).toHaveURL(/\/sign-in/);
});
