import type { VendorProvision } from "./types.ts";

/** The date line shown with every provision: only the dates the source gives, never a made-up one. */
export function provisionDate(p: Pick<VendorProvision, "checkedOn" | "effectiveOn">): string {
  const parts = [p.checkedOn && `checked ${p.checkedOn}`, p.effectiveOn && `effective ${p.effectiveOn}`].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : "date not recorded in the source";
}

export const UNKNOWN_PROVISION = "Unknown — ask the vendor in writing.";
