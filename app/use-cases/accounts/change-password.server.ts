// /account: the signed-in person changes their own password. The current password is asked for, so a
// browser left signed in is not enough, and each try counts against the sign-in limit, so this page is no
// faster way to guess a password.
import { accountErrors, changePasswordSchema, formFields, type AccountErrors } from "../../accounts/account-form.ts";
import { readSessionToken } from "../../auth/session-cookie.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import { refuse } from "../../http/refuse.ts";
import { changeOwnPassword } from "../../models/password-reset.server.ts";
import type { SessionUser } from "../../models/user.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { signInKeys, signInLimiter } from "./sign-in.server.ts";

export type AccountActionData = { errors: AccountErrors; changedAt?: string };

function signedInUser(user: SessionUser | null | undefined): SessionUser {
  if (!user) throw refuse(401, "Sign in first.");
  return user;
}

export function accountPage(user: SessionUser | null | undefined) {
  const { name, email, role } = signedInUser(user);
  return { name, email, role };
}

export async function changePassword(
  db: Db,
  signedIn: SessionUser | null | undefined,
  form: FormData,
  web: RequestFacts,
): Promise<Outcome<AccountActionData>> {
  const user = signedInUser(signedIn);
  const parsed = changePasswordSchema.safeParse(formFields(form, ["currentPassword", "password", "passwordAgain"]));
  if (!parsed.success) return { status: 400, body: { errors: accountErrors(parsed.error) } };

  // Checked only once the form is complete: a form sent back for a short new password tried nothing.
  const limit = signInLimiter.attempt(signInKeys(user.email, web.clientIp));
  if (!limit.ok) {
    return {
      status: 429,
      headers: { "Retry-After": String(limit.retryAfterSeconds) },
      body: {
        errors: { form: `Too many password attempts. Wait ${limit.retryAfterSeconds} seconds, then try again.` },
      },
    };
  }
  // The session that asks stays signed in; the cookie names it (a live one: the access check found it).
  const token = readSessionToken(web.cookie);
  if (!token) throw refuse(401, "Sign in first.");
  const result = await changeOwnPassword(db, user, parsed.data, { token });
  if (!result.ok) return { status: 400, body: { errors: { [result.field]: result.message } } };
  return { body: { errors: {}, changedAt: new Date().toISOString() } };
}
