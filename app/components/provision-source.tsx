// Where a vendor position comes from: the quoted words, the source and its dates.
import { provisionDate } from "../catalog/format.ts";
import type { VendorProvision } from "../catalog/types.ts";

export type ProvisionSourceFields = Pick<
  VendorProvision,
  "excerpt" | "sourceTitle" | "sourceUrl" | "checkedOn" | "effectiveOn" | "verified"
>;

export function ProvisionSource({ p }: { p: ProvisionSourceFields }) {
  return (
    <span className="source">
      {p.excerpt ? (
        <>
          Quoted: <q className="quote">{p.excerpt}</q> ·{" "}
        </>
      ) : null}
      {p.sourceUrl ? <a href={p.sourceUrl}>{p.sourceTitle}</a> : p.sourceTitle} · {provisionDate(p)}
      {p.verified ? null : (
        <>
          {" "}
          · <span className="badge badge--medium">unverified</span>
        </>
      )}
    </span>
  );
}
