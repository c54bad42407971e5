// For a re-review: what changed in the vendor's terms since the review it renews was last changed.
import type { ProductLine } from "../../catalog/types.ts";
import { provisionVersions } from "../../models/renewal.server.ts";
import { getReview, type Review } from "../../models/review.server.ts";
import { catalogChangesSince, type ProvisionChange } from "../../renewal/catalog-changes.ts";
import type { Db } from "../../utils/db.server.ts";

export type CatalogChanges =
  | { kind: "changes"; renewed: { id: string; changedAt: string }; vendorName: string; changes: ProvisionChange[] }
  /** The vendor or product line is not in the catalog (an "other" vendor, a line not known): nothing to compare. */
  | { kind: "notInCatalog"; renewed: { id: string; changedAt: string } };

/**
 * The provisions recorded for the re-review's vendor and product line after the review it renews was last
 * changed. Null for a review that renews nothing.
 */
export function catalogChangesForReReview(db: Db, review: Review): CatalogChanges | null {
  if (!review.renewsReviewId) return null;
  const renewedReview = getReview(db, review.renewsReviewId);
  if (!renewedReview) return null;
  const renewed = { id: renewedReview.id, changedAt: renewedReview.updatedAt };
  const { vendorId, productLine, vendorName } = review;
  if (!vendorId || !productLine || !vendorName) return { kind: "notInCatalog", renewed };
  const versions = provisionVersions(db, vendorId, productLine as ProductLine);
  if (versions.length === 0) return { kind: "notInCatalog", renewed };
  return { kind: "changes", renewed, vendorName, changes: catalogChangesSince(versions, renewed.changedAt) };
}
