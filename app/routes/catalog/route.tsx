// /catalog: what each vendor's terms say, product line by product line, with every version kept.
import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { useCan } from "../../auth/use-user.ts";
import { UNKNOWN_PROVISION } from "../../catalog/format.ts";
import { PRODUCT_LINE_LABELS } from "../../catalog/types.ts";
import { AuditTrail } from "../../components/audit-trail.tsx";
import { ProvisionForm } from "../../components/provision-form.tsx";
import { ProvisionSource } from "../../components/provision-source.tsx";
import type { CatalogVersion } from "../../models/catalog.server.ts";

import type { action, loader } from "./catalog.server.ts";

export { action, loader } from "./catalog.server.ts";

export const meta: MetaFunction = () => [{ title: "Vendor catalog · Clausewise" }];

function History({ history }: { history: CatalogVersion[] }) {
  if (history.length === 0) return null;
  return (
    <details className="history">
      <summary>
        History: {history.length} version{history.length === 1 ? "" : "s"}
      </summary>
      <ol reversed>
        {history.map((v) => (
          <li key={v.version}>
            Version {v.version}
            {v.current ? " (current)" : " (superseded)"}, recorded {v.recordedAt.slice(0, 10)}: {v.statement}{" "}
            <ProvisionSource p={v} />
          </li>
        ))}
      </ol>
    </details>
  );
}

export default function CatalogPage() {
  const { vendors, events } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [params] = useSearchParams();
  const canRecord = useCan("catalog:write");
  return (
    <>
      <h1>Vendor catalog</h1>
      <p className="lede">
        What each vendor’s published terms say, product line by product line, with the source and the date it was
        checked. Where the catalog does not know, it says so: ask the vendor in writing. Every change is kept as a new
        version.
      </p>
      {refused &&
      !vendors.some(
        (v) => v.id === refused.values.vendorId && v.productLines.some((l) => l.line === refused.values.productLine),
      ) ? (
        // A post naming no product line on this page (made by hand): its messages here, as nowhere else fits.
        <div className="banner banner--error" role="alert">
          <p>Nothing was recorded: {Object.values(refused.errors).join(" ")}</p>
        </div>
      ) : null}
      {params.has("recorded") ? (
        <p className="banner banner--ok" role="status">
          Recorded. The new version is current; the one it replaces stays in the history.
        </p>
      ) : null}
      <ul className="vendor-toc" aria-label="Vendors">
        {vendors.map((v) => (
          <li key={v.id}>
            <a href={`#vendor-${v.id}`}>{v.name}</a>
          </li>
        ))}
      </ul>
      {vendors.map((vendor) => (
        <section key={vendor.id} id={`vendor-${vendor.id}`} className="vendor" aria-labelledby={`h-${vendor.id}`}>
          <h2 id={`h-${vendor.id}`}>
            {vendor.name} <span className="muted">({vendor.id})</span>
          </h2>
          {vendor.productLines.map((line) => {
            const known = line.provisions.filter((p) => p.current).length;
            return (
              <section
                key={line.line}
                id={`line-${vendor.id}-${line.line}`}
                aria-label={`${vendor.name} — ${line.name}`}
              >
                <h3>
                  {line.name}{" "}
                  <span className="muted">
                    · {PRODUCT_LINE_LABELS[line.line]} · {known} of {line.provisions.length} provisions known
                  </span>
                </h3>
                <div className="table-wrap">
                  <table className="data stack">
                    <thead>
                      <tr>
                        <th scope="col">Provision</th>
                        <th scope="col">What the terms say</th>
                      </tr>
                    </thead>
                    <tbody>
                      {line.provisions.map((p) => (
                        <tr key={p.key} data-provision={p.key}>
                          <td className="key">
                            {p.label}
                            <span className="source">{p.key}</span>
                          </td>
                          <td>
                            {p.current ? (
                              <>
                                {p.current.statement}
                                {p.current.condition ? (
                                  <span className="source">Condition: {p.current.condition}</span>
                                ) : null}
                                {/* The value the rules compare, so whoever records a new version sees what they changed. */}
                                <span className="source">
                                  Value: <code>{p.current.value}</code>
                                </span>
                                <ProvisionSource p={p.current} />
                                <History history={p.history} />
                              </>
                            ) : (
                              <span className="unknown">{UNKNOWN_PROVISION}</span>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {canRecord ? (
                  <ProvisionForm
                    // A new key after each recording: the form starts again, empty and folded.
                    key={events[0]?.id ?? 0}
                    vendorId={vendor.id}
                    vendorName={vendor.name}
                    productLine={line.line}
                    lineName={line.name}
                    submitted={
                      refused?.values.vendorId === vendor.id && refused.values.productLine === line.line
                        ? refused
                        : null
                    }
                  />
                ) : null}
              </section>
            );
          })}
        </section>
      ))}
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
