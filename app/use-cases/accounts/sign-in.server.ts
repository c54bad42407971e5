// Signing in and out. Checking an email and password is throttled: 10 attempts a minute per account and per client (the
// eleventh gets 429 with Retry-After). Every failure is recorded in the audit trail.
import { recordEvent } from "../../models/audit.server.ts";
import { endSession, startSession } from "../../models/session.server.ts";
import { findUserByEmail, type SessionUser, type User } from "../../models/user.server.ts";
import { writeTransaction, type Db } from "../../utils/db.server.ts";
import { sessionSettings } from "../../utils/env.server.ts";
import { normalizeEmail } from "../../accounts/account-form.ts";
import { hashPassword, verifyPassword } from "../../accounts/password.server.ts";
import { RateLimiter } from "../../auth/rate-limit.ts";
import { clearedSessionCookie, readSessionToken, sessionCookie } from "../../auth/session-cookie.ts";
import { safeNext } from "../../auth/handle-access.server.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import type { AccountErrors } from "../../accounts/account-form.ts";

export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

/** One limiter for the process: the app runs as one process (see rate-limit.ts). */
export const signInLimiter = new RateLimiter(SIGN_IN_ATTEMPTS_PER_MINUTE, 60_000);

/** Both keys count every attempt: guessing one account's password, or many accounts' from one client. */
export function signInKeys(email: string, clientIp: string): string[] {
  return [`account:${normalizeEmail(email)}`, `client:${clientIp}`];
}

// An unknown email is checked against this hash, so it takes as long as a wrong password and the time a
// refusal takes does not tell which emails have accounts.
let decoy: Promise<string> | undefined;

export type CredentialsResult = { ok: true; user: User } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "The email or the password is wrong. Check both and try again.";

export async function checkCredentials(db: Db, email: string, password: string): Promise<CredentialsResult> {
  const user = findUserByEmail(db, email);
  decoy ??= hashPassword("decoy password, never anyone's");
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoy));
  if (!user || !valid) {
    writeTransaction(db, (tx) =>
      recordEvent(
        tx,
        null,
        "user.sign_in_failed",
        { email: normalizeEmail(email).slice(0, 254) },
        { userId: user?.id },
      ),
    );
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  // Said only to someone who knows the password: it tells an attacker nothing.
  if (user.disabledAt) return { ok: false, message: "This account is disabled. Ask an admin to enable it again." };
  const { passwordHash: _, ...rest } = user;
  return { ok: true, user: rest };
}

/**
 * Starts a new session for `user` and sends the browser on to `to` with its cookie. A session the browser
 * had before (someone else signed in on it, say, opening an invitation) ends on the server: the browser
 * forgets its cookie, so nobody could end it otherwise until it timed out.
 */
export function signedIn(db: Db, user: SessionUser, to: string, web: RequestFacts): Outcome<never> {
  const previous = readSessionToken(web.cookie);
  if (previous) endSession(db, previous);
  const { token, maxAgeSeconds } = startSession(db, user, sessionSettings());
  return { redirect: to, headers: { "Set-Cookie": sessionCookie(token, { maxAgeSeconds, secure: web.secure }) } };
}

export type SignInRefusal = { errors: AccountErrors; email: string; next: string };

/** A person's sign-in: on to where they were going, or the form again with what is wrong. */
export async function signIn(db: Db, form: FormData, web: RequestFacts): Promise<Outcome<SignInRefusal>> {
  const email = normalizeEmail(String(form.get("email") ?? ""));
  const password = String(form.get("password") ?? "");
  const next = safeNext(String(form.get("next") ?? ""));
  const refuse = (errors: AccountErrors, status: number, headers?: Record<string, string>) => ({
    status,
    headers,
    body: { errors, email, next },
  });

  const missing: AccountErrors = {};
  if (email === "") missing.email = "Email is required.";
  if (password === "") missing.password = "Password is required.";
  if (Object.keys(missing).length > 0) return refuse(missing, 400);

  const limit = signInLimiter.attempt(signInKeys(email, web.clientIp));
  if (!limit.ok) {
    return refuse(
      { form: `Too many sign-in attempts. Wait ${limit.retryAfterSeconds} seconds, then try again.` },
      429,
      { "Retry-After": String(limit.retryAfterSeconds) },
    );
  }
  const result = await checkCredentials(db, email, password);
  if (!result.ok) return refuse({ form: result.message }, 400);
  return signedIn(db, result.user, next, web);
}

/** Ends the browser's session on the server and forgets its cookie. */
export function signOut(db: Db, web: RequestFacts): Outcome<never> {
  const token = readSessionToken(web.cookie);
  if (token) endSession(db, token);
  return { redirect: "/sign-in", headers: { "Set-Cookie": clearedSessionCookie({ secure: web.secure }) } };
}
