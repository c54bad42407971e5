// /catalog/import: admin and legal add a vendor, or new versions of its terms, from a catalog file.
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";

import { requireActor } from "../auth/actor.server.ts";
import { CatalogImportForm } from "../components/catalog-import-form.tsx";
import { respond } from "../http/outcome.ts";
import { importCatalogFromForm } from "../use-cases/catalog/catalog-files.server.ts";
import { getDb } from "../utils/db.server.ts";

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await importCatalogFromForm(getDb(), requireActor(context), await request.formData()));

export const meta: MetaFunction = () => [{ title: "Import a catalog file · Clausewise" }];

export default function CatalogImportPage() {
  const result = useActionData<typeof action>();
  return (
    <div className="narrow">
      <p>
        <Link to="/catalog">← Back to the catalog</Link>
      </p>
      <h1>Import a catalog file</h1>
      <p className="lede">
        A catalog file holds one vendor: its contracting entities, product names, sources and provisions with their
        versions (the format is in docs/specs/catalog-file.md; <code>clausewise catalog export</code> writes the catalog
        this way). Every file is checked first; if anything is wrong, nothing is saved and each problem is listed with
        its file and line. A fact that changed becomes a new version; an unchanged one is left as it is.
      </p>
      <CatalogImportForm result={result} />
    </div>
  );
}
