import { describe, expect, it } from "vitest";

import { answersWith } from "../../tests/support/test-answers.ts";

import {
  COUNT_UNITS,
  RenderError,
  VARIABLE_NAMES,
  computeVariables,
  formatCount,
  formatterIssue,
  joinWithAnd,
  renderText,
  variablesIn,
} from "./variables.ts";

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
        useCase: "Triage of support tickets.",
        highRiskUses: ["employment", "credit"],
        customizations: ["retrievalIndexes", "fineTuning"],
        toolUse: ["codeExecution", "webSearch"],
        liabilityPosition: "superCap",
        superCapMultiple: 5,
        modelChangeNoticeDays: 120,
      }),
      "Anthropic",
    );
    expect(values).toEqual({
      buyerName: "Example Corp",
      vendorName: "Anthropic",
      productLine: "the commercial API",
      coveredProducts:
        "the commercial API, the business offering (business and enterprise seats) and the consumer app (free or individual paid plans)",
      maxRetentionDays: "30",
      deletionDays: "45",
      subprocessorNoticeDays: "14",
      breachNoticeHours: "48",
      changeNoticeDays: "60",
      residencyRegion: "the European Economic Area",
      securityReports:
        "a SOC 2 Type II report, a current ISO/IEC 27001 certificate and a summary of the findings of an independent penetration test",
      reviewLeadDays: "120",
      useCase: "Triage of support tickets.",
      highRiskUses:
        "credit (creditworthiness, lending or insurance pricing) and employment (hiring, promotion, dismissal or the monitoring of workers)",
      customizations: "fine-tuned models and retrieval indexes",
      toolUse: "web search (including the fetching of web pages) and code execution",
      superCapMultiple: "five",
      modelChangeNoticeDays: "120",
    });
    expect(Object.keys(values).sort()).toEqual([...VARIABLE_NAMES].sort());
  });

  it("prints the use case exactly as typed, line breaks, quotation marks and spaces included", () => {
    const typed = '  Drafting "replies" to <customers>\r\nand ‘summaries’ of calls & chats…  ';
    expect(computeVariables(answersWith({ useCase: typed }), "X").useCase).toBe(typed);
    expect(computeVariables(answersWith({ useCase: " \n " }), "X").useCase).toBeUndefined();
    expect(computeVariables(answersWith({}), "X").useCase).toBeUndefined();
  });

  it("names no list that holds only none", () => {
    const values = computeVariables(
      answersWith({ highRiskUses: ["none"], customizations: ["none"], toolUse: ["none"] }),
      "X",
    );
    expect(values.highRiskUses).toBeUndefined();
    expect(values.customizations).toBeUndefined();
    expect(values.toolUse).toBeUndefined();
  });

  it("words the super-cap multiple only for a super-cap, and from 1 to 10", () => {
    const multiple = (overrides: Parameters<typeof answersWith>[0]) =>
      computeVariables(answersWith(overrides), "X").superCapMultiple;
    expect(multiple({ liabilityPosition: "superCap", superCapMultiple: 1 })).toBe("one");
    expect(multiple({ liabilityPosition: "superCap", superCapMultiple: 10 })).toBe("ten");
    expect(multiple({ liabilityPosition: "uncapped" })).toBeUndefined();
    expect(multiple({ liabilityPosition: "vendorStandard" })).toBeUndefined();
  });

  it("takes the defaults of the questions added later where a file leaves them out", () => {
    // A version-1 file: no liability position (default superCap, 3 times) and no model notice (90 days).
    const values = computeVariables(answersWith({}), "X");
    expect(values.superCapMultiple).toBe("three");
    expect(values.modelChangeNoticeDays).toBe("90");
    // A super-cap chosen without its multiple: the multiple's default.
    expect(computeVariables(answersWith({ liabilityPosition: "superCap" }), "X").superCapMultiple).toBe("three");
    expect(computeVariables(answersWith({ modelChangeNoticeDays: 0 }), "X").modelChangeNoticeDays).toBe("0");
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
    expect(() => renderText("within {{deletionDays|days}}", {})).toThrow(RenderError);
    expect(() => renderText("within {{deletionDays|days}}", {})).toThrow("no value for {{deletionDays}}");
    expect(() => renderText("{{customerName}}", { buyerName: "B" })).toThrow("{{customerName}}");
  });
  it("prints a count with its noun agreeing: 1 day, 30 days, 1 day’s notice, 30 days’ notice", () => {
    const text =
      "within {{deletionDays|days}}; on {{changeNoticeDays|days’}} notice; within {{breachNoticeHours|hours}}";
    expect(renderText(text, { deletionDays: "1", changeNoticeDays: "1", breachNoticeHours: "1" })).toBe(
      "within 1 day; on 1 day’s notice; within 1 hour",
    );
    expect(renderText(text, { deletionDays: "30", changeNoticeDays: "30", breachNoticeHours: "72" })).toBe(
      "within 30 days; on 30 days’ notice; within 72 hours",
    );
    expect(renderText("{{breachNoticeHours|hours’}} notice", { breachNoticeHours: "1" })).toBe("1 hour’s notice");
    expect(renderText("{{ deletionDays | days }}", { deletionDays: "2" })).toBe("2 days");
    expect(formatCount(12, "month")).toBe("12 months");
    expect(formatCount(1, "month")).toBe("1 month");
  });
  it("refuses to print a count of 0, or a value that is not a count, rather than “0 days’ notice”", () => {
    const zero = () => renderText("at least {{changeNoticeDays|days’}} notice", { changeNoticeDays: "0" });
    expect(zero).toThrow(RenderError);
    expect(zero).toThrow("{{changeNoticeDays|days’}} cannot print “0”");
    try {
      zero();
    } catch (e) {
      expect((e as RenderError).unprintable).toEqual(["changeNoticeDays"]);
      expect((e as RenderError).missing).toEqual([]);
    }
    expect(() => renderText("{{deletionDays|days}}", { deletionDays: "thirty" })).toThrow(RenderError);
    expect(() => formatCount(0, "day")).toThrow(RangeError);
  });
  it("checks the formatter against the variable", () => {
    for (const [name, unit] of Object.entries(COUNT_UNITS)) {
      const v = name as keyof typeof COUNT_UNITS;
      expect(formatterIssue(v, `${unit}s`)).toBeUndefined();
      expect(formatterIssue(v, `${unit}s’`)).toBeUndefined();
      expect(formatterIssue(v, undefined)).toMatch(/so the noun agrees$/);
    }
    expect(formatterIssue("buyerName", undefined)).toBeUndefined();
    expect(formatterIssue("buyerName", "days")).toMatch(/is not a number/);
    expect(formatterIssue("breachNoticeHours", "days")).toMatch(/is a number of hours/);
    expect(formatterIssue("deletionDays", "day")).toMatch(/^unknown formatter \|day in \{\{deletionDays\|day\}\}/);
  });
  it("lists the variables of a text", () => {
    expect(variablesIn("{{a}} {{b}} {{a}} {{c|days}}")).toEqual(["a", "b", "c"]);
  });
  it("joins with and", () => {
    expect(joinWithAnd([])).toBe("");
    expect(joinWithAnd(["a"])).toBe("a");
    expect(joinWithAnd(["a", "b"])).toBe("a and b");
    expect(joinWithAnd(["a", "b", "c"])).toBe("a, b and c");
  });
});
