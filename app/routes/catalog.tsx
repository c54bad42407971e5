// /catalog: what each vendor's terms say, product line by product line, with every version kept.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";
import { requireActor } from "../auth/actor.server.ts";
import { AuditTrail } from "../components/audit-trail.tsx";
import { CatalogVendor } from "../components/catalog-vendor.tsx";
import { VendorFilter, VendorList } from "../components/catalog-vendors.tsx";
import { respond } from "../http/outcome.ts";
import { catalogPage, recordProvisionFromForm } from "../use-cases/catalog/record-provision.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => catalogPage(getDb(), new URL(request.url));

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(recordProvisionFromForm(getDb(), requireActor(context), await request.formData()));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.selected ? `${data.selected.name} · Vendor catalog · Clausewise` : "Vendor catalog · Clausewise" },
];

export default function CatalogPage() {
  const { vendors, selected, events } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [params] = useSearchParams();
  const canRecord = useCan("catalog:write");
  return (
    <>
      <h1>Vendor catalog</h1>
      <p className="lede">
        What each vendor’s published terms say, product line by product line, each fact with its source, its date and
        how firmly it is known. Where the catalog does not know, it says so: ask the vendor in writing. Every change is
        kept as a new version.
      </p>
      {refused && selected?.id !== refused.values.vendorId ? (
        // A post naming no vendor on this page (made by hand): its messages here, as nowhere else fits.
        <div className="banner banner--error" role="alert">
          <p>Nothing was recorded: {Object.values(refused.errors).join(" ")}</p>
        </div>
      ) : null}
      {params.has("recorded") ? (
        <p className="banner banner--ok" role="status">
          Recorded. The new version is current; the one it replaces stays in the history.
        </p>
      ) : null}
      <VendorFilter vendors={vendors} selected={selected?.id ?? ""} />
      {canRecord ? (
        <p>
          <Link to="/catalog/import">Import a catalog file</Link> to add a vendor or new versions of its terms.
        </p>
      ) : null}
      {selected ? (
        <CatalogVendor vendor={selected} canRecord={canRecord} refused={refused} formKey={events[0]?.id ?? 0} />
      ) : (
        <VendorList vendors={vendors} />
      )}
      <AuditTrail
        id="catalog-changes-title"
        title="Recent changes to the catalog"
        events={events}
        empty="No one has recorded a change yet: the catalog is as it was seeded."
        intro="New versions of provisions recorded here, the latest first."
      />
    </>
  );
}
