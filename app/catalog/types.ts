/**
 * The vendor catalog's vocabulary, shared by the database layer, the rules and the pages.
 * Pure types and constants: no I/O here, so the rules can import it.
 */

export const PRODUCT_LINES = ["api", "business", "consumer", "marketplace"] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

export const PRODUCT_LINE_LABELS: Record<ProductLine, string> = {
  api: "Commercial API",
  business: "Business or enterprise seats",
  consumer: "Consumer app (free or individual paid plans)",
  marketplace: "Through a cloud provider's marketplace",
};

/**
 * Provision keys and the normalized values the rules understand. `value` is a short token the rules
 * compare against; `statement` is the plain-words sentence shown to people. A key with no current
 * provision for a product line is *unknown*: the app says so and asks the vendor in writing.
 */
export const PROVISION_KEYS = {
  training_use_of_input: { label: "Training on your inputs", values: ["no", "optIn", "yes"] },
  training_default: { label: "Training by default", values: ["no", "yes"] },
  training_carve_outs: { label: "Training carve-outs", values: ["none", "feedbackAndSafety"] },
  output_ownership: { label: "Ownership of outputs", values: ["customer", "vendor"] },
  output_assignment_qualified: { label: "Output assignment qualified", values: ["no", "yes"] },
  output_assignment_conditional: { label: "Output assignment conditional", values: ["no", "yes"] },
  retention: { label: "Retention", values: null },
  zero_data_retention: { label: "Zero data retention", values: ["default", "onRequest", "unavailable"] },
  human_review: { label: "Human review of content", values: ["none", "flaggedContent", "yes"] },
  usage_data: { label: "Usage and aggregated data", values: ["no", "vendorOwns", "vendorUses"] },
  audit_right: { label: "Audit right", values: ["none", "reports", "yes"] },
  competing_model_restriction: { label: "Competing-model restriction", values: ["no", "yes"] },
  terms_change: { label: "Changes to the terms", values: ["consentRequired", "unilateral"] },
  dpa: { label: "Data processing agreement", values: ["none", "incorporated", "onRequest"] },
  minimum_age: { label: "Minimum user age", values: null },
} as const satisfies Record<string, { label: string; values: readonly string[] | null }>;

export type ProvisionKey = keyof typeof PROVISION_KEYS;

/** One fact from a vendor's published terms for one product line, as the rules and pages see it. */
export interface VendorProvision {
  vendorId: string;
  productLine: ProductLine;
  key: ProvisionKey;
  /** Normalized token the rules compare (see PROVISION_KEYS), or free text where values is null. */
  value: string;
  /** The position in the product's own words. */
  statement: string;
  /** When it applies, e.g. "paid services only"; empty when unconditional. */
  condition: string;
  /** At most a few words quoted from the source, without quotation marks; empty when none. */
  excerpt: string;
  sourceTitle: string;
  sourceUrl: string | null;
  /** YYYY-MM-DD the source was checked, or null when only an effective date is known. */
  checkedOn: string | null;
  /** YYYY-MM-DD the terms took effect, where known. */
  effectiveOn: string | null;
  /** False where the fact rests only on secondary sources. */
  verified: boolean;
  version: number;
}

export interface Vendor {
  id: string;
  name: string;
}
