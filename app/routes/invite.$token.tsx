// /invite/:token: join Clausewise with the role an admin chose.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { ROLE_DESCRIPTIONS } from "../auth/access.ts";
import { ROLE_LABELS } from "../accounts/roles.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { accountSummaryItems, NewPasswordFields } from "../components/new-password-fields.tsx";
import { utcMinute } from "../utils/format-time.ts";

import { UnusableLink } from "../components/unusable-link.tsx";
import { getDb } from "../utils/db.server.ts";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { invitationPage, joinByInvitation } from "../use-cases/accounts/invitation.server.ts";

export const loader = ({ params }: LoaderFunctionArgs) => respond(invitationPage(getDb(), params.token));

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(await joinByInvitation(getDb(), params.token, await request.formData(), requestFacts(request, context)));

export const meta: MetaFunction = () => [{ title: "Join Clausewise" }];

export default function InvitePage() {
  const { invitation, problem } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!invitation) {
    return <UnusableLink title="This invitation cannot be used" problem={problem} />;
  }
  const errors = result?.errors ?? {};
  return (
    <div className="narrow account">
      <h1>Join Clausewise</h1>
      <p className="lede">
        {invitation.invitedBy} has invited <strong>{invitation.email}</strong> as{" "}
        <strong>{ROLE_LABELS[invitation.role]}</strong>: {ROLE_DESCRIPTIONS[invitation.role]}
      </p>
      <p className="muted">
        Choose your name and a password. This link works once, until {utcMinute(invitation.expiresAt)}.
      </p>
      <ErrorSummary items={accountSummaryItems(errors, {})} autoFocus />
      <Form method="post" className="account-form" noValidate>
        <input type="hidden" name="email" value={invitation.email} />
        <NewPasswordFields errors={errors} name={result?.name ?? ""} />
        <div className="form-actions">
          <button type="submit" className="button">
            Create my account
          </button>
        </div>
      </Form>
    </div>
  );
}
