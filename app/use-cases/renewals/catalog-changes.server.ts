// For a re-review: what changed in the vendor's terms since the review it renews was last changed.
import type { ProductLine } from "../../catalog/types.ts";
import { provisionVersions } from "../../models/renewal.server.ts";
import { getReview, type Review } from "../../models/review.server.ts";
import { catalogChangesSince, type ProvisionChange } from "../../renewal/catalog-changes.ts";
import type { Db } from "../../utils/db.server.ts";
import { listOutcomes } from "../../models/negotiation.server.ts";
import { provisionsOfClause } from "../../negotiation/commitments.ts";
import { positionWords } from "../../negotiation/outcomes.ts";

/** A change to a published provision, with the positions agreed in the renewed review that rest on it. */
export type TouchingChange = ProvisionChange & { touches: { clauseTitle: string; position: string }[] };

export type CatalogChanges =
  | { kind: "changes"; renewed: { id: string; changedAt: string }; vendorName: string; changes: TouchingChange[] }
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
  const outcomes = listOutcomes(db, renewedReview.id);
  const changes = catalogChangesSince(versions, renewed.changedAt).map((change) => ({
    ...change,
    touches: outcomes
      .filter((o) => provisionsOfClause(o.clauseId).includes(change.key))
      .map((o) => ({ clauseTitle: o.clauseTitle, position: positionWords(o) })),
  }));
  return { kind: "changes", renewed, vendorName, changes };
}
