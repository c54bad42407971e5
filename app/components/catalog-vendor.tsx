// One vendor on the catalog page: its product lines, each provision with its source and history, and
// (for those who may) the form that records a new version.
import { UNKNOWN_PROVISION } from "../catalog/format.ts";
import { PRODUCT_LINE_LABELS } from "../catalog/types.ts";
import { valueInWords } from "../catalog/value-words.ts";
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
const JURISDICTION_WORDS: Record<string, string> = {
  eea: "the EEA",
  uk: "the UK",
  switzerland: "Switzerland",
  california: "California",
  usOther: "other US states",
  other: "other countries",
  elsewhere: "everywhere else",
};

/** "flagged-content" → "flagged content": what a further fact on a key is about. */
const aspectWords = (aspect: string) => aspect.replace(/-/g, " ");

/** Who signs for whom, as the vendor's terms say. */
function Entities({ entities }: { entities: NonNullable<CatalogPage["selected"]>["entities"] }) {
  if (entities.length === 0) return <p className="muted">The catalog does not record which company signs.</p>;
  return (
    <ul className="entities" aria-label="Contracting entities">
      {entities.map((e, i) => (
        <li key={`${e.name}:${i}`}>
          <strong>{e.name}</strong> signs for {e.for.map((j) => JURISDICTION_WORDS[j] ?? j).join(", ")}
          {e.lines ? ` (${e.lines.map((l) => PRODUCT_LINE_LABELS[l]).join(", ")})` : ""}
          {e.note ? <span className="source">{e.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function CatalogVendor({
  vendor,
  canRecord,
  refused,
  formKey,
}: {
  vendor: NonNullable<CatalogPage["selected"]>;
  canRecord: boolean;
  refused: CatalogActionData | undefined;
  formKey: number;
}) {
  return (
    <section id={`vendor-${vendor.id}`} className="vendor" aria-labelledby={`h-${vendor.id}`}>
      <h2 id={`h-${vendor.id}`}>{vendor.name}</h2>
      <Entities entities={vendor.entities} />
      {vendor.productLines.map((line) => {
        const main = line.provisions.filter((p) => p.aspect === "");
        const known = main.filter((p) => p.current).length;
        return (
          <section key={line.line} id={`line-${vendor.id}-${line.line}`} aria-label={`${vendor.name} — ${line.name}`}>
            <h3>
              {line.name}{" "}
              <span className="muted">
                · {PRODUCT_LINE_LABELS[line.line]} · {known} of {main.length} provisions known
              </span>
            </h3>
            {line.note ? <p className="muted">{line.note}</p> : null}
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
                    <tr key={`${p.key}:${p.aspect}`} data-provision={p.key} data-aspect={p.aspect || undefined}>
                      <td className="key">
                        {p.aspect ? (
                          <>
                            <span className="muted">{p.label}:</span> {aspectWords(p.aspect)}
                          </>
                        ) : (
                          p.label
                        )}
                      </td>
                      <td>
                        {p.current ? (
                          <>
                            {p.current.statement}
                            {p.current.condition ? (
                              <span className="source">Condition: {p.current.condition}</span>
                            ) : null}
                            {/* The value the rules compare, so whoever records a new version sees what they changed. */}
                            <span className="source">Value: {valueInWords(p.key, p.current.value)}</span>
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
