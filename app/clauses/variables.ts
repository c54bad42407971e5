/**
 * The variables a clause may use (templates/README.md, "Variables"), each computed from the answers and
 * the vendor's name, and the renderer that fills `{{name}}`. Pure: no I/O.
 */
import type { Answers } from "~/questionnaire/answers";

export const VARIABLE_NAMES = [
  "buyerName",
  "vendorName",
  "productLine",
  "coveredProducts",
  "maxRetentionDays",
  "deletionDays",
  "subprocessorNoticeDays",
  "breachNoticeHours",
  "changeNoticeDays",
  "residencyRegion",
  "securityReports",
  "reviewLeadDays",
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];
export type VariableValues = Partial<Record<VariableName, string>>;

const VARIABLE_SET: ReadonlySet<string> = new Set(VARIABLE_NAMES);
export function isVariableName(name: string): name is VariableName {
  return VARIABLE_SET.has(name);
}

/** Product lines as they read inside a clause: "… shall apply to {{productLine}}". */
export const PRODUCT_LINE_WORDS: Record<string, string> = {
  api: "the commercial API",
  business: "the business offering (business and enterprise seats)",
  consumer: "the consumer app (free and individual paid plans)",
  marketplace: "the cloud-marketplace offering",
};
const PRODUCT_LINE_ORDER = ["api", "business", "consumer", "marketplace"];

export const REGION_WORDS: Record<string, string> = {
  eea: "the European Economic Area",
  uk: "the United Kingdom",
  us: "the United States",
};

/** Reports as they read after "shall deliver to Customer …". */
export const REPORT_WORDS: Record<string, string> = {
  soc2type2: "a SOC 2 Type II report",
  iso27001: "a current ISO/IEC 27001 certificate",
  iso27701: "a current ISO/IEC 27701 certificate",
  iso42001: "a current ISO/IEC 42001 certificate",
  pentestSummary: "a summary of the findings of an independent penetration test",
};
const REPORT_ORDER = ["soc2type2", "iso27001", "iso27701", "iso42001", "pentestSummary"];

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

type AnswerBag = Readonly<Record<string, unknown>>;

function integer(value: unknown): string | undefined {
  return typeof value === "number" && Number.isInteger(value) ? String(value) : undefined;
}
function text(value: unknown): string | undefined {
  // Exactly as typed: a character the buyer typed either reaches the document or is refused at input.
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export interface VariableDefinition {
  name: VariableName;
  /** What the variable is filled with, in words (shown in docs and in validation errors). */
  filledWith: string;
  /** The answer ids the value is computed from (besides the vendor's name). */
  answerIds: readonly string[];
  compute(answers: AnswerBag, vendorName: string): string | undefined;
}

function productLineWords(line: unknown): string | undefined {
  // Reads well both alone and before "of the Provider" (definitions.md, “Services”).
  if (line === "unsure") return "every artificial intelligence product and service";
  return typeof line === "string" ? PRODUCT_LINE_WORDS[line] : undefined;
}

export const VARIABLES: readonly VariableDefinition[] = [
  { name: "buyerName", filledWith: "buyerName", answerIds: ["buyerName"], compute: (a) => text(a.buyerName) },
  {
    name: "vendorName",
    filledWith: "the catalog's name for the vendor, or vendorName when the vendor is other",
    answerIds: ["vendorId", "vendorName"],
    compute: (_a, vendorName) => text(vendorName),
  },
  {
    name: "productLine",
    filledWith: "the product line bought, in words",
    answerIds: ["productLine"],
    compute: (a) => productLineWords(a.productLine),
  },
  {
    name: "coveredProducts",
    filledWith: "every product line in use (productLine and otherProductsInUse), in words",
    answerIds: ["productLine", "otherProductsInUse"],
    compute: (a) => {
      const bought = productLineWords(a.productLine);
      if (bought === undefined) return undefined;
      const others = Array.isArray(a.otherProductsInUse) ? a.otherProductsInUse : [];
      const rest = PRODUCT_LINE_ORDER.filter((l) => l !== a.productLine && others.includes(l)).map(
        (l) => PRODUCT_LINE_WORDS[l],
      );
      return joinWithAnd([bought, ...rest]);
    },
  },
  {
    name: "maxRetentionDays",
    filledWith: "maxRetentionDays",
    answerIds: ["maxRetentionDays"],
    compute: (a) => integer(a.maxRetentionDays),
  },
  {
    name: "deletionDays",
    filledWith: "deletionDays",
    answerIds: ["deletionDays"],
    compute: (a) => integer(a.deletionDays),
  },
  {
    name: "subprocessorNoticeDays",
    filledWith: "subprocessorNoticeDays",
    answerIds: ["subprocessorNoticeDays"],
    compute: (a) => integer(a.subprocessorNoticeDays),
  },
  {
    name: "breachNoticeHours",
    filledWith: "breachNoticeHours",
    answerIds: ["breachNoticeHours"],
    compute: (a) => integer(a.breachNoticeHours),
  },
  {
    name: "changeNoticeDays",
    filledWith: "changeNoticeDays",
    answerIds: ["changeNoticeDays"],
    compute: (a) => integer(a.changeNoticeDays),
  },
  {
    name: "residencyRegion",
    filledWith: "the region of dataResidency in words, or dataResidencyOther",
    answerIds: ["dataResidency", "dataResidencyOther"],
    compute: (a) =>
      a.dataResidency === "other"
        ? text(a.dataResidencyOther)
        : typeof a.dataResidency === "string"
          ? REGION_WORDS[a.dataResidency]
          : undefined,
  },
  {
    name: "securityReports",
    filledWith: "the reports named in certifications, in words",
    answerIds: ["certifications"],
    compute: (a) => {
      if (!Array.isArray(a.certifications) || a.certifications.length === 0) return undefined;
      const named = REPORT_ORDER.filter((r) => (a.certifications as unknown[]).includes(r));
      return named.length ? joinWithAnd(named.map((r) => REPORT_WORDS[r])) : undefined;
    },
  },
  {
    name: "reviewLeadDays",
    filledWith: "reviewLeadDays",
    answerIds: ["reviewLeadDays"],
    compute: (a) => integer(a.reviewLeadDays),
  },
];

/** Every variable that has a value for these answers; a variable without one is absent, never blank. */
export function computeVariables(answers: Answers, vendorName: string): VariableValues {
  const bag = answers as unknown as AnswerBag;
  const values: VariableValues = {};
  for (const v of VARIABLES) {
    const value = v.compute(bag, vendorName);
    if (value !== undefined) values[v.name] = value;
  }
  return values;
}

/** Matches `{{ name }}`; the name may be any word so an unknown one can be reported. */
export const VARIABLE_PATTERN = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** The variable names a text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(VARIABLE_PATTERN)) names.add(m[1]);
  return [...names];
}

export class RenderError extends Error {
  constructor(
    message: string,
    readonly missing: string[],
  ) {
    super(message);
    this.name = "RenderError";
  }
}

/**
 * Fills every `{{name}}` of the text. A variable without a value (or an unknown one) is an error, never
 * a blank: a clause that reads “within  days” must not reach a contract.
 */
export function renderText(text: string, values: VariableValues): string {
  if (!text.includes("{{")) return text;
  let missing: string[] | undefined;
  const out = text.replace(VARIABLE_PATTERN, (_m, name: string) => {
    const value = isVariableName(name) ? values[name] : undefined;
    if (value === undefined) {
      (missing ??= []).push(name);
      return "";
    }
    return value;
  });
  if (missing) {
    throw new RenderError(`no value for ${missing.map((n) => `{{${n}}}`).join(", ")}`, missing);
  }
  return out;
}
