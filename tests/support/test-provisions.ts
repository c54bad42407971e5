/**
 * A small in-memory catalog for tests, shaped like the catalog's Anthropic and OpenAI rows. Test data only: the app's catalog lives in the database, seeded from catalog/vendors.
 */
import type { ProductLine, ProvisionKey, VendorProvision } from "../../app/catalog/types.ts";

type Row = [ProductLine, ProvisionKey, string, string, string, Partial<VendorProvision>?];

const COMMERCIAL_TERMS = "Anthropic Commercial Terms of Service";
const SPEC_ATLAS = "SpecAtlas: Anthropic API";
const CONSUMER_ANALYSIS = "ConductAtlas: Anthropic consumer terms (training)";
const BUYER_GUIDE = "Buyer-side guide: does the vendor train on our data?";

function rows(vendorId: string, defaults: Partial<VendorProvision>, list: Row[]): VendorProvision[] {
  return list.map(([productLine, key, value, statement, sourceTitle, extra]) => ({
    vendorId,
    productLine,
    key,
    value,
    statement,
    condition: "",
    excerpt: "",
    sourceTitle,
    sourceUrl: null,
    checkedOn: null,
    effectiveOn: null,
    verified: true,
    aspect: "",
    standing: (extra?.verified ?? defaults.verified) === false ? "secondary" : "stated",
    sources: [
      {
        id: "test",
        title: sourceTitle,
        publisher: vendorId === "openai" ? "OpenAI" : "Anthropic",
        kind: (extra?.verified ?? defaults.verified) === false ? "secondary" : "primary",
      },
    ],
    version: 1,
    ...defaults,
    ...extra,
  }));
}

export const ANTHROPIC_PROVISIONS: VendorProvision[] = rows("anthropic", { checkedOn: "2026-04-18" }, [
  [
    "api",
    "training_use_of_input",
    "no",
    "The vendor may not train models on customer content from the services.",
    COMMERCIAL_TERMS,
  ],
  [
    "api",
    "output_ownership",
    "customer",
    "The customer retains its inputs; the vendor assigns its rights in outputs.",
    COMMERCIAL_TERMS,
  ],
  [
    "api",
    "output_assignment_qualified",
    "yes",
    "The assignment of outputs is limited to the vendor’s rights, if any, and to the extent permitted by applicable law.",
    COMMERCIAL_TERMS,
    { excerpt: "(if any)" },
  ],
  [
    "api",
    "output_assignment_conditional",
    "yes",
    "The assignment of outputs is made subject to the customer’s compliance with the terms.",
    COMMERCIAL_TERMS,
    { excerpt: "subject to Customer’s compliance with these Terms" },
  ],
  ["api", "retention", "brief", "Data is kept briefly for trust and safety.", SPEC_ATLAS],
  [
    "api",
    "zero_data_retention",
    "onRequest",
    "Zero data retention is available to qualifying customers on request.",
    SPEC_ATLAS,
  ],
  ["api", "audit_right", "none", "The terms state no right for the customer to audit compliance.", COMMERCIAL_TERMS],
  ["api", "competing_model_restriction", "yes", "Outputs may not be used to develop a competing model.", SPEC_ATLAS],
  ["api", "terms_change", "unilateral", "The vendor has changed this document before.", COMMERCIAL_TERMS],
  [
    "api",
    "dpa",
    "incorporated",
    "A data processing agreement is incorporated; check it meets GDPR Art. 28.",
    COMMERCIAL_TERMS,
  ],
  [
    "business",
    "training_use_of_input",
    "no",
    "No training on business customers’ data by default, under the commercial terms.",
    BUYER_GUIDE,
  ],
  [
    "consumer",
    "training_default",
    "yes",
    "Conversations may be used for training unless the user opts out in settings.",
    CONSUMER_ANALYSIS,
  ],
  [
    "consumer",
    "training_carve_outs",
    "feedbackAndSafety",
    "Even after opt-out, feedback the user gives and content flagged for safety review may be used for training.",
    CONSUMER_ANALYSIS,
  ],
]);

const OPENAI_DATA_CONTROLS = "Data controls in the OpenAI platform";

export const OPENAI_PROVISIONS: VendorProvision[] = rows("openai", { checkedOn: null }, [
  [
    "api",
    "training_use_of_input",
    "optIn",
    "No training on API data unless the customer opts in (since 2023-03-01).",
    OPENAI_DATA_CONTROLS,
    { effectiveOn: "2023-03-01" },
  ],
  [
    "api",
    "retention",
    "30 days",
    "Abuse-monitoring logs are kept up to 30 days; longer where required by law.",
    OPENAI_DATA_CONTROLS,
    { version: 1 },
  ],
  [
    "api",
    "retention",
    "30 days",
    "Abuse-monitoring logs are kept up to 30 days; longer where required by law or reasonably necessary to protect the services or any third party from harm.",
    OPENAI_DATA_CONTROLS,
    { version: 2 },
  ],
  [
    "api",
    "zero_data_retention",
    "onRequest",
    "Zero data retention or modified abuse monitoring only with prior approval and extra requirements.",
    OPENAI_DATA_CONTROLS,
  ],
  [
    "api",
    "output_ownership",
    "customer",
    "The vendor assigns its rights in output, if any; the customer retains its rights in input to the extent permitted by law.",
    "OpenAI Terms of Use",
  ],
  [
    "business",
    "training_use_of_input",
    "no",
    "No training on enterprise and business data by default.",
    "Enterprise privacy at OpenAI",
  ],
]);

export const TEST_PROVISIONS: VendorProvision[] = [...ANTHROPIC_PROVISIONS, ...OPENAI_PROVISIONS];

/** One primary source, as a test's recorded provision cites it. */
export function testSource(title: string, publisher = "Anthropic") {
  return { sources: [{ id: "test", title, publisher, kind: "primary" as const }], standing: "stated" as const };
}
