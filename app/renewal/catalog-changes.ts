/**
 * What changed in a vendor's terms since the last review: for one vendor product line, which provisions
 * the catalog knew then (when the renewed review was last changed) and knows now differ.
 * Pure: the versions come in, the comparison goes out. The catalog keeps every version with the time it
 * was recorded, so "then" is a fact the catalog recorded, never a guess.
 */
import { PROVISION_KEYS, type ProvisionKey, type VendorProvision } from "../catalog/types.ts";

/** One recorded version of a provision, as the catalog holds it. */
export type ProvisionVersion = Pick<
  VendorProvision,
  | "key"
  | "version"
  | "value"
  | "statement"
  | "condition"
  | "sourceTitle"
  | "sourceUrl"
  | "checkedOn"
  | "effectiveOn"
  | "sources"
  | "standing"
  | "excerpt"
> & {
  /** ISO 8601, UTC: when the catalog recorded this version. */
  recordedAt: string;
};

export interface ProvisionChange {
  key: ProvisionKey;
  label: string;
  /** The version current when the last review was last changed; null when the catalog did not know then. */
  then: ProvisionVersion | null;
  /** The current version; null when the catalog does not know now. */
  now: ProvisionVersion | null;
}

/** The version that was current at `at`: the highest version recorded by then. */
function currentAt(versions: ProvisionVersion[], at: string): ProvisionVersion | null {
  let found: ProvisionVersion | null = null;
  for (const v of versions) {
    if (v.recordedAt <= at && (!found || v.version > found.version)) found = v;
  }
  return found;
}

function latest(versions: ProvisionVersion[]): ProvisionVersion | null {
  let found: ProvisionVersion | null = null;
  for (const v of versions) if (!found || v.version > found.version) found = v;
  return found;
}

/**
 * Every provision key whose current version differs from the one current at `since`, in the order of the
 * catalog's keys. A key with no version then and none now is not a change (it is still unknown).
 * `versions` is every version of every key for one vendor product line; `since` is an ISO 8601 time.
 */
export function catalogChangesSince(versions: ProvisionVersion[], since: string): ProvisionChange[] {
  const changes: ProvisionChange[] = [];
  for (const key of Object.keys(PROVISION_KEYS) as ProvisionKey[]) {
    const ofKey = versions.filter((v) => v.key === key);
    const then = currentAt(ofKey, since);
    const now = latest(ofKey);
    if (then?.version === now?.version) continue;
    changes.push({ key, label: PROVISION_KEYS[key].label, then, now });
  }
  return changes;
}
