// The fields of the form that records a new version of a provision: names, labels, limits. Without zod,
// so the page's form can use them without loading the schema (provision-form.ts, on the server).

export const PROVISION_FIELDS = [
  "vendorId",
  "productLine",
  "key",
  "value",
  "statement",
  "condition",
  "excerpt",
  "sourceTitle",
  "sourcePublisher",
  "sourceKind",
  "sourceUrl",
  "checkedOn",
] as const;
export type ProvisionField = (typeof PROVISION_FIELDS)[number];
export type ProvisionFormValues = Record<ProvisionField, string>;
export type ProvisionFormErrors = Partial<Record<ProvisionField, string>>;

export const PROVISION_LABELS: Record<ProvisionField, string> = {
  vendorId: "Vendor",
  productLine: "Product line",
  key: "Provision",
  value: "Value",
  statement: "What the terms say",
  condition: "Condition",
  excerpt: "Short quote",
  sourceTitle: "Source title",
  sourcePublisher: "Publisher",
  sourceKind: "Kind of source",
  sourceUrl: "Source address (URL)",
  checkedOn: "Date checked",
};

export const PROVISION_LIMITS = {
  value: 200,
  statement: 1000,
  condition: 300,
  excerpt: 300,
  sourceTitle: 200,
  sourcePublisher: 200,
  sourceUrl: 500,
};

/** The kinds of source, as the form offers them (the standing follows: secondary only → "secondary source"). */
export const SOURCE_KIND_LABELS = {
  primary: "The vendor’s own page",
  archive: "An archived copy of the vendor’s text",
  mirror: "A third party reproducing the vendor’s text",
  secondary: "An analysis or news article (secondary source)",
} as const;
