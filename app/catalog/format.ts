// How a vendor fact's source is written, the same way everywhere a person reads it (pages, documents):
// "Title — Publisher, date", linked to its URL, with "secondary source" or "sources disagree" where that is
// its standing. Never an internal id.
import type { CatalogSource, Standing, VendorProvision } from "./types.ts";

/** The date line shown with every provision: only the dates the source gives, never a made-up one. */
export function provisionDate(p: Pick<VendorProvision, "checkedOn" | "effectiveOn">): string {
  const parts = [p.checkedOn && `checked ${p.checkedOn}`, p.effectiveOn && `effective ${p.effectiveOn}`].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join("; ") : "date not recorded in the source";
}

/** A source's own date, as its register gives it: "effective 2025-06-17", "updated …", or its note. */
export function sourceDate(s: CatalogSource): string {
  if (s.effectiveOn) return `effective ${s.effectiveOn}`;
  if (s.updatedOn) return `updated ${s.updatedOn}`;
  if (s.dateNote) return s.dateNote;
  if (s.checkedOn) return `checked ${s.checkedOn}`;
  return "no date given";
}

/** "Commercial Terms of Service — Anthropic, effective 2025-06-17" */
export function sourceText(s: CatalogSource): string {
  return `${s.title} — ${s.publisher}, ${sourceDate(s)}`;
}

/** What a standing adds to the sources: nothing for a stated fact. */
export function standingWords(standing: Standing): string {
  return standing === "secondary" ? "secondary source" : standing === "conflict" ? "sources disagree" : "";
}

/** Every source of a fact, then its standing: "A — X, date; B — Y, date (secondary source)". */
export function sourcesText(p: Pick<VendorProvision, "sources" | "standing">): string {
  const standing = standingWords(p.standing);
  return `${p.sources.map(sourceText).join("; ")}${standing ? ` (${standing})` : ""}`;
}

export const UNKNOWN_PROVISION = "Unknown — ask the vendor in writing.";
