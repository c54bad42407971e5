// /admin/users: invite people with a role, change roles, hand out password reset links, disable and enable
// accounts.
import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";

import { ROLE_DESCRIPTIONS } from "../../auth/access.ts";
import { ROLE_LABELS, ROLES } from "../../accounts/roles.ts";
import { AuditTrail } from "../../components/audit-trail.tsx";
import { ErrorSummary } from "../../components/error-summary.tsx";
import { FormField, inputProps } from "../../components/form-field.tsx";
import { accountSummaryItems } from "../../components/new-password-fields.tsx";
import { utcMinute } from "../../utils/format-time.ts";

import type { action, loader } from "./users.server.ts";

export { action, loader } from "./users.server.ts";

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
        </div>
      ) : null}

      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        <ErrorSummary
          items={accountSummaryItems(inviteErrors, { email: "invite-email", role: "invite-role-admin" })}
          autoFocus
        />
        {/* A new key after each invitation: the form starts again empty. */}
        <Form key={invited?.link ?? "invite"} method="post" className="account-form" noValidate>
          <FormField id="invite-email" label="Email" error={inviteErrors.email}>
            <input
              {...inputProps("invite-email", "email", { error: inviteErrors.email })}
              type="email"
              autoComplete="off"
              defaultValue={result && "values" in result ? result.values.email : ""}
              required
            />
          </FormField>
          <fieldset className={`field${inviteErrors.role ? " field--error" : ""}`}>
            <legend className="field__label">Role</legend>
            {inviteErrors.role ? <p className="field-error">{inviteErrors.role}</p> : null}
            <div className="options">
              {ROLES.map((role) => (
                <div className="option" key={role}>
                  <input
                    type="radio"
                    id={`invite-role-${role}`}
                    name="role"
                    value={role}
                    defaultChecked={(result && "values" in result ? result.values.role : "procurement") === role}
                    aria-describedby={`invite-role-${role}-hint`}
                  />
                  <label htmlFor={`invite-role-${role}`}>{ROLE_LABELS[role]}</label>
                  <p className="option__hint" id={`invite-role-${role}-hint`}>
                    {ROLE_DESCRIPTIONS[role]}
                  </p>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="form-actions">
            <button type="submit" name="intent" value="invite" className="button">
              Create an invitation link
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <div className="table-wrap">
          <table className="data stack users-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} id={`user-${user.id}`} data-user={user.email}>
                  <td>
                    <strong>{user.name}</strong>
                    {user.id === me ? <span className="muted"> (you)</span> : null}
                    <span className="source">{user.email}</span>
                  </td>
                  <td>
                    <Form method="post" className="inline-form" aria-label={`Role of ${user.name}`}>
                      <input type="hidden" name="userId" value={user.id} />
                      <label htmlFor={`role-${user.id}`} className="visually-hidden">
                        Role of {user.name}
                      </label>
                      <select
                        id={`role-${user.id}`}
                        name="role"
                        className="input input--select"
                        defaultValue={user.role}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                      <button
                        type="submit"
                        name="intent"
                        value="role"
                        className="button button--secondary button--small"
                      >
                        Change role<span className="visually-hidden"> of {user.name}</span>
                      </button>
                    </Form>
                  </td>
                  <td>
                    <span className="cell-label">Status: </span>
                    {user.disabledAt ? (
                      <span className="badge badge--high">Disabled {user.disabledAt.slice(0, 10)}</span>
                    ) : (
                      <span className="badge badge--ok">Active</span>
                    )}
                  </td>
                  <td>
                    {user.id === me ? (
                      // Nobody disables their own account (another admin can); their password they change
                      // on the account page, which asks for the current one.
                      <span className="muted">
                        Your account: <Link to="/account">change your password</Link>
                      </span>
                    ) : (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="userId" value={user.id} />
                        {user.disabledAt ? null : (
                          <button
                            type="submit"
                            name="intent"
                            value="reset"
                            className="button button--secondary button--small"
                          >
                            Password reset link<span className="visually-hidden"> for {user.name}</span>
                          </button>
                        )}
                        {user.disabledAt ? (
                          <button
                            type="submit"
                            name="intent"
                            value="enable"
                            className="button button--secondary button--small"
                          >
                            Enable<span className="visually-hidden"> {user.name}</span>
                          </button>
                        ) : (
                          <button
                            type="submit"
                            name="intent"
                            value="disable"
                            className="button button--tertiary button--small"
                          >
                            Disable<span className="visually-hidden"> {user.name}</span>
                          </button>
                        )}
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {invitations.length > 0 ? (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">Invitations not yet accepted</h2>
          <ul className="pending-invitations">
            {invitations.map((i) => (
              <li key={`${i.email}:${i.createdAt}`}>
                <strong>{i.email}</strong> as {ROLE_LABELS[i.role]}, invited by {i.invitedBy}; the link works until{" "}
                {utcMinute(i.expiresAt)}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
