import { describe, expect, it } from "vitest";

import { answersWith } from "~/rules/test-answers";

import { RenderError, VARIABLE_NAMES, computeVariables, joinWithAnd, renderText, variablesIn } from "./variables";

describe("computeVariables", () => {
  it("fills every variable from complete answers", () => {
    const values = computeVariables(
      answersWith({
        productLine: "api",
        otherProductsInUse: ["consumer", "business"],
        retentionRequirement: "limited",
        maxRetentionDays: 30,
        deletionOnTermination: true,
        deletionDays: 45,
        changeControl: true,
        changeNoticeDays: 60,
        dataResidency: "eea",
        certifications: ["iso27001", "soc2type2", "pentestSummary"],
        breachNoticeHours: 48,
        subprocessorNoticeDays: 14,
        reviewLeadDays: 120,
      }),
      "Anthropic",
    );
    expect(values).toEqual({
      buyerName: "Example Corp",
      vendorName: "Anthropic",
      productLine: "the commercial API",
      coveredProducts:
        "the commercial API, the business offering (business and enterprise seats) and the consumer app (free and individual paid plans)",
      maxRetentionDays: "30",
      deletionDays: "45",
      subprocessorNoticeDays: "14",
      breachNoticeHours: "48",
      changeNoticeDays: "60",
      residencyRegion: "the European Economic Area",
      securityReports:
        "a SOC 2 Type II report, a current ISO/IEC 27001 certificate and a summary of the findings of an independent penetration test",
      reviewLeadDays: "120",
    });
    expect(Object.keys(values).sort()).toEqual([...VARIABLE_NAMES].sort());
  });

  it("leaves out what the answers do not give, never a blank", () => {
    const values = computeVariables(answersWith({ certifications: [], dataResidency: "none" }), "OpenAI");
    expect(values.maxRetentionDays).toBeUndefined();
    expect(values.securityReports).toBeUndefined();
    expect(values.residencyRegion).toBeUndefined();
    expect(values.changeNoticeDays).toBeUndefined();
  });

  it("words the other region, an unsure product line and a product line bought also listed as other", () => {
    const values = computeVariables(
      answersWith({
        dataResidency: "other",
        dataResidencyOther: "Switzerland",
        productLine: "unsure",
        otherProductsInUse: ["consumer"],
      }),
      "Acme Models Ltd",
    );
    expect(values.residencyRegion).toBe("Switzerland");
    expect(values.productLine).toBe("every artificial intelligence product and service");
    expect(
      computeVariables(answersWith({ productLine: "api", otherProductsInUse: ["api"] }), "X").coveredProducts,
    ).toBe("the commercial API");
  });
});

describe("renderText", () => {
  it("fills variables, with or without inner spaces", () => {
    expect(renderText("{{buyerName}} and {{ vendorName }}", { buyerName: "B", vendorName: "V" })).toBe("B and V");
    expect(renderText("no variables", {})).toBe("no variables");
  });
  it("refuses to render a missing or unknown variable", () => {
    expect(() => renderText("within {{deletionDays}} days", {})).toThrow(RenderError);
    expect(() => renderText("within {{deletionDays}} days", {})).toThrow("no value for {{deletionDays}}");
    expect(() => renderText("{{customerName}}", { buyerName: "B" })).toThrow("{{customerName}}");
  });
  it("lists the variables of a text", () => {
    expect(variablesIn("{{a}} {{b}} {{a}}")).toEqual(["a", "b"]);
  });
  it("joins with and", () => {
    expect(joinWithAnd([])).toBe("");
    expect(joinWithAnd(["a"])).toBe("a");
    expect(joinWithAnd(["a", "b"])).toBe("a and b");
    expect(joinWithAnd(["a", "b", "c"])).toBe("a, b and c");
  });
});
