// Test support: users and the load context server.mjs would pass, for calling loaders and actions directly.
import type { AppLoadContext } from "@remix-run/node";
import { randomBytes } from "node:crypto";

import { users } from "../../db/schema.ts";
import type { SessionUser } from "../../app/models/user.server.ts";
import { getDb, type Db } from "../../app/utils/db.server.ts";
import type { Role } from "../../app/accounts/roles.ts";

/** A user straight into the database (no password hashing: it is never signed in with). */
export function createTestUser(role: Role = "procurement", db: Db = getDb()): SessionUser {
  const id = randomBytes(8).toString("hex");
  const user = { id, email: `${role}-${id}@example.com`, name: `Tess ${role} ${id.slice(0, 4)}`, role };
  db.insert(users)
    .values({ ...user, passwordHash: "not-a-hash" })
    .run();
  return user;
}

export function testContext(user: SessionUser | null = null): AppLoadContext {
  return { user, cspNonce: "test-nonce", requestId: "test-request", clientIp: "127.0.0.1", secure: false };
}
