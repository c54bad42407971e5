// /invite/:token: a one-time link from an admin. The invitee sets a name and password and is signed in.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { accountErrors, formFields, joinSchema, type AccountErrors } from "../../accounts/account-form.ts";
import { signedInRedirect } from "../../use-cases/accounts/sign-in.server.ts";
import { acceptInvitation, findInvitation, type InvitationLookup } from "../../models/user.server.ts";
import { getDb } from "../../utils/db.server.ts";

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

export function loader({ params }: LoaderFunctionArgs) {
  const lookup = findInvitation(getDb(), params.token ?? "");
  if (!lookup.ok) {
    const { status, message } = UNUSABLE[lookup.reason];
    return data({ invitation: null, problem: message }, { status });
  }
  return { invitation: lookup.invitation, problem: null };
}

type JoinData = { errors: AccountErrors; name: string };

export async function action({ params, request, context }: ActionFunctionArgs) {
  const fields = formFields(await request.formData(), ["name", "password", "passwordAgain"]);
  const parsed = joinSchema.safeParse(fields);
  const name = fields.name ?? "";
  if (!parsed.success) return data<JoinData>({ errors: accountErrors(parsed.error), name }, { status: 400 });
  const db = getDb();
  const result = await acceptInvitation(db, params.token ?? "", parsed.data);
  if (!result.ok) {
    const { status, message } = UNUSABLE[result.reason];
    return data<JoinData>({ errors: { form: message }, name }, { status });
  }
  return signedInRedirect(db, result.user, { secure: context.secure, to: "/", request });
}
