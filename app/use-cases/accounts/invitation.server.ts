// /invite/:token: a one-time link from an admin. The invitee sets a name and password and is signed in.
import { accountErrors, formFields, joinSchema, type AccountErrors } from "../../accounts/account-form.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import { signedIn } from "./sign-in.server.ts";
import { acceptInvitation, findInvitation, type InvitationLookup } from "../../models/user.server.ts";
import type { Db } from "../../utils/db.server.ts";

const UNUSABLE: Record<
  Exclude<InvitationLookup, { ok: true }>["reason"] | "taken",
  { status: number; message: string }
> = {
  unknown: {
    status: 404,
    message: "This invitation link is not valid. Check that it was copied whole, or ask an admin for a new one.",
  },
  expired: { status: 410, message: "This invitation link has expired. Ask an admin for a new one." },
  used: { status: 410, message: "This invitation link has been used already. Sign in with the account it created." },
  taken: { status: 409, message: "There is already an account for this email. Sign in with it instead." },
};

type InvitationPage =
  | { invitation: Extract<InvitationLookup, { ok: true }>["invitation"]; problem: null }
  | { invitation: null; problem: string };

/** The invitation a link names, or why it cannot be used (with the status to answer). */
export function invitationPage(db: Db, token: string | undefined): Outcome<InvitationPage> {
  const lookup = findInvitation(db, token ?? "");
  if (!lookup.ok) {
    const { status, message } = UNUSABLE[lookup.reason];
    return { status, body: { invitation: null, problem: message } };
  }
  return { body: { invitation: lookup.invitation, problem: null } };
}

export type JoinRefusal = { errors: AccountErrors; name: string };

/** The invitee sets a name and password and is signed in; or the form again with what is wrong. */
export async function joinByInvitation(
  db: Db,
  token: string | undefined,
  form: FormData,
  web: RequestFacts,
): Promise<Outcome<JoinRefusal>> {
  const fields = formFields(form, ["name", "password", "passwordAgain"]);
  const parsed = joinSchema.safeParse(fields);
  const name = fields.name ?? "";
  if (!parsed.success) return { status: 400, body: { errors: accountErrors(parsed.error), name } };
  const result = await acceptInvitation(db, token ?? "", parsed.data);
  if (!result.ok) {
    const { status, message } = UNUSABLE[result.reason];
    return { status, body: { errors: { form: message }, name } };
  }
  return signedIn(db, result.user, "/", web);
}
