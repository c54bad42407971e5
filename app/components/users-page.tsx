// The parts of the Users page (/admin/users): the invitation form, the people with their roles and
// account actions, and the invitations not yet accepted.
import { Form, Link } from "@remix-run/react";
import { ROLE_LABELS, ROLES } from "../accounts/roles.ts";
import type { AccountErrors } from "../accounts/account-form.ts";
import { ROLE_DESCRIPTIONS } from "../auth/access.ts";
import type { UsersPage } from "../use-cases/accounts/manage-users.server.ts";
import { utcMinute } from "../utils/format-time.ts";
import { ErrorSummary } from "./error-summary.tsx";
import { FormField, inputProps } from "./form-field.tsx";
import { accountSummaryItems } from "./new-password-fields.tsx";

/** `values`: what was typed in a refused invitation; `resetKey` changes after each invitation. */
export function InviteForm({
  inviteErrors,
  values,
  resetKey,
}: {
  inviteErrors: AccountErrors;
  values: { email: string; role: string } | null;
  resetKey: string;
}) {
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <ErrorSummary
        items={accountSummaryItems(inviteErrors, { email: "invite-email", role: "invite-role-admin" })}
        autoFocus
      />
      {/* A new key after each invitation: the form starts again empty. */}
      <Form key={resetKey} method="post" className="account-form" noValidate>
        <FormField id="invite-email" label="Email" error={inviteErrors.email}>
          <input
            {...inputProps("invite-email", "email", { error: inviteErrors.email })}
            type="email"
            autoComplete="off"
            defaultValue={values?.email ?? ""}
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
                  defaultChecked={(values?.role ?? "procurement") === role}
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
  );
}

export function PeopleTable({ users, me }: { users: UsersPage["users"]; me: string | null }) {
  return (
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
                    <select id={`role-${user.id}`} name="role" className="input input--select" defaultValue={user.role}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                    <button type="submit" name="intent" value="role" className="button button--secondary button--small">
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
  );
}

export function PendingInvitations({ invitations }: { invitations: UsersPage["invitations"] }) {
  if (invitations.length === 0) return null;
  return (
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
  );
}
