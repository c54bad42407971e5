// /catalog: every vendor's provisions with their history; admin and legal record new versions here
// (who may post is decided before this runs: app/auth/access.ts, catalog:write).
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { refuse } from "../../http/refuse.ts";
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

/**
 * The catalog page: every vendor with what the catalog knows of it; with `?vendor=`, that vendor's terms
 * line by line (a vendor the catalog does not hold is a 404).
 */
export function catalogPage(db: Db, url: URL) {
  const vendorId = url.searchParams.get("vendor") ?? "";
  const summary = listCatalog(db).map((v) => ({
    id: v.id,
    name: v.name,
    lines: v.productLines.map((l) => ({
      line: l.line,
      names: l.names,
      known: l.provisions.filter((p) => p.aspect === "" && p.current).length,
      facts: l.provisions.filter((p) => p.current).length,
      keys: l.provisions.filter((p) => p.aspect === "").length,
    })),
  }));
  const [selected] = vendorId ? listCatalog(db, { vendorId }) : [];
  if (vendorId && !selected) throw refuse(404, "The catalog has no such vendor. Choose one from the list.");
  return { vendors: summary, selected: selected ?? null, events: listRecentEvents(db, "catalog.") };
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
  const { vendorId, productLine, key, sourceTitle, sourcePublisher, sourceKind, sourceUrl, checkedOn, ...input } =
    parsed.data;
  const source = {
    id: "recorded",
    title: sourceTitle,
    publisher: sourcePublisher,
    kind: sourceKind,
    ...(sourceUrl ? { url: sourceUrl } : {}),
    checkedOn,
  };
  const recorded = recordProvisionChange(
    db,
    actor,
    { vendorId, productLine, key },
    { ...input, checkedOn, sources: [source], standing: sourceKind === "secondary" ? "secondary" : "stated" },
  );
  if (!recorded) return refuse({ productLine: "This vendor has no such product line in the catalog." });
  return {
    redirect: `/catalog?vendor=${encodeURIComponent(vendorId)}&recorded=${encodeURIComponent(`${productLine}.${key}`)}#line-${vendorId}-${productLine}`,
  };
}
