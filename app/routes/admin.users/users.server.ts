// /admin/users: the people who can sign in, their roles, invitations, password reset links and the trail
// of account changes.
// Who may come here at all is decided before this runs (access.ts: users:manage).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireActor } from "../../auth/actor.server.ts";
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
import { getDb } from "../../utils/db.server.ts";
import { appOrigin } from "../../utils/env.server.ts";

export function loader({ context }: LoaderFunctionArgs) {
  const db = getDb();
  return {
    users: listUsers(db),
    invitations: listPendingInvitations(db),
    events: listRecentEvents(db, "user."),
    me: context.user?.id ?? null,
  };
}

export type UsersActionData =
  | { intent: "invite"; errors: AccountErrors; values: { email: string; role: string } }
  | { intent: "invite"; invited: PendingInvitation & { link: string } }
  | { intent: "reset"; reset: PasswordReset & { link: string } }
  | { intent: "change"; message: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const db = getDb();
  const actor = requireActor(context);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "invite") {
    const fields = formFields(form, ["email", "role"]);
    const values = { email: fields.email ?? "", role: fields.role ?? "" };
    const parsed = invitationSchema.safeParse(fields);
    if (!parsed.success) {
      return data<UsersActionData>({ intent, errors: accountErrors(parsed.error), values }, { status: 400 });
    }
    const result = inviteUser(db, actor, parsed.data);
    if (!result.ok)
      return data<UsersActionData>({ intent, errors: { email: result.message }, values }, { status: 400 });
    // Shown once, now: only the token's hash is kept. (Not a redirect, so the token never sits in an address.)
    const link = `${appOrigin() ?? new URL(request.url).origin}/invite/${result.token}`;
    return data<UsersActionData>({ intent, invited: { ...result.invitation, link } });
  }

  const userId = String(form.get("userId") ?? "");
  if (intent === "reset") {
    const result = createPasswordResetLink(db, actor, userId);
    if (!result.ok) return data<UsersActionData>({ intent: "change", message: result.message }, { status: 400 });
    // Shown once, like an invitation link: never in an address.
    const link = `${appOrigin() ?? new URL(request.url).origin}/reset-password/${result.token}`;
    return data<UsersActionData>({ intent, reset: { ...result.reset, link } });
  }
  let result;
  if (intent === "role") {
    const parsed = roleSchema.safeParse(formFields(form, ["role"]));
    if (!parsed.success)
      return data<UsersActionData>({ intent: "change", message: accountErrors(parsed.error).role! }, { status: 400 });
    result = changeRole(db, actor, userId, parsed.data.role);
  } else if (intent === "disable" || intent === "enable") {
    result = setUserDisabled(db, actor, userId, intent === "disable");
  } else {
    return data<UsersActionData>(
      { intent: "change", message: "Choose Invite, Change role, Password reset link, Disable or Enable." },
      { status: 400 },
    );
  }
  if (!result.ok) return data<UsersActionData>({ intent: "change", message: result.message }, { status: 400 });
  return redirect(`/admin/users#user-${encodeURIComponent(userId)}`);
}
