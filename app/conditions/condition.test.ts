import { describe, expect, it } from "vitest";

import {
  ANSWER_DOMAINS,
  answerIdsIn,
  conditionReferenceIssues,
  conditionSchema,
  conditionShapeIssues,
  evaluateCondition,
  formatPath,
  type Condition,
} from "./condition.ts";
import { answersWith } from "../../tests/support/test-answers.ts";

describe("evaluateCondition", () => {
  const a = answersWith({
    trainingRequirement: "never",
    usageDataLimits: true,
    dataCategories: ["personal", "financial"],
    otherProductsInUse: ["consumer"],
    renewalDate: undefined,
  });
  const cases: [string, Condition, boolean][] = [
    ["always", "always", true],
    ["is (choice)", { answer: "trainingRequirement", is: "never" }, true],
    ["is (other value)", { answer: "trainingRequirement", is: "optInOnly" }, false],
    ["is (boolean)", { answer: "usageDataLimits", is: true }, true],
    ["is (boolean false)", { answer: "usageDataLimits", is: false }, false],
    ["isNot", { answer: "trainingRequirement", isNot: "noRequirement" }, true],
    ["isNot, same value", { answer: "trainingRequirement", isNot: "never" }, false],
    ["isNot on an unanswered question", { answer: "maxRetentionDays", isNot: 30 }, false],
    ["oneOf", { answer: "trainingRequirement", oneOf: ["optInOnly", "never"] }, true],
    ["oneOf, none", { answer: "trainingRequirement", oneOf: ["optInOnly"] }, false],
    ["includes", { answer: "dataCategories", includes: "financial" }, true],
    ["includes, absent value", { answer: "dataCategories", includes: "phi" }, false],
    ["includesAny", { answer: "dataCategories", includesAny: ["phi", "personal"] }, true],
    ["includesAny, none", { answer: "dataCategories", includesAny: ["phi", "sourceCode"] }, false],
    ["includes on an unanswered list", { answer: "certifications", includes: "soc2type2" }, false],
    ["answered", { answer: "trainingRequirement", answered: true }, true],
    ["answered, unanswered", { answer: "renewalDate", answered: true }, false],
    ["empty list is an answer", { answer: "certifications", answered: true }, true],
    ["fact personalDataInScope", { fact: "personalDataInScope" }, true],
    ["fact consumerInUse (other products)", { fact: "consumerInUse" }, true],
    ["all", { all: ["always", { answer: "usageDataLimits", is: true }] }, true],
    ["all, one false", { all: ["always", { answer: "usageDataLimits", is: false }] }, false],
    ["any", { any: [{ answer: "usageDataLimits", is: false }, "always"] }, true],
    ["not", { not: { answer: "renewalDate", answered: true } }, true],
  ];
  it.each(cases)("%s", (_name, cond, expected) => {
    expect(evaluateCondition(cond, a)).toBe(expected);
  });

  it("answered treats an empty list as an answer, and certifications: [] as not including anything", () => {
    const b = answersWith({ certifications: [] });
    expect(evaluateCondition({ answer: "certifications", answered: true }, b)).toBe(true);
    expect(evaluateCondition({ answer: "certifications", includesAny: ["soc2type2"] }, b)).toBe(false);
  });

  it("records exactly the answers it read, stopping where any/all are decided", () => {
    const reads = new Set<string>();
    const cond: Condition = {
      any: [
        { answer: "usageDataLimits", is: true },
        { answer: "trainingRequirement", is: "never" },
      ],
    };
    evaluateCondition(cond, a, reads);
    expect([...reads]).toEqual(["usageDataLimits"]);

    const consumer = new Set<string>();
    evaluateCondition({ fact: "consumerInUse" }, answersWith({ productLine: "consumer" }), consumer);
    expect([...consumer]).toEqual(["productLine"]);
    const other = new Set<string>();
    evaluateCondition({ fact: "consumerInUse" }, a, other);
    expect([...other]).toEqual(["productLine", "otherProductsInUse"]);
  });
});

describe("conditionSchema and conditionShapeIssues", () => {
  const valid: unknown[] = [
    "always",
    { answer: "x", is: "y" },
    { answer: "x", is: true },
    { answer: "x", isNot: 3 },
    { answer: "x", oneOf: ["a", "b"] },
    { answer: "x", includes: "a" },
    { answer: "x", includesAny: ["a"] },
    { answer: "x", answered: true },
    { fact: "consumerInUse" },
    { all: ["always", { not: { fact: "personalDataInScope" } }] },
    { any: [{ answer: "x", is: "y" }] },
  ];
  it.each(valid.map((v) => [JSON.stringify(v), v]))("accepts %s", (_s, v) => {
    expect(conditionShapeIssues(v)).toEqual([]);
    expect(conditionSchema.safeParse(v).success).toBe(true);
  });

  const invalid: [unknown, string, RegExp][] = [
    ["sometimes", "", /unknown condition 'sometimes'/],
    [42, "", /not a condition/],
    [{ answer: "x" }, "", /needs one of is, isNot/],
    [{ answer: "x", is: "a", isNot: "b" }, "", /has is and isNot/],
    [{ answer: "x", is: ["a"] }, "is", /single value/],
    [{ answer: "x", oneOf: [] }, "oneOf", /at least one/],
    [{ answer: "x", is: "a", extra: 1 }, "", /unexpected key 'extra'/],
    [{ answer: "x", answered: false }, "answered", /must be true/],
    [{ fact: "isConsumer" }, "fact", /personalDataInScope, consumerInUse/],
    [{ all: [] }, "all", /non-empty list/],
    [{ all: ["always", { answr: "x" }] }, "all[1]", /unknown condition with keys answr/],
    [{ not: { answer: 1, is: "a" } }, "not.answer", /answer id/],
    [{ any: ["always"], all: ["always"] }, "", /must stand alone/],
  ];
  it.each(invalid.map(([v, path, re]) => [JSON.stringify(v), v, path, re] as const))(
    "rejects %s",
    (_s, v, path, re) => {
      const issues = conditionShapeIssues(v);
      expect(issues.length).toBeGreaterThan(0);
      expect(formatPath(issues[0].path)).toBe(path);
      expect(issues[0].message).toMatch(re);
      const parsed = conditionSchema.safeParse(v);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0].message).toMatch(re);
    },
  );
});

describe("conditionReferenceIssues", () => {
  const check = (cond: Condition) =>
    conditionReferenceIssues(cond, ANSWER_DOMAINS, ["appliesWhen"]).map((i) => `${formatPath(i.path)}: ${i.message}`);

  it("accepts the questionnaire's ids and values", () => {
    expect(check({ answer: "trainingRequirement", isNot: "noRequirement" })).toEqual([]);
    expect(check({ answer: "usageDataLimits", is: true })).toEqual([]);
    expect(check({ answer: "dataCategories", includesAny: ["tradeSecrets", "sourceCode"] })).toEqual([]);
    expect(check({ answer: "transferMechanism", answered: true })).toEqual([]);
    expect(check({ answer: "vendorId", is: "other" })).toEqual([]);
  });

  it("names an unknown answer id, with the likely one", () => {
    expect(check({ answer: "trainingRequirment", is: "never" })).toEqual([
      "appliesWhen.answer: unknown answer id 'trainingRequirment' (did you mean 'trainingRequirement'?)",
    ]);
  });

  it("names a value that is not among the options", () => {
    const [issue] = check({ all: ["always", { answer: "trainingRequirement", oneOf: ["never", "optIn"] }] });
    expect(issue).toMatch(
      /^appliesWhen\.all\[1\]\.oneOf\[1\]: 'optIn' is not a value of trainingRequirement \(did you mean 'optInOnly'\?\)/,
    );
  });

  it("rejects yes / no written as words, and list operators on single choices", () => {
    expect(check({ answer: "usageDataLimits", is: "yes" })[0]).toMatch(
      /yes \/ no question: compare with true or false/,
    );
    expect(check({ answer: "trainingRequirement", includes: "never" })[0]).toMatch(/works on list questions/);
    expect(check({ answer: "dataCategories", is: "financial" })[0]).toMatch(/list question: use includes/);
  });

  it("answerIdsIn lists named ids and the ids facts read", () => {
    expect(
      answerIdsIn({ all: [{ answer: "jurisdictions", includes: "california" }, { fact: "personalDataInScope" }] }),
    ).toEqual(["jurisdictions", "dataCategories"]);
    expect(answerIdsIn("always")).toEqual([]);
  });
});
