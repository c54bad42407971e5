// End-to-end tests against the built app in the system Chromium (no browser download here).
import { defineConfig, devices } from "@playwright/test";
import path from "node:path";

import { BASE_URL as baseURL, E2E_DIR, PORT, stateFile } from "./tests/e2e/users.ts";

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, trace: "off", launchOptions },
  projects: [
    // Creates the admin (first run) and invites a procurement and a legal user; saves their sessions.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // Every other test runs signed in, as procurement unless it says otherwise.
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions, storageState: stateFile("procurement") },
    },
    {
      name: "no-javascript",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        javaScriptEnabled: false,
        launchOptions,
        storageState: stateFile("procurement"),
      },
    },
  ],
  webServer: {
    command: "node server.mjs",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: path.join(E2E_DIR, "e2e.db"),
    },
  },
});
