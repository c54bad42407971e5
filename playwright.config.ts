// End-to-end tests against the built app in the system Chromium (no browser download here).
import { defineConfig, devices } from "@playwright/test";
import os from "node:os";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT || 3123);
const baseURL = `http://127.0.0.1:${PORT}`;
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
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "no-javascript", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions } },
  ],
  webServer: {
    command: "node server.mjs",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: path.join(os.tmpdir(), `clausewise-e2e-${process.pid}`, "e2e.db"),
    },
  },
});
