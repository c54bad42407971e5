/**
 * The starting vendor catalog, from researched vendor facts, each citing its source. Statements are in the product's own
 * words; `excerpt` quotes at most the few words that carry the meaning. Dates are only those the sources
 * give: where a source states none, the field stays null and the app says "date not recorded".
 * Entries for the same vendor, product line and key are versions of one provision, oldest first.
 */
import type { ProductLine, ProvisionKey } from "../../app/catalog/types.ts";

export interface SeedVendor {
  id: string;
  name: string;
  productLines: Partial<Record<ProductLine, string>>;
}

export interface SeedProvision {
  vendorId: string;
  productLine: ProductLine;
  key: ProvisionKey;
  value: string;
  statement: string;
  condition?: string;
  excerpt?: string;
  sourceTitle: string;
  sourceUrl?: string;
  checkedOn?: string;
  effectiveOn?: string;
  verified?: boolean;
}

export const SEED_VENDORS: SeedVendor[] = [
  {
    id: "anthropic",
    name: "Anthropic",
    productLines: {
      api: "Claude API (Commercial Terms)",
      business: "Claude for Work (Team and Enterprise)",
      consumer: "Claude consumer apps (Free, Pro, Max)",
      marketplace: "Claude through cloud marketplaces",
    },
  },
  {
    id: "openai",
    name: "OpenAI",
    productLines: {
      api: "OpenAI API platform",
      business: "ChatGPT Business and Enterprise",
      consumer: "ChatGPT consumer plans",
    },
  },
  {
    id: "google",
    name: "Google",
    productLines: {
      api: "Gemini API (paid services)",
      consumer: "Gemini API unpaid services (AI Studio, free quota)",
    },
  },
  { id: "microsoft", name: "Microsoft", productLines: { marketplace: "Azure OpenAI Service" } },
  { id: "luma", name: "Luma AI", productLines: { api: "Luma API" } },
  { id: "writer", name: "Writer", productLines: { business: "Writer enterprise platform" } },
];

const ANTHROPIC_COMMERCIAL = "Anthropic Commercial Terms of Service (analysis in seed 000_4401b9e223b57276)";
const ANTHROPIC_API_TERMS = "Anthropic API Terms, output clause (analysis in seed 001_ff9c14710395fb59)";
const ANTHROPIC_PROFILE = "SpecAtlas profile “Anthropic API” (seed 002_09c4bf67278e57f0)";
const ANTHROPIC_CONSUMER = "Anthropic consumer terms, training provision (analysis in seed 003_fd7383a7dc3f3a9e)";
const BUYER_GUIDE = "Buyer-side guide “does the vendor train on our data?” (seed 004_fb2fa809195b0b7c)";
const OPENAI_DATA_CONTROLS = "Data controls in the OpenAI platform (OpenAI API docs, your-data guide)";
const GEMINI_TERMS = "Gemini API Additional Terms of Service";
const GEMINI_USAGE = "Additional usage policies (Gemini API docs)";
const AZURE_DATA = "Data, privacy, and security for Azure OpenAI Service (Microsoft Learn)";

export const SEED_PROVISIONS: SeedProvision[] = [
  // Anthropic — commercial API
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "training_use_of_input",
    value: "no",
    statement: "The vendor is not permitted to train models on customer content from the services.",
    excerpt: "may not train models on Customer Content",
    sourceTitle: ANTHROPIC_COMMERCIAL,
    checkedOn: "2026-04-18",
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "output_ownership",
    value: "customer",
    statement: "The customer keeps its rights in inputs, and the vendor assigns to the customer whatever rights it has in outputs.",
    excerpt: "owns its Outputs",
    sourceTitle: ANTHROPIC_COMMERCIAL,
    checkedOn: "2026-04-18",
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "output_assignment_qualified",
    value: "yes",
    statement: "The assignment of outputs is qualified: it covers only rights the vendor may have, and only as far as the law allows.",
    excerpt: "(if any); to the extent permitted by applicable law",
    sourceTitle: ANTHROPIC_API_TERMS,
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "output_assignment_conditional",
    value: "yes",
    statement: "The assignment of outputs is made subject to the customer complying with the vendor's terms, so a breach could put it in question.",
    excerpt: "Subject to Customer's compliance with these Terms",
    sourceTitle: ANTHROPIC_COMMERCIAL,
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "retention",
    value: "brief, for trust and safety",
    statement: "The vendor keeps data for a short period for trust and safety purposes; no fixed number of days is stated.",
    sourceTitle: ANTHROPIC_PROFILE,
    checkedOn: "2026-04-18",
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "zero_data_retention",
    value: "onRequest",
    statement: "Zero data retention is available only to qualifying customers who ask for it; it is not the default.",
    excerpt: "qualifying customers on request",
    sourceTitle: ANTHROPIC_PROFILE,
    checkedOn: "2026-04-18",
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "audit_right",
    value: "none",
    statement: "The terms state no right for the customer to audit or otherwise verify the no-training commitment.",
    sourceTitle: ANTHROPIC_COMMERCIAL,
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "competing_model_restriction",
    value: "yes",
    statement: "Outputs may not be used to develop a model that competes with the vendor's.",
    sourceTitle: ANTHROPIC_PROFILE,
    checkedOn: "2026-04-18",
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "terms_change",
    value: "unilateral",
    statement: "The vendor has changed this document before; the terms reviewed give no right to refuse a change.",
    excerpt: "has changed this document before",
    sourceTitle: ANTHROPIC_COMMERCIAL,
  },
  {
    vendorId: "anthropic",
    productLine: "api",
    key: "dpa",
    value: "incorporated",
    statement: "A data processing addendum is incorporated into the terms; whether it meets GDPR Article 28 must be checked.",
    sourceTitle: ANTHROPIC_COMMERCIAL,
  },
  // Anthropic — business seats
  {
    vendorId: "anthropic",
    productLine: "business",
    key: "training_use_of_input",
    value: "no",
    statement: "Under the commercial terms that govern business products, customer data is not used for training by default.",
    condition: "by default; confirm it in the signed agreement",
    sourceTitle: BUYER_GUIDE,
  },
  // Anthropic — consumer apps
  {
    vendorId: "anthropic",
    productLine: "consumer",
    key: "training_default",
    value: "yes",
    statement: "Conversations may be used to train the vendor's models unless the user turns this off in account settings.",
    condition: "unless the user opts out in settings",
    sourceTitle: ANTHROPIC_CONSUMER,
  },
  {
    vendorId: "anthropic",
    productLine: "consumer",
    key: "training_carve_outs",
    value: "feedbackAndSafety",
    statement: "Even after a user opts out, two kinds of content may still be used for training: feedback the user gives on a response (such as a rating), and content flagged for safety review.",
    excerpt: "Even if you opt out",
    sourceTitle: ANTHROPIC_CONSUMER,
  },
  // OpenAI — API platform
  {
    vendorId: "openai",
    productLine: "api",
    key: "training_use_of_input",
    value: "optIn",
    statement: "Data sent to the API is not used for training unless the customer chooses to opt in.",
    condition: "since 2023-03-01",
    sourceTitle: OPENAI_DATA_CONTROLS,
    checkedOn: "2026-04",
    effectiveOn: "2023-03-01",
  },
  {
    vendorId: "openai",
    productLine: "api",
    key: "retention",
    value: "up to 30 days",
    statement: "Abuse-monitoring logs, which may hold prompts, responses and classifier outputs, are kept for up to 30 days, or longer where the law requires it.",
    excerpt: "up to 30 days",
    sourceTitle: OPENAI_DATA_CONTROLS,
    checkedOn: "2026-04",
  },
  {
    // A later version of the same page widened the exception: a real example of a term that changed.
    vendorId: "openai",
    productLine: "api",
    key: "retention",
    value: "up to 30 days",
    statement: "Abuse-monitoring logs, which may hold prompts, responses and classifier outputs, are kept for up to 30 days, or longer where the law requires it or where the vendor considers it reasonably necessary to protect its services or any third party from harm.",
    excerpt: "reasonably necessary to protect our services",
    sourceTitle: OPENAI_DATA_CONTROLS,
    checkedOn: "2026-04",
  },
  {
    vendorId: "openai",
    productLine: "api",
    key: "zero_data_retention",
    value: "onRequest",
    statement: "Zero data retention, or modified abuse monitoring, is available only with the vendor's prior approval and subject to extra requirements.",
    excerpt: "prior approval",
    sourceTitle: OPENAI_DATA_CONTROLS,
    checkedOn: "2026-04",
  },
  {
    vendorId: "openai",
    productLine: "api",
    key: "output_ownership",
    value: "customer",
    statement: "The customer keeps its rights in input as far as the law allows, and the vendor assigns whatever rights it has in output.",
    excerpt: "if any",
    sourceTitle: "OpenAI terms, output clause (quoted in seed 001_ff9c14710395fb59)",
  },
  {
    vendorId: "openai",
    productLine: "api",
    key: "output_assignment_qualified",
    value: "yes",
    statement: "The assignment of output is qualified: it covers only rights the vendor may have, and input rights are kept only as far as the law allows.",
    excerpt: "if any; to the extent permitted by applicable law",
    sourceTitle: "OpenAI terms, output clause (quoted in seed 001_ff9c14710395fb59)",
  },
  // OpenAI — business
  {
    vendorId: "openai",
    productLine: "business",
    key: "training_use_of_input",
    value: "no",
    statement: "Business and enterprise data is not used for training by default.",
    condition: "by default",
    sourceTitle: "Enterprise privacy at OpenAI",
  },
  // Google — Gemini API
  {
    vendorId: "google",
    productLine: "api",
    key: "training_use_of_input",
    value: "no",
    statement: "Prompts and responses of paid services are not used to improve the vendor's products.",
    condition: "paid services only",
    sourceTitle: GEMINI_TERMS,
    effectiveOn: "2025-05-20",
  },
  {
    vendorId: "google",
    productLine: "api",
    key: "retention",
    value: "55 days",
    statement: "Prompts, context and outputs are kept for 55 days for abuse monitoring; this logged data is not used for training.",
    excerpt: "55 days",
    sourceTitle: GEMINI_USAGE,
  },
  {
    vendorId: "google",
    productLine: "api",
    key: "human_review",
    value: "flaggedContent",
    statement: "Content flagged by abuse monitoring may be assessed by the vendor's authorized employees.",
    sourceTitle: GEMINI_USAGE,
  },
  {
    vendorId: "google",
    productLine: "api",
    key: "competing_model_restriction",
    value: "yes",
    statement: "The terms restrict using the services to develop competing models.",
    sourceTitle: GEMINI_TERMS,
    effectiveOn: "2025-05-20",
  },
  {
    vendorId: "google",
    productLine: "api",
    key: "minimum_age",
    value: "18",
    statement: "Users must be 18 or older; the services may not be used for anything directed at, or likely to be used by, people under 18.",
    sourceTitle: GEMINI_TERMS,
    effectiveOn: "2025-05-20",
  },
  {
    vendorId: "google",
    productLine: "consumer",
    key: "training_default",
    value: "yes",
    statement: "On unpaid services, content and responses are used to improve the vendor's products and human reviewers may read them; sensitive data should not be submitted. In the EEA, Switzerland and the UK the paid-services data terms apply to all use.",
    condition: "unpaid services; not in the EEA, Switzerland or the UK",
    sourceTitle: GEMINI_TERMS,
    effectiveOn: "2025-05-20",
  },
  // Microsoft — Azure OpenAI
  {
    vendorId: "microsoft",
    productLine: "marketplace",
    key: "training_use_of_input",
    value: "no",
    statement: "Prompts and completions are not used to train or improve OpenAI or Azure models, and are not available to OpenAI.",
    sourceTitle: AZURE_DATA,
  },
  {
    vendorId: "microsoft",
    productLine: "marketplace",
    key: "retention",
    value: "up to 30 days",
    statement: "Data may be kept up to 30 days for abuse monitoring, which approved customers can switch off. Known only from secondary sources: unverified.",
    sourceTitle: "Secondary sources on Azure OpenAI abuse monitoring",
    verified: false,
  },
  // Others named in the seeds
  {
    vendorId: "luma",
    productLine: "api",
    key: "usage_data",
    value: "vendorOwns",
    statement: "The vendor claims ownership of aggregated data and usage data generated through the service.",
    excerpt: "Aggregated Data and Usage Data",
    sourceTitle: "Luma terms, quoted in seed 001_ff9c14710395fb59",
  },
  {
    vendorId: "writer",
    productLine: "business",
    key: "training_use_of_input",
    value: "no",
    statement: "Customer data is not used to train the vendor's models without the customer's explicit permission.",
    condition: "without explicit permission",
    sourceTitle: "Writer terms, quoted in seed 003_fd7383a7dc3f3a9e",
  },
];
