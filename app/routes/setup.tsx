// /setup: create the first admin. Only while nobody has an account; afterwards this address leads home.
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";

import { ErrorSummary } from "../components/error-summary.tsx";
import { FormField, inputProps } from "../components/form-field.tsx";
import { accountSummaryItems, NewPasswordFields } from "../components/new-password-fields.tsx";
import { getDb } from "../utils/db.server.ts";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { createFirstAdmin } from "../use-cases/accounts/setup.server.ts";

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await createFirstAdmin(getDb(), await request.formData(), requestFacts(request, context)));

export const meta: MetaFunction = () => [{ title: "Create the first admin · Clausewise" }];

export default function SetupPage() {
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  return (
    <div className="narrow account">
      <h1>Create the first admin</h1>
      <p className="lede">
        Clausewise has no accounts yet. The first one is an admin: it invites everyone else, gives each a role and keeps
        the vendor catalog. You can also create it from the command line with{" "}
        <code>npx clausewise user add --email you@example.com --role admin</code>.
      </p>
      <ErrorSummary items={accountSummaryItems(errors, { email: "setup-email" })} autoFocus />
      <Form method="post" className="account-form" noValidate>
        <FormField id="setup-email" label="Email" error={errors.email}>
          <input
            {...inputProps("setup-email", "email", { error: errors.email })}
            type="email"
            autoComplete="username"
            defaultValue={result?.values.email ?? ""}
            required
          />
        </FormField>
        <NewPasswordFields errors={errors} name={result?.values.name ?? ""} />
        <div className="form-actions">
          <button type="submit" className="button">
            Create the admin account
          </button>
        </div>
      </Form>
    </div>
  );
}
