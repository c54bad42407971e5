// First run: while nobody has an account, every page leads to /setup to create the first admin.
import { accountErrors, formFields, setupSchema, type AccountErrors } from "../../accounts/account-form.ts";
import type { Outcome } from "../../http/outcome.ts";
import type { RequestFacts } from "../../http/request-facts.server.ts";
import { addUser } from "../../models/user.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { signedIn } from "./sign-in.server.ts";

export type SetupRefusal = { errors: AccountErrors; values: { email: string; name: string } };

/** Creates the first admin and signs them in, or shows the form again with what is wrong. */
export async function createFirstAdmin(db: Db, form: FormData, web: RequestFacts): Promise<Outcome<SetupRefusal>> {
  const fields = formFields(form, ["email", "name", "password", "passwordAgain"]);
  const values = { email: fields.email ?? "", name: fields.name ?? "" };
  const parsed = setupSchema.safeParse(fields);
  if (!parsed.success) return { status: 400, body: { errors: accountErrors(parsed.error), values } };
  const result = await addUser(db, { ...parsed.data, role: "admin" }, "setup");
  if (!result.ok) return { status: 400, body: { errors: { [result.field]: result.message }, values } };
  return signedIn(db, result.user, "/admin/users", web);
}
