// /admin/users: the people who can sign in, their roles, invitations, password reset links and the trail
// of account changes.
// Who may come here at all is decided before this runs (app/auth/access.ts: users:manage).
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import {
  accountErrors,
  formFields,
  invitationSchema,
  roleSchema,
  type AccountErrors,
} from "../../accounts/account-form.ts";
import { listRecentEvents } from "../../models/audit.server.ts";
import { createPasswordResetLink, type PasswordReset } from "../../models/password-reset.server.ts";
import {
  changeRole,
  inviteUser,
  listPendingInvitations,
  listUsers,
  setUserDisabled,
  type PendingInvitation,
} from "../../models/user.server.ts";
import type { Db } from "../../utils/db.server.ts";

export function usersPage(db: Db, me: string | null) {
  return {
    users: listUsers(db),
    invitations: listPendingInvitations(db),
    events: listRecentEvents(db, "user."),
    me,
  };
}

export type UsersPage = ReturnType<typeof usersPage>;

export type UsersActionData =
  | { intent: "invite"; errors: AccountErrors; values: { email: string; role: string } }
  | { intent: "invite"; invited: PendingInvitation & { link: string } }
  | { intent: "reset"; reset: PasswordReset & { link: string } }
  | { intent: "change"; message: string };

/** An admin's change on the Users page: invite, change a role, a password reset link, disable or enable. */
export async function changeUsers(
  db: Db,
  actor: Actor,
  form: FormData,
  web: RequestFacts,
): Promise<Outcome<UsersActionData>> {
  const intent = form.get("intent");
  if (intent === "invite") {
    const fields = formFields(form, ["email", "role"]);
    const values = { email: fields.email ?? "", role: fields.role ?? "" };
    const parsed = invitationSchema.safeParse(fields);
    if (!parsed.success) {
      return { status: 400, body: { intent, errors: accountErrors(parsed.error), values } };
    }
    const result = inviteUser(db, actor, parsed.data);
    if (!result.ok) return { status: 400, body: { intent, errors: { email: result.message }, values } };
    // Shown once, now: only the token's hash is kept. (Not a redirect, so the token never sits in an address.)
    const link = `${web.origin}/invite/${result.token}`;
    return { body: { intent, invited: { ...result.invitation, link } } };
  }

  const userId = String(form.get("userId") ?? "");
  if (intent === "reset") {
    const result = createPasswordResetLink(db, actor, userId);
    if (!result.ok) return { status: 400, body: { intent: "change", message: result.message } };
    // Shown once, like an invitation link: never in an address.
    const link = `${web.origin}/reset-password/${result.token}`;
    return { body: { intent, reset: { ...result.reset, link } } };
  }
  let result;
  if (intent === "role") {
    const parsed = roleSchema.safeParse(formFields(form, ["role"]));
    if (!parsed.success) return { status: 400, body: { intent: "change", message: accountErrors(parsed.error).role! } };
    result = changeRole(db, actor, userId, parsed.data.role);
  } else if (intent === "disable" || intent === "enable") {
    result = setUserDisabled(db, actor, userId, intent === "disable");
  } else {
    return {
      status: 400,
      body: { intent: "change", message: "Choose Invite, Change role, Password reset link, Disable or Enable." },
    };
  }
  if (!result.ok) return { status: 400, body: { intent: "change", message: result.message } };
  return { redirect: `/admin/users#user-${encodeURIComponent(userId)}` };
}
