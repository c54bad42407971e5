// A condition in plain words, for the clause library page: "Training use of your data is not “No requirement”".
import { describeAnswer, questionLabel } from "../questionnaire/describe.ts";
import type { Condition, ConditionValue, FactName } from "./condition.ts";

const FACT_WORDS: Record<FactName, string> = {
  personalDataInScope: "personal data is in scope",
  consumerInUse: "a consumer product is in use",
  gdprJurisdiction: "some of the people live in the EEA, the UK or Switzerland",
  glbaInScope: "a US financial institution’s customer financial information is in scope",
};

function value(answerId: string, v: ConditionValue): string {
  return `“${describeAnswer(answerId, v)}”`;
}

export function describeCondition(condition: Condition): string {
  if (condition === "always") return "always";
  if ("fact" in condition) return FACT_WORDS[condition.fact];
  if ("all" in condition) return condition.all.map(describeCondition).join(" and ");
  if ("any" in condition) return `either ${condition.any.map(describeCondition).join(" or ")}`;
  if ("not" in condition) return `not (${describeCondition(condition.not)})`;
  const label = questionLabel(condition.answer);
  if ("is" in condition) return `${label} is ${value(condition.answer, condition.is)}`;
  if ("isNot" in condition) return `${label} is answered and is not ${value(condition.answer, condition.isNot)}`;
  if ("oneOf" in condition)
    return `${label} is one of ${condition.oneOf.map((v) => value(condition.answer, v)).join(", ")}`;
  if ("includes" in condition) return `${label} includes ${value(condition.answer, condition.includes)}`;
  if ("includesAny" in condition)
    return `${label} includes any of ${condition.includesAny.map((v) => value(condition.answer, v)).join(", ")}`;
  return `${label} is answered`;
}
