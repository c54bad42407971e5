// First run: while nobody has an account, every page leads here to create the first admin.
import { data, type ActionFunctionArgs } from "@remix-run/node";
import { accountErrors, formFields, setupSchema, type AccountErrors } from "../../accounts/account-form.ts";
import { signedInRedirect } from "../../use-cases/accounts/sign-in.server.ts";
import { addUser } from "../../models/user.server.ts";
import { getDb } from "../../utils/db.server.ts";

type SetupData = { errors: AccountErrors; values: { email: string; name: string } };

export async function action({ request, context }: ActionFunctionArgs) {
  const fields = formFields(await request.formData(), ["email", "name", "password", "passwordAgain"]);
  const values = { email: fields.email ?? "", name: fields.name ?? "" };
  const parsed = setupSchema.safeParse(fields);
  if (!parsed.success) return data<SetupData>({ errors: accountErrors(parsed.error), values }, { status: 400 });
  const db = getDb();
  const result = await addUser(db, { ...parsed.data, role: "admin" }, "setup");
  if (!result.ok) return data<SetupData>({ errors: { [result.field]: result.message }, values }, { status: 400 });
  return signedInRedirect(db, result.user, { secure: context.secure, to: "/admin/users", request });
}
