// /sign-in: email and password. Everything but the health check and this page needs a session.
import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { ErrorSummary } from "../components/error-summary.tsx";
import { FormField, inputProps } from "../components/form-field.tsx";
import { accountSummaryItems } from "../components/new-password-fields.tsx";
import { getDb } from "../utils/db.server.ts";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { safeNext } from "../auth/handle-access.server.ts";
import { signIn } from "../use-cases/accounts/sign-in.server.ts";

export function loader({ request, context }: LoaderFunctionArgs) {
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  if (context.user) throw redirect(next);
  return { next };
}

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await signIn(getDb(), await request.formData(), requestFacts(request, context)));

// A page answering a throttled sign-in says when to try again (Remix sends a route's action headers on a
// page only through this).
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export const meta: MetaFunction = () => [{ title: "Sign in · Clausewise" }];

export default function SignInPage() {
  const { next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <div className="narrow account">
      <h1>Sign in to Clausewise</h1>
      <p className="lede">
        Use the email and password of your Clausewise account. An admin can invite you if you have none.
      </p>
      <ErrorSummary
        title="You are not signed in"
        items={accountSummaryItems(errors, { email: "sign-in-email", password: "sign-in-password" })}
        autoFocus
      />
      <Form method="post" className="account-form" noValidate>
        <input type="hidden" name="next" value={result?.next ?? next} />
        <FormField id="sign-in-email" label="Email" error={errors.email}>
          <input
            {...inputProps("sign-in-email", "email", { error: errors.email })}
            type="email"
            autoComplete="username"
            defaultValue={result?.email ?? ""}
            required
          />
        </FormField>
        <FormField id="sign-in-password" label="Password" error={errors.password}>
          <input
            {...inputProps("sign-in-password", "password", { error: errors.password })}
            type="password"
            autoComplete="current-password"
            required
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">
            Sign in
          </button>
        </div>
      </Form>
      <p className="muted">
        Forgot your password? Ask an admin for a password reset link: there is no email from Clausewise.
      </p>
    </div>
  );
}
