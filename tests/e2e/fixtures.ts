// Playwright's `test`, watching every page for what the enforced Content-Security-Policy blocks (Chromium
// reports it on the console, with JavaScript on or off), uncaught errors and script dialogs: any of them
// fails the test. `signedInAs` opens another browser context as one of the test users, watched the same way.
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import path from "node:path";

import type { Role } from "../../app/accounts/roles.ts";
import { startServer } from "../../scripts/bench-server.ts";
import { E2E_DIR, stateFile } from "./users.ts";

export { expect };

function watch(context: BrowserContext, problems: string[]): void {
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  context.on("weberror", (error) => problems.push(`uncaught: ${error.error().message}`));
  context.on("dialog", (dialog) => {
    problems.push(`a script opened a ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

export const test = base.extend<{
  pageProblems: string[];
  /** A new browser context signed in as `role` (or signed out: null), with the project's JavaScript setting. */
  signedInAs: (role: Role | null, options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A new watched browser context with any options (another server's baseURL, say). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}>({
  pageProblems: [
    async ({ context }, provide) => {
      const problems: string[] = [];
      watch(context, problems);
      await provide(problems);
      expect(problems, "the pages blocked nothing, threw nothing and opened no dialog").toEqual([]);
    },
    { auto: true },
  ],
  newContext: async ({ browser, pageProblems, javaScriptEnabled }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (options) => {
      const context = await browser.newContext({ javaScriptEnabled, ...options });
      watch(context, pageProblems);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
  signedInAs: async ({ newContext }, provide) => {
    await provide((role, options) => newContext({ storageState: role ? stateFile(role) : SIGNED_OUT, ...options }));
  },
});

const SIGNED_OUT = { cookies: [], origins: [] };

/**
 * A test against a server of its own, started for it with a new database (nobody has an account yet) and
 * `serverEnv` settings: for what must not touch the shared server (a first run, spent sign-in attempts).
 */
export const testOnOwnServer = test.extend<{
  serverEnv: Record<string, string>;
  server: { url: string };
  /** A new browser, signed out, on the test's own server. */
  freshBrowser: () => Promise<Page>;
}>({
  serverEnv: [{}, { option: true }],
  server: async ({ serverEnv }, provide, testInfo) => {
    const server = await startServer(path.join(E2E_DIR, `own-server-${testInfo.testId}-${Date.now()}.db`), serverEnv);
    await provide(server);
    server.stop();
  },
  freshBrowser: async ({ server, newContext }, provide) => {
    await provide(async () => (await newContext({ baseURL: server.url, storageState: SIGNED_OUT })).newPage());
  },
});
