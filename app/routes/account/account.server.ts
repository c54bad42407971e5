// /account: the signed-in person's own account, where they change their password. Any role may
// (access.ts: app:use). The current password is asked for, so a browser left signed in is not enough,
// and each try counts against the sign-in limit, so this page is no faster way to guess a password.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { accountErrors, changePasswordSchema, formFields, type AccountErrors } from "../../accounts/account-form.ts";
import { readSessionToken } from "../../auth/session-cookie.ts";
import { signInKeys, signInLimiter } from "../../use-cases/accounts/sign-in.server.ts";
import { changeOwnPassword } from "../../models/password-reset.server.ts";
import { getDb } from "../../utils/db.server.ts";

function signedIn(context: LoaderFunctionArgs["context"]) {
  if (!context.user) throw data("Sign in first.", { status: 401 });
  return context.user;
}

export function loader({ context }: LoaderFunctionArgs) {
  const { name, email, role } = signedIn(context);
  return { name, email, role };
}

export type AccountActionData = { errors: AccountErrors; changedAt?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const user = signedIn(context);
  const parsed = changePasswordSchema.safeParse(
    formFields(await request.formData(), ["currentPassword", "password", "passwordAgain"]),
  );
  if (!parsed.success) return data<AccountActionData>({ errors: accountErrors(parsed.error) }, { status: 400 });

  // Checked only once the form is complete: a form sent back for a short new password tried nothing.
  const limit = signInLimiter.attempt(signInKeys(user.email, context.clientIp));
  if (!limit.ok) {
    return data<AccountActionData>(
      { errors: { form: `Too many password attempts. Wait ${limit.retryAfterSeconds} seconds, then try again.` } },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  // The session that asks stays signed in; the cookie names it (a live one: the access check found it).
  const token = readSessionToken(request.headers.get("Cookie"));
  if (!token) throw data("Sign in first.", { status: 401 });
  const result = await changeOwnPassword(getDb(), user, parsed.data, { token });
  if (!result.ok) return data<AccountActionData>({ errors: { [result.field]: result.message } }, { status: 400 });
  return data<AccountActionData>({ errors: {}, changedAt: new Date().toISOString() });
}
