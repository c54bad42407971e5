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
  marketplace: "Through a cloud provider’s marketplace",
};

/**
 * Provision keys and the values the rules understand. `value` is a short token the rules compare against,
 * a whole number ("days", "number"), or free text (null); `statement` is the plain-words sentence shown to
 * people. A key with no current provision for a product line is *unknown*: the app says so and asks the
 * vendor in writing. The catalog files' format (docs/specs/catalog-file.md) documents every token.
 */
export const PROVISION_KEYS = {
  training_use_of_input: { label: "Training on your inputs", values: ["no", "optIn", "yes"] },
  training_default: { label: "Training by default", values: ["no", "yes"] },
  training_carve_outs: {
    label: "Training carve-outs",
    values: ["none", "feedbackAndSafety", "feedback", "feedbackOptIn"],
  },
  output_ownership: { label: "Ownership of outputs", values: ["customer", "vendor", "notClaimed"] },
  output_assignment_qualified: { label: "Output assignment qualified", values: ["no", "yes"] },
  output_assignment_conditional: { label: "Output assignment conditional", values: ["no", "yes"] },
  retention: { label: "Retention", values: null },
  retention_days: { label: "Retention of inputs and outputs (days)", values: "days" },
  zero_data_retention: {
    label: "Zero data retention",
    values: ["default", "onRequest", "unavailable", "configurable", "available"],
  },
  human_review: { label: "Human review of content", values: ["none", "flaggedContent", "yes"] },
  usage_data: { label: "Usage and aggregated data", values: ["no", "vendorOwns", "vendorUses", "notCustomerData"] },
  audit_right: { label: "Audit right", values: ["none", "reports", "yes", "adminLog"] },
  competing_model_restriction: { label: "Competing-model restriction", values: ["no", "yes"] },
  terms_change: { label: "Changes to the terms", values: ["consentRequired", "unilateral", "notice"] },
  dpa: { label: "Data processing agreement", values: ["none", "incorporated", "onRequest", "applies"] },
  minimum_age: { label: "Minimum user age", values: "number" },
  baa: { label: "Business associate agreement (HIPAA)", values: ["offered", "onRequest", "notOffered"] },
  data_residency: { label: "Data residency", values: null },
  subprocessors: { label: "Subprocessors", values: null },
  ip_indemnity: { label: "Intellectual-property indemnity", values: ["yes", "no"] },
  certifications: { label: "Certifications and audit reports", values: null },
  security_incident_notice: { label: "Notice of security incidents", values: null },
  permitted_use: { label: "Permitted use", values: null },
  governing_terms: { label: "Whose terms govern", values: null },
} as const satisfies Record<string, { label: string; values: readonly string[] | "days" | "number" | null }>;

export type ProvisionKey = keyof typeof PROVISION_KEYS;

/** The tokens a key allows, or null where its value is free text or a number. */
export function provisionTokens(key: ProvisionKey): readonly string[] | null {
  const values = PROVISION_KEYS[key].values;
  return typeof values === "string" ? null : values;
}

/** Whether a key's value is a whole number (of days, or years of age). */
export function isNumberKey(key: ProvisionKey): boolean {
  return typeof PROVISION_KEYS[key].values === "string";
}

/** primary: the vendor's own page; archive: a verbatim archived copy of it; mirror: a third party reproducing it; secondary: an analysis or news site. */
export const SOURCE_KINDS = ["primary", "archive", "mirror", "secondary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** stated: a primary, archive or mirror source says so; secondary: secondary sources only; conflict: sources disagree. */
export const STANDINGS = ["stated", "secondary", "conflict"] as const;
export type Standing = (typeof STANDINGS)[number];

/**
 * A source from a vendor's source register, as a provision version cites it (kept with the version, so
 * the record shows what was cited then). `id` is the register's own key: never shown to a person.
 */
export interface CatalogSource {
  id: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  url?: string;
  otherUrls?: string[];
  liveUrl?: string;
  effectiveOn?: string;
  updatedOn?: string;
  checkedOn?: string;
  dateNote?: string;
}

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
  /** False where the fact rests only on secondary sources (standing `secondary`). */
  verified: boolean;
  /** "" for the provision the rules read for its key; otherwise what this fact is about, e.g. "flagged-content". */
  aspect: string;
  standing: Standing;
  /** Every source the fact rests on; `sourceTitle` and `sourceUrl` are the first one's. */
  sources: CatalogSource[];
  version: number;
}

export interface Vendor {
  id: string;
  name: string;
}
