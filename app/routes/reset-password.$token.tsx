// /reset-password/:token: choose a new password with the link an admin handed out.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { ErrorSummary } from "../components/error-summary.tsx";
import { accountSummaryItems, NewPasswordFields } from "../components/new-password-fields.tsx";
import { utcMinute } from "../utils/format-time.ts";

import { UnusableLink } from "../components/unusable-link.tsx";
import { getDb } from "../utils/db.server.ts";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { passwordResetPage, resetPasswordByLink } from "../use-cases/accounts/password-reset.server.ts";

export const loader = ({ params }: LoaderFunctionArgs) => respond(passwordResetPage(getDb(), params.token));

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(await resetPasswordByLink(getDb(), params.token, await request.formData(), requestFacts(request, context)));

export const meta: MetaFunction = () => [{ title: "Choose a new password · Clausewise" }];

export default function ResetPasswordPage() {
  const { reset, problem } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!reset) {
    return <UnusableLink title="This password reset link cannot be used" problem={problem} />;
  }
  const errors = result?.errors ?? {};
  return (
    <div className="narrow account">
      <h1>Choose a new password</h1>
      <p className="lede">
        For <strong>{reset.name}</strong> ({reset.email}).
      </p>
      <p className="muted">
        This link works once, until {utcMinute(reset.expiresAt)}. Setting the password signs out every browser signed in
        to this account, and signs this one in.
      </p>
      <ErrorSummary items={accountSummaryItems(errors, {})} autoFocus />
      <Form method="post" className="account-form" noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="email" value={reset.email} autoComplete="username" />
        <NewPasswordFields errors={errors} passwordLabel="New password" />
        <div className="form-actions">
          <button type="submit" className="button">
            Set the new password
          </button>
        </div>
      </Form>
    </div>
  );
}
