/**
 * What the vendor's published terms say beside each step: the catalog's current provisions on the step's
 * topic, for the product lines the buyer named. Pure (the loader reads the catalog and passes it in), so
 * the choice of lines and the unknowns are tested as tables.
 */
import {
  PRODUCT_LINE_LABELS,
  PRODUCT_LINES,
  PROVISION_KEYS,
  type ProductLine,
  type ProvisionKey,
  type VendorProvision,
} from "../catalog/types.ts";
import type { Answers } from "../questionnaire/answers.ts";
import { isConsumerInUse, OTHER_VENDOR_ID, type StepId } from "../questionnaire/questions.ts";

/** The provisions each step's questions turn on. Steps not listed have no vendor position to show. */
export const STEP_PROVISION_KEYS: Partial<Record<StepId, readonly ProvisionKey[]>> = {
  data: ["minimum_age", "data_residency"],
  training: ["training_use_of_input", "training_default", "training_carve_outs", "usage_data"],
  retention: ["retention_days", "retention", "zero_data_retention"],
  access: ["human_review", "subprocessors"],
  outputs: [
    "output_ownership",
    "output_assignment_qualified",
    "output_assignment_conditional",
    "competing_model_restriction",
    "ip_indemnity",
  ],
  assurance: ["audit_right", "certifications", "security_incident_notice", "terms_change"],
  regulatory: ["dpa", "baa"],
  // What to reconfirm at renewal is whatever the vendor may have changed meanwhile.
  renewal: ["terms_change"],
};

/**
 * Steps that show the consumer callout: where the product lines are chosen, and where the training
 * questions are asked, which the consumer terms answer differently.
 */
export const CONSUMER_CALLOUT_STEPS: readonly StepId[] = ["context", "training"];

export interface CatalogVendorLines {
  id: string;
  name: string;
  /** The vendor's product lines in the catalog, with the vendor's own name for each. */
  productLines: { line: ProductLine; name: string }[];
}

export interface ProvisionOnTopic {
  key: ProvisionKey;
  label: string;
  /** null: the catalog does not know the vendor's position. */
  provision: VendorProvision | null;
  /** Further facts the catalog records on the same topic (e.g. retention of flagged content). */
  more: VendorProvision[];
}

export interface LineTerms {
  line: ProductLine;
  lineLabel: string;
  /** The vendor's name for the product line; null when the catalog has no such line for this vendor. */
  productName: string | null;
  provisions: ProvisionOnTopic[];
}

export type StepTerms =
  | { kind: "noTopic" }
  | { kind: "noVendor" }
  /** `topics`: what to ask this vendor about on this step, in words. */
  | { kind: "notInCatalog"; vendorName: string; topics: string }
  | { kind: "noProductLine"; vendorName: string }
  | {
      kind: "terms";
      vendorName: string;
      /** The product line bought is "not sure": every line the vendor has is shown, to tell them apart. */
      lineUnsure: boolean;
      lines: LineTerms[];
    };

/** The product lines whose terms apply: the one bought and the others staff use, in catalog order. */
export function linesInUse(
  answers: Answers,
  vendor: CatalogVendorLines,
): { lines: ProductLine[]; lineUnsure: boolean } {
  const lineUnsure = answers.productLine === "unsure";
  const named = new Set<ProductLine>(answers.otherProductsInUse ?? []);
  if (answers.productLine && answers.productLine !== "unsure") named.add(answers.productLine);
  if (lineUnsure) for (const l of vendor.productLines) named.add(l.line);
  return { lines: PRODUCT_LINES.filter((l) => named.has(l)), lineUnsure };
}

export function stepTerms(
  stepId: StepId,
  answers: Answers,
  vendor: CatalogVendorLines | null,
  provisions: readonly VendorProvision[],
): StepTerms {
  const keys = STEP_PROVISION_KEYS[stepId];
  if (!keys) return { kind: "noTopic" };
  if (answers.vendorId === OTHER_VENDOR_ID) {
    const topics = keys.map((k) => PROVISION_KEYS[k].label.toLowerCase()).join(", ");
    return { kind: "notInCatalog", vendorName: answers.vendorName ?? "This vendor", topics };
  }
  if (!vendor) return { kind: "noVendor" };
  const { lines, lineUnsure } = linesInUse(answers, vendor);
  if (lines.length === 0) return { kind: "noProductLine", vendorName: vendor.name };
  return {
    kind: "terms",
    vendorName: vendor.name,
    lineUnsure,
    lines: lines.map((line) => ({
      line,
      lineLabel: PRODUCT_LINE_LABELS[line],
      productName: vendor.productLines.find((l) => l.line === line)?.name ?? null,
      provisions: keys.map((key) => ({
        key,
        label: PROVISION_KEYS[key].label,
        provision: currentProvision(provisions, vendor.id, line, key),
        more: provisions.filter(
          (p) => p.vendorId === vendor.id && p.productLine === line && p.key === key && p.aspect !== "",
        ),
      })),
    })),
  };
}

function currentProvision(
  provisions: readonly VendorProvision[],
  vendorId: string,
  line: ProductLine,
  key: ProvisionKey,
): VendorProvision | null {
  let found: VendorProvision | null = null;
  for (const p of provisions) {
    if (p.vendorId !== vendorId || p.productLine !== line || p.key !== key || p.aspect !== "") continue;
    if (!found || p.version > found.version) found = p;
  }
  return found;
}

/** A vendor's consumer terms on training, for the callout that sets them apart from the commercial terms. */
export interface ConsumerTerms {
  vendorName: string;
  /** The vendor's name for its consumer product; null when the catalog has none. */
  productName: string | null;
  trainingDefault: VendorProvision | null;
  carveOuts: VendorProvision | null;
}

/** Every catalog vendor's consumer training terms, small enough to send to the page whole. */
export function consumerTermsByVendor(
  vendors: readonly CatalogVendorLines[],
  provisions: readonly VendorProvision[],
): Record<string, ConsumerTerms> {
  return Object.fromEntries(
    vendors.map((v) => [
      v.id,
      {
        vendorName: v.name,
        productName: v.productLines.find((l) => l.line === "consumer")?.name ?? null,
        trainingDefault: currentProvision(provisions, v.id, "consumer", "training_default"),
        carveOuts: currentProvision(provisions, v.id, "consumer", "training_carve_outs"),
      },
    ]),
  );
}

/** Whether the step shows the consumer callout under these answers. */
export function showsConsumerCallout(stepId: StepId, answers: Answers): boolean {
  return CONSUMER_CALLOUT_STEPS.includes(stepId) && isConsumerInUse(answers);
}
