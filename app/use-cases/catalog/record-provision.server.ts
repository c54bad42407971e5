// /catalog: every vendor's provisions with their history; admin and legal record new versions here
// (who may post is decided before this runs: app/auth/access.ts, catalog:write).
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import {
  PROVISION_FIELDS,
  provisionErrors,
  provisionFormSchema,
  type ProvisionFormErrors,
  type ProvisionFormValues,
} from "../../catalog/provision-form.ts";
import { listRecentEvents } from "../../models/audit.server.ts";
import { listCatalog, recordProvisionChange } from "../../models/catalog.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { formFields } from "../../utils/form-errors.ts";

export function catalogPage(db: Db) {
  return { vendors: listCatalog(db), events: listRecentEvents(db, "catalog.") };
}

export type CatalogPage = ReturnType<typeof catalogPage>;

export type CatalogActionData = { errors: ProvisionFormErrors; values: ProvisionFormValues };

/** Admin's or legal's new version of a provision: back to its product line, or the form with what is wrong. */
export function recordProvisionFromForm(db: Db, actor: Actor, form: FormData): Outcome<CatalogActionData> {
  const fields = formFields(form, PROVISION_FIELDS);
  const values = Object.fromEntries(PROVISION_FIELDS.map((f) => [f, fields[f] ?? ""])) as ProvisionFormValues;
  const refuse = (errors: ProvisionFormErrors) => ({ status: 400, body: { errors, values } });

  const parsed = provisionFormSchema({ today: new Date().toISOString().slice(0, 10) }).safeParse(fields);
  if (!parsed.success) return refuse(provisionErrors(parsed.error));
  const { vendorId, productLine, key, sourceUrl, ...input } = parsed.data;
  const recorded = recordProvisionChange(
    db,
    actor,
    { vendorId, productLine, key },
    { ...input, sourceUrl: sourceUrl || undefined, verified: true },
  );
  if (!recorded) return refuse({ productLine: "This vendor has no such product line in the catalog." });
  return {
    redirect: `/catalog?recorded=${encodeURIComponent(`${vendorId}.${productLine}.${key}`)}#line-${vendorId}-${productLine}`,
  };
}
