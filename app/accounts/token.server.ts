// Random tokens for session cookies and invitation links. Only a token's SHA-256 is stored, so a copy of
// the database holds nothing a browser could present.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
