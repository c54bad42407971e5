// Where a vendor position comes from, the same on every page: the quoted words, then each source as
// "Title — Publisher, date" linked to its address, then "secondary source" or "sources disagree".
import { sourceText, standingWords } from "../catalog/format.ts";
import type { VendorProvision } from "../catalog/types.ts";

export type ProvisionSourceFields = Pick<VendorProvision, "excerpt" | "sources" | "standing" | "effectiveOn">;

export function ProvisionSource({ p }: { p: ProvisionSourceFields }) {
  const standing = standingWords(p.standing);
  return (
    <span className="source">
      {p.excerpt ? (
        <>
          <q className="quote">{p.excerpt}</q>{" "}
        </>
      ) : null}
      {p.effectiveOn ? <>In force from {p.effectiveOn}. </> : null}
      {p.sources.map((s, i) => (
        <span key={`${s.id}:${i}`}>
          {i > 0 ? "; " : null}
          {s.url ? <a href={s.url}>{sourceText(s)}</a> : sourceText(s)}
        </span>
      ))}
      {standing ? (
        <>
          {" "}
          <span className={`badge badge--${p.standing === "conflict" ? "high" : "medium"}`}>{standing}</span>
        </>
      ) : null}
    </span>
  );
}
