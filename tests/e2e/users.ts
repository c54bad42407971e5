// The people the end-to-end tests sign in as, and where their signed-in browser states are kept. The
// setup project (auth.setup.ts) creates them on the test server: the admin through the first-run page,
// the others through invitations, as a company would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Role } from "../../app/accounts/roles.ts";

// One folder per run, made by the runner when it loads the config; its workers inherit the variable.
process.env.CLAUSEWISE_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-e2e-"));
export const E2E_DIR = process.env.CLAUSEWISE_E2E_DIR;

export const PORT = Number(process.env.E2E_PORT || 3123);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Every test user's password (long enough for the 12-character rule). */
export const PASSWORD = "end to end test password";

export const USERS: Record<Role, { email: string; name: string }> = {
  admin: { email: "ada.admin@example.test", name: "Ada Admin" },
  procurement: { email: "pat.procurement@example.test", name: "Pat Procurement" },
  legal: { email: "lee.legal@example.test", name: "Lee Legal" },
};

/** The saved browser state (session cookie) of a signed-in test user. */
export const stateFile = (role: Role): string => path.join(E2E_DIR, `${role}.json`);

/** The header a same-origin form post carries: requests made outside a browser must say it themselves. */
export const SAME_ORIGIN = { Origin: BASE_URL };
