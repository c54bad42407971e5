// A re-review's "what changed in the vendor's terms since the last review": each changed provision, what
// it said then and what it says now, with their sources. Only what the catalog recorded; nothing guessed.
import { describeValue } from "../catalog/value-words.ts";
import { ProvisionSource } from "./provision-source.tsx";
import type { CatalogChanges } from "../use-cases/renewals/catalog-changes.server.ts";
import type { ProvisionVersion } from "../renewal/catalog-changes.ts";

const day = (iso: string) => iso.slice(0, 10);

function Position({ version, unknown }: { version: ProvisionVersion | null; unknown: string }) {
  if (!version) return <p className="unknown">{unknown}</p>;
  return (
    <>
      <p>{version.statement}</p>
      <p className="source">
        Value: {describeValue(version.value)}
        {version.condition ? ` · when ${version.condition}` : ""} · version {version.version}, recorded{" "}
        {day(version.recordedAt)}
      </p>
      <ProvisionSource p={version} />
    </>
  );
}

export function CatalogChangesSection({ changes, vendorName }: { changes: CatalogChanges; vendorName: string | null }) {
  const since = day(changes.renewed.changedAt);
  return (
    <section aria-labelledby="catalog-changes-title" className="card catalog-changes" data-testid="catalog-changes">
      <h2 id="catalog-changes-title">Changed in {vendorName ?? "the vendor"}’s terms since the last review</h2>
      <p className="muted">
        The catalog as it stood when{" "}
        <a href={`/reviews/${encodeURIComponent(changes.renewed.id)}/review`}>the review this one renews</a> was last
        changed ({since}), against the catalog today, for this review’s vendor and product line. Reconfirm each change
        with the vendor in writing.
      </p>
      {changes.kind === "notInCatalog" ? (
        <p>The catalog holds no terms for this vendor and product line, so there is nothing to compare.</p>
      ) : changes.changes.length === 0 ? (
        <p>No change recorded in the catalog since {since}.</p>
      ) : (
        <ul className="catalog-changes__list">
          {changes.changes.map((c) => (
            <li key={c.key} data-provision={c.key}>
              <h3>{c.label}</h3>
              {c.touches.length > 0 ? (
                <p className="catalog-changes__touches">
                  <strong>Touches what was agreed:</strong>{" "}
                  {c.touches.map((t) => `${t.clauseTitle} (${t.position})`).join("; ")}
                </p>
              ) : (
                <p className="muted">No position agreed last time rests on it.</p>
              )}
              <div className="catalog-changes__pair">
                <div>
                  <h4>Then</h4>
                  <Position version={c.then} unknown={`Unknown then: the catalog had no position on ${since}.`} />
                </div>
                <div>
                  <h4>Now</h4>
                  <Position version={c.now} unknown="Unknown now: the catalog has no current position." />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
