// /reset-password/:token: a one-time link from an admin. The person chooses a new password and is signed
// in; every session they had ends (models/password-reset.server.ts).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { accountErrors, formFields, resetPasswordSchema, type AccountErrors } from "../../accounts/account-form.ts";
import { signedInRedirect } from "../../use-cases/accounts/sign-in.server.ts";
import { findPasswordReset, resetPassword, type UnusableReset } from "../../models/password-reset.server.ts";
import { getDb } from "../../utils/db.server.ts";

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

export function loader({ params }: LoaderFunctionArgs) {
  const lookup = findPasswordReset(getDb(), params.token ?? "");
  if (!lookup.ok) {
    const { status, message } = UNUSABLE[lookup.reason];
    return data({ reset: null, problem: message }, { status });
  }
  return { reset: lookup.reset, problem: null };
}

type ResetData = { errors: AccountErrors };

export async function action({ params, request, context }: ActionFunctionArgs) {
  const parsed = resetPasswordSchema.safeParse(formFields(await request.formData(), ["password", "passwordAgain"]));
  if (!parsed.success) return data<ResetData>({ errors: accountErrors(parsed.error) }, { status: 400 });
  const db = getDb();
  const result = await resetPassword(db, params.token ?? "", parsed.data.password);
  if (!result.ok) {
    const { status, message } = UNUSABLE[result.reason];
    return data<ResetData>({ errors: { form: message } }, { status });
  }
  return signedInRedirect(db, result.user, { secure: context.secure, to: "/", request });
}
