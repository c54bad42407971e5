// Signing in: email and password, 10 attempts a minute per account and per client, a new session each time.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { normalizeEmail, type AccountErrors } from "../../accounts/account-form.ts";
import { safeNext } from "../../auth/handle-access.server.ts";
import {
  checkCredentials,
  signedInRedirect,
  signInKeys,
  signInLimiter,
} from "../../use-cases/accounts/sign-in.server.ts";
import { getDb } from "../../utils/db.server.ts";

export function loader({ request, context }: LoaderFunctionArgs) {
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  if (context.user) throw redirect(next);
  return { next };
}

type SignInData = { errors: AccountErrors; email: string; next: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = normalizeEmail(String(form.get("email") ?? ""));
  const password = String(form.get("password") ?? "");
  const next = safeNext(String(form.get("next") ?? ""));
  const refuse = (errors: AccountErrors, status: number, headers?: HeadersInit) =>
    data<SignInData>({ errors, email, next }, { status, headers });

  const missing: AccountErrors = {};
  if (email === "") missing.email = "Email is required.";
  if (password === "") missing.password = "Password is required.";
  if (Object.keys(missing).length > 0) return refuse(missing, 400);

  const limit = signInLimiter.attempt(signInKeys(email, context.clientIp));
  if (!limit.ok) {
    return refuse(
      { form: `Too many sign-in attempts. Wait ${limit.retryAfterSeconds} seconds, then try again.` },
      429,
      { "Retry-After": String(limit.retryAfterSeconds) },
    );
  }
  const db = getDb();
  const result = await checkCredentials(db, email, password);
  if (!result.ok) return refuse({ form: result.message }, 400);
  return signedInRedirect(db, result.user, { secure: context.secure, to: next, request });
}
