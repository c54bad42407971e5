// /account: who you are signed in as, and changing your password.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { ROLE_DESCRIPTIONS } from "../auth/access.ts";
import { ROLE_LABELS } from "../accounts/roles.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { FormField, inputProps } from "../components/form-field.tsx";
import { accountSummaryItems, NewPasswordFields } from "../components/new-password-fields.tsx";
import { getDb } from "../utils/db.server.ts";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { accountPage, changePassword } from "../use-cases/accounts/change-password.server.ts";

export const loader = ({ context }: LoaderFunctionArgs) => accountPage(context.user);

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await changePassword(getDb(), context.user, await request.formData(), requestFacts(request, context)));

export const meta: MetaFunction = () => [{ title: "Your account · Clausewise" }];

export default function AccountPage() {
  const { name, email, role } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <div className="narrow account">
      <h1>Your account</h1>
      <p className="lede">
        You are signed in as <strong>{name}</strong> ({email}), <strong>{ROLE_LABELS[role]}</strong>:{" "}
        {ROLE_DESCRIPTIONS[role]} An admin changes roles.
      </p>

      {result?.changedAt ? (
        <div className="banner banner--ok" role="status">
          <p>
            Your password has been changed. Every other browser signed in as you has been signed out; this one stays
            signed in.
          </p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="change-password-title">
        <h2 id="change-password-title">Change your password</h2>
        <ErrorSummary items={accountSummaryItems(errors, {})} autoFocus />
        {/* A new key after each change: the form starts again empty. */}
        <Form key={result?.changedAt ?? "change"} method="post" className="account-form" noValidate>
          {/* For password managers: the account the new password belongs to. */}
          <input type="hidden" name="email" value={email} autoComplete="username" />
          <FormField id="account-current-password" label="Current password" error={errors.currentPassword}>
            <input
              {...inputProps("account-current-password", "currentPassword", { error: errors.currentPassword })}
              type="password"
              autoComplete="current-password"
              required
            />
          </FormField>
          <NewPasswordFields errors={errors} passwordLabel="New password" />
          <div className="form-actions">
            <button type="submit" className="button">
              Change my password
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
