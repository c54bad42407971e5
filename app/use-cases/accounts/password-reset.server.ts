// /reset-password/:token: a one-time link from an admin. The person chooses a new password and is signed
// in; every session they had ends (models/password-reset.server.ts).
import { accountErrors, formFields, resetPasswordSchema, type AccountErrors } from "../../accounts/account-form.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import { signedIn } from "./sign-in.server.ts";
import {
  findPasswordReset,
  resetPassword,
  type PasswordReset,
  type UnusableReset,
} from "../../models/password-reset.server.ts";
import type { Db } from "../../utils/db.server.ts";

const UNUSABLE: Record<UnusableReset, { status: number; message: string }> = {
  unknown: {
    status: 404,
    message: "This password reset link is not valid. Check that it was copied whole, or ask an admin for a new link.",
  },
  expired: {
    status: 410,
    message: "This password reset link has expired, or a newer one replaced it. Ask an admin for a new link.",
  },
  used: {
    status: 410,
    message:
      "This password reset link has been used already. Sign in with the new password, or ask an admin for a new link.",
  },
  disabled: {
    status: 410,
    message: "This account is disabled, so its password cannot be reset. Ask an admin to enable it first.",
  },
};

type ResetPage = { reset: PasswordReset; problem: null } | { reset: null; problem: string };

/** The reset a link names, or why it cannot be used (with the status to answer). */
export function passwordResetPage(db: Db, token: string | undefined): Outcome<ResetPage> {
  const lookup = findPasswordReset(db, token ?? "");
  if (!lookup.ok) {
    const { status, message } = UNUSABLE[lookup.reason];
    return { status, body: { reset: null, problem: message } };
  }
  return { body: { reset: lookup.reset, problem: null } };
}

export type ResetRefusal = { errors: AccountErrors };

/** The person chooses a new password and is signed in; or the form again with what is wrong. */
export async function resetPasswordByLink(
  db: Db,
  token: string | undefined,
  form: FormData,
  web: RequestFacts,
): Promise<Outcome<ResetRefusal>> {
  const parsed = resetPasswordSchema.safeParse(formFields(form, ["password", "passwordAgain"]));
  if (!parsed.success) return { status: 400, body: { errors: accountErrors(parsed.error) } };
  const result = await resetPassword(db, token ?? "", parsed.data.password);
  if (!result.ok) {
    const { status, message } = UNUSABLE[result.reason];
    return { status, body: { errors: { form: message } } };
  }
  return signedIn(db, result.user, "/", web);
}
