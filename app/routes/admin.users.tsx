// /admin/users: invite people with a role, change roles, hand out password reset links, disable and enable
// accounts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";

import { ROLE_LABELS } from "../accounts/roles.ts";
import { AuditTrail } from "../components/audit-trail.tsx";
import { CopyButton } from "../components/copy-button.tsx";
import { InviteForm, PeopleTable, PendingInvitations } from "../components/users-page.tsx";
import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { changeUsers, usersPage } from "../use-cases/accounts/manage-users.server.ts";
import { requireActor } from "../auth/actor.server.ts";
import { getDb } from "../utils/db.server.ts";
import { utcMinute } from "../utils/format-time.ts";

export const loader = ({ context }: LoaderFunctionArgs) => usersPage(getDb(), context.user?.id ?? null);

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await changeUsers(getDb(), requireActor(context), await request.formData(), requestFacts(request, context)));

export const meta: MetaFunction = () => [{ title: "Users · Clausewise" }];

export default function UsersPage() {
  const { users, invitations, events, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const inviteErrors = result && "errors" in result ? result.errors : {};
  const invited = result && "invited" in result ? result.invited : null;
  const reset = result && "reset" in result ? result.reset : null;
  // The buttons are down in the table and the link shows at the top: with JavaScript the page does not
  // reload, so the link is brought into view (and focus, so a screen reader reads it).
  const resetBanner = useRef<HTMLDivElement>(null);
  // The same for a refused change (the last admin, disabling yourself): its message is at the top too.
  const refusal = result && "message" in result ? result.message : null;
  const refusalBanner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reset) resetBanner.current?.focus();
  }, [reset]);
  useEffect(() => {
    if (refusal) refusalBanner.current?.focus();
  }, [refusal, result]);
  return (
    <>
      <h1>Users</h1>
      <p className="lede">
        Everyone who can sign in, with their role. Invite people with a one-time link, and hand someone who forgot their
        password another; disable an account when someone leaves (their sessions end at once, and the history keeps
        their name).
      </p>

      {refusal ? (
        <div className="banner banner--error" role="alert" tabIndex={-1} ref={refusalBanner}>
          <p>{refusal}</p>
        </div>
      ) : null}

      {invited ? (
        <div className="banner banner--ok invitation-link" role="status">
          <h2>Invitation link for {invited.email}</h2>
          <p>
            Send this link to {invited.email}. It lets them join as {ROLE_LABELS[invited.role]} and works once, until{" "}
            {utcMinute(invited.expiresAt)}. Copy it now: it is not shown again.
          </p>
          <label htmlFor="invitation-link" className="field__label">
            Invitation link
          </label>
          <textarea id="invitation-link" className="input input--code" readOnly rows={3} value={invited.link} />
          <CopyButton value={invited.link} label="Copy the invitation link" />
        </div>
      ) : null}

      {reset ? (
        <div className="banner banner--ok invitation-link" role="status" tabIndex={-1} ref={resetBanner}>
          <h2>Password reset link for {reset.name}</h2>
          <p>
            Send this link to {reset.name} ({reset.email}) yourself. It lets them choose a new password, signs them out
            everywhere, and works once, until {utcMinute(reset.expiresAt)}; any earlier link for them no longer works.
            Copy it now: it is not shown again.
          </p>
          <label htmlFor="password-reset-link" className="field__label">
            Password reset link
          </label>
          <textarea id="password-reset-link" className="input input--code" readOnly rows={3} value={reset.link} />
          <CopyButton value={reset.link} label="Copy the password reset link" />
        </div>
      ) : null}

      <InviteForm
        inviteErrors={inviteErrors}
        values={result && "values" in result ? result.values : null}
        resetKey={invited?.link ?? "invite"}
      />

      <PeopleTable users={users} me={me} />

      <PendingInvitations invitations={invitations} />

      <AuditTrail
        id="account-changes-title"
        title="Recent changes to accounts"
        events={events}
        empty="No changes yet."
        intro="Invitations, role changes, password resets and changes, disabled and enabled accounts, sign-ins and failed sign-ins, the latest first."
      />
    </>
  );
}
