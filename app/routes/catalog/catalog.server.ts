// /catalog: every vendor's provisions with their history; admin and legal record new versions here
// (who may post is decided before this runs: access.ts, catalog:write).
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireActor } from "../../auth/actor.server.ts";
import {
  PROVISION_FIELDS,
  provisionErrors,
  provisionFormSchema,
  type ProvisionFormErrors,
  type ProvisionFormValues,
} from "../../catalog/provision-form.ts";
import { listRecentEvents } from "../../models/audit.server.ts";
import { listCatalog, recordProvisionChange } from "../../models/catalog.server.ts";
import { getDb } from "../../utils/db.server.ts";
import { formFields } from "../../utils/form-errors.ts";

export function loader() {
  const db = getDb();
  return { vendors: listCatalog(db), events: listRecentEvents(db, "catalog.") };
}

export type CatalogActionData = { errors: ProvisionFormErrors; values: ProvisionFormValues };

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = requireActor(context);
  const fields = formFields(await request.formData(), PROVISION_FIELDS);
  const values = Object.fromEntries(PROVISION_FIELDS.map((f) => [f, fields[f] ?? ""])) as ProvisionFormValues;
  const refuse = (errors: ProvisionFormErrors) => data<CatalogActionData>({ errors, values }, { status: 400 });

  const parsed = provisionFormSchema({ today: new Date().toISOString().slice(0, 10) }).safeParse(fields);
  if (!parsed.success) return refuse(provisionErrors(parsed.error));
  const { vendorId, productLine, key, sourceUrl, ...input } = parsed.data;
  const recorded = recordProvisionChange(
    getDb(),
    actor,
    { vendorId, productLine, key },
    { ...input, sourceUrl: sourceUrl || undefined, verified: true },
  );
  if (!recorded) return refuse({ productLine: "This vendor has no such product line in the catalog." });
  return redirect(
    `/catalog?recorded=${encodeURIComponent(`${vendorId}.${productLine}.${key}`)}#line-${vendorId}-${productLine}`,
  );
}
