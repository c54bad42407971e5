import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { UNKNOWN_PROVISION } from "~/catalog/format.ts";
import { PRODUCT_LINE_LABELS } from "~/catalog/types.ts";
import { ProvisionSource } from "~/components/provision-source.tsx";
import { listCatalog, type CatalogVersion } from "~/models/catalog.server.ts";
import { getDb } from "~/utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Vendor catalog · Clausewise" }];

export function loader() {
  return { vendors: listCatalog(getDb()) };
}

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
  const { vendors } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Vendor catalog</h1>
      <p className="lede">
        What each vendor’s published terms say, product line by product line, with the source and the date it was
        checked. Where the catalog does not know, it says so: ask the vendor in writing. Every change is kept as a
        new version.
      </p>
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
              <section key={line.line} aria-label={`${vendor.name} — ${line.name}`}>
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
                                {p.current.condition ? <span className="source">Condition: {p.current.condition}</span> : null}
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
              </section>
            );
          })}
        </section>
      ))}
    </>
  );
}
