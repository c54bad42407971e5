import { describe, expect, it } from "vitest";

import type { VendorProvision } from "../catalog/types.ts";
import type { Answers } from "../questionnaire/answers.ts";

import {
  consumerTermsByVendor,
  linesInUse,
  showsConsumerCallout,
  stepTerms,
  type CatalogVendorLines,
} from "./vendor-terms.ts";

const VENDOR: CatalogVendorLines = {
  id: "acme",
  name: "Acme AI",
  productLines: [
    { line: "api", name: "Acme API" },
    { line: "consumer", name: "Acme Chat" },
  ],
};

function provision(line: VendorProvision["productLine"], key: VendorProvision["key"], version = 1): VendorProvision {
  return {
    vendorId: "acme",
    productLine: line,
    key,
    value: "no",
    statement: `${line} ${key} v${version}`,
    condition: "",
    excerpt: "",
    sourceTitle: "Acme terms",
    sourceUrl: null,
    checkedOn: "2026-01-01",
    effectiveOn: null,
    verified: true,
    aspect: "",
    standing: "stated",
    sources: [{ id: "acme", title: "Acme terms", publisher: "Acme AI", kind: "primary" }],
    version,
  };
}

const PROVISIONS = [
  provision("api", "training_use_of_input"),
  provision("api", "training_use_of_input", 2),
  provision("consumer", "training_default"),
  provision("consumer", "training_carve_outs"),
];

describe("the product lines whose terms are shown", () => {
  it.each<[string, Answers, string[], boolean]>([
    ["the line bought", { productLine: "api" }, ["api"], false],
    [
      "the line bought and the others staff use, in catalog order",
      { productLine: "marketplace", otherProductsInUse: ["consumer", "api"] },
      ["api", "consumer", "marketplace"],
      false,
    ],
    ["every line the vendor has when the buyer is not sure", { productLine: "unsure" }, ["api", "consumer"], true],
    ["none before the product line is chosen", {}, [], false],
  ])("%s", (_, answers, lines, lineUnsure) => {
    expect(linesInUse(answers, VENDOR)).toEqual({ lines, lineUnsure });
  });
});

describe("the vendor's terms beside a step", () => {
  it("shows the current version of each provision on the step's topic, and null where unknown", () => {
    const terms = stepTerms("training", { vendorId: "acme", productLine: "api" }, VENDOR, PROVISIONS);
    expect(terms).toMatchObject({ kind: "terms", vendorName: "Acme AI", lineUnsure: false });
    if (terms.kind !== "terms") throw new Error("expected terms");
    expect(terms.lines).toHaveLength(1);
    expect(terms.lines[0].productName).toBe("Acme API");
    expect(terms.lines[0].provisions.map((p) => [p.key, p.provision?.statement ?? null])).toEqual([
      ["training_use_of_input", "api training_use_of_input v2"],
      ["training_default", null],
      ["training_carve_outs", null],
      ["usage_data", null],
    ]);
  });

  it("says when the vendor has no such product line in the catalog", () => {
    const terms = stepTerms("retention", { vendorId: "acme", productLine: "business" }, VENDOR, PROVISIONS);
    if (terms.kind !== "terms") throw new Error("expected terms");
    expect(terms.lines[0]).toMatchObject({ line: "business", productName: null });
  });

  it.each<[string, Parameters<typeof stepTerms>, string]>([
    [
      "a step with no vendor topic",
      ["context", { vendorId: "acme", productLine: "api" }, VENDOR, PROVISIONS],
      "noTopic",
    ],
    ["no vendor chosen yet", ["training", {}, null, []], "noVendor"],
    ["no product line chosen yet", ["training", { vendorId: "acme" }, VENDOR, PROVISIONS], "noProductLine"],
    ["a vendor not in the catalog", ["training", { vendorId: "other", vendorName: "Zeta" }, null, []], "notInCatalog"],
  ])("%s", (_, args, kind) => {
    expect(stepTerms(...args).kind).toBe(kind);
  });

  it("gives each vendor's consumer training terms for the callout", () => {
    expect(consumerTermsByVendor([VENDOR], PROVISIONS)).toEqual({
      acme: {
        vendorName: "Acme AI",
        productName: "Acme Chat",
        trainingDefault: PROVISIONS[2],
        carveOuts: PROVISIONS[3],
      },
    });
  });

  it.each<[string, Answers, boolean]>([
    ["the consumer line bought", { productLine: "consumer" }, true],
    ["consumer accounts also in use", { productLine: "api", otherProductsInUse: ["consumer"] }, true],
    ["no consumer product", { productLine: "api", otherProductsInUse: ["business"] }, false],
  ])("shows the consumer callout on the training step for %s", (_, answers, shown) => {
    expect(showsConsumerCallout("training", answers)).toBe(shown);
    expect(showsConsumerCallout("outputs", answers)).toBe(false);
  });
});
