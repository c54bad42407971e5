// One vendor on the catalog page: its product lines, each provision with its source and history, and
// (for those who may) the form that records a new version.
import { UNKNOWN_PROVISION } from "../catalog/format.ts";
import { PRODUCT_LINE_LABELS } from "../catalog/types.ts";
import type { CatalogVersion } from "../models/catalog.server.ts";
import type { CatalogActionData, CatalogPage } from "../use-cases/catalog/record-provision.server.ts";
import { ProvisionForm } from "./provision-form.tsx";
import { ProvisionSource } from "./provision-source.tsx";

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

/** `formKey` changes after each recording, so the form starts again, empty and folded. */
export function CatalogVendor({
  vendor,
  canRecord,
  refused,
  formKey,
}: {
  vendor: CatalogPage["vendors"][number];
  canRecord: boolean;
  refused: CatalogActionData | undefined;
  formKey: number;
}) {
  return (
    <section id={`vendor-${vendor.id}`} className="vendor" aria-labelledby={`h-${vendor.id}`}>
      <h2 id={`h-${vendor.id}`}>
        {vendor.name} <span className="muted">({vendor.id})</span>
      </h2>
      {vendor.productLines.map((line) => {
        const known = line.provisions.filter((p) => p.current).length;
        return (
          <section key={line.line} id={`line-${vendor.id}-${line.line}`} aria-label={`${vendor.name} — ${line.name}`}>
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
                key={formKey}
                vendorId={vendor.id}
                vendorName={vendor.name}
                productLine={line.line}
                lineName={line.name}
                submitted={
                  refused?.values.vendorId === vendor.id && refused.values.productLine === line.line ? refused : null
                }
              />
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
