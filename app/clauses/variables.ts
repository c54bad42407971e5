/**
 * The variables a clause may use (templates/README.md, "Variables"), each computed from the answers and
 * the vendor's name, the formatters that print a count with its noun (`{{deletionDays|days}}`), and the
 * renderer that fills `{{name}}` and `{{name|formatter}}`. Pure: no I/O.
 */
import type { Answers } from "../questionnaire/answers.ts";
import { questionById } from "../questionnaire/questions.ts";

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
  "useCase",
  "highRiskUses",
  "customizations",
  "toolUse",
  "superCapMultiple",
  "modelChangeNoticeDays",
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
  consumer: "the consumer app (free or individual paid plans)",
  marketplace: "the cloud-marketplace offering",
};
const PRODUCT_LINE_ORDER = ["api", "business", "consumer", "marketplace"];

/** The same, before the vendor's own names for the line: "the business offering (Claude for Work …)". */
const PRODUCT_LINE_SHORT_WORDS: Record<string, string> = {
  api: "the commercial API",
  business: "the business offering",
  consumer: "the consumer app",
  marketplace: "the cloud-marketplace offering",
};

/** The vendor's own names for each of its product lines, as the catalog records them. */
export type ProductLineNames = Readonly<Partial<Record<string, readonly string[]>>>;

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

/** High-risk uses as they read after "High-Risk Uses in the areas of …" (the questionnaire's words). */
export const HIGH_RISK_USE_WORDS: Record<string, string> = {
  health: "health (diagnosis, treatment or access to care)",
  credit: "credit (creditworthiness, lending or insurance pricing)",
  employment: "employment (hiring, promotion, dismissal or the monitoring of workers)",
  education: "education (admission, grading or proctoring)",
  essentialServices: "essential services (eligibility for public benefits or essential private services)",
  lawEnforcement: "law enforcement, migration or border control",
  legal: "legal matters (the administration of justice or legal advice to individuals)",
};

/** What is built from Customer Data and kept by the vendor, as it reads after "for …". */
export const CUSTOMIZATION_WORDS: Record<string, string> = {
  fineTuning: "fine-tuned models",
  embeddings: "embeddings",
  retrievalIndexes: "retrieval indexes",
  memory: "memory",
  promptCaching: "prompt caches",
};

/** The tools the service will use, as they read in a list ("… ({{toolUse}})"). */
export const TOOL_WORDS: Record<string, string> = {
  webSearch: "web search (including the fetching of web pages)",
  connectors: "connectors to other systems",
  codeExecution: "code execution",
  computerUse: "computer use",
};

/** A multiple of the fees in words, as in "three times the Fees" (superCapMultiple is 1–10). */
const MULTIPLE_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function joinWithAnd(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
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
  compute(answers: AnswerBag, vendorName: string, lineNames: ProductLineNames): string | undefined;
}

/** The options of a list answer, in the vocabulary's order, in words; undefined when none is named. */
function listWords(value: unknown, words: Record<string, string>): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const named = Object.keys(words).filter((k) => (value as unknown[]).includes(k));
  return named.length ? joinWithAnd(named.map((k) => words[k])) : undefined;
}

/**
 * The answer, or, for a question added in a later edition of the questionnaire that a file leaves out,
 * its default: such a file means what the default means (docs/specs/answers-file.md, "added later").
 */
function orDefault(answers: AnswerBag, id: string): unknown {
  if (answers[id] !== undefined) return answers[id];
  const question = questionById(id);
  return question?.optionalInFile && "defaultValue" in question ? question.defaultValue : undefined;
}

function productLineWords(line: unknown, lineNames: ProductLineNames = {}): string | undefined {
  // Reads well both alone and before "of the Provider" (definitions.md, “Services”).
  if (line === "unsure") return "every artificial intelligence product and service";
  if (typeof line !== "string") return undefined;
  // The vendor's own product names where the catalog records them, so the contract names what is bought.
  const own = lineNames[line] ?? [];
  return own.length > 0 && PRODUCT_LINE_SHORT_WORDS[line]
    ? `${PRODUCT_LINE_SHORT_WORDS[line]} (${joinWithAnd(own)})`
    : PRODUCT_LINE_WORDS[line];
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
    filledWith: "the product line bought, in words, with the vendor's own names for it where the catalog has them",
    answerIds: ["productLine"],
    compute: (a, _v, names) => productLineWords(a.productLine, names),
  },
  {
    name: "coveredProducts",
    filledWith: "every product line in use (productLine and otherProductsInUse), in words",
    answerIds: ["productLine", "otherProductsInUse"],
    compute: (a, _v, names) => {
      const bought = productLineWords(a.productLine, names);
      if (bought === undefined) return undefined;
      const others = Array.isArray(a.otherProductsInUse) ? a.otherProductsInUse : [];
      const rest = PRODUCT_LINE_ORDER.filter((l) => l !== a.productLine && others.includes(l)).map((l) =>
        productLineWords(l, names)!,
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
  {
    name: "useCase",
    filledWith: "useCase, exactly as typed",
    answerIds: ["useCase"],
    compute: (a) => text(a.useCase),
  },
  {
    name: "highRiskUses",
    filledWith: "the high-risk uses named in highRiskUses, in words",
    answerIds: ["highRiskUses"],
    compute: (a) => listWords(a.highRiskUses, HIGH_RISK_USE_WORDS),
  },
  {
    name: "customizations",
    filledWith: "what customizations names as built from the buyer’s data, in words",
    answerIds: ["customizations"],
    compute: (a) => listWords(a.customizations, CUSTOMIZATION_WORDS),
  },
  {
    name: "toolUse",
    filledWith: "the tools named in toolUse, in words",
    answerIds: ["toolUse"],
    compute: (a) => listWords(a.toolUse, TOOL_WORDS),
  },
  {
    name: "superCapMultiple",
    filledWith: "superCapMultiple in words (“three”), when liabilityPosition is superCap (its default)",
    answerIds: ["liabilityPosition", "superCapMultiple"],
    compute: (a) => {
      if (orDefault(a, "liabilityPosition") !== "superCap") return undefined;
      const n = orDefault(a, "superCapMultiple");
      return typeof n === "number" && Number.isInteger(n) ? MULTIPLE_WORDS[n - 1] : undefined;
    },
  },
  {
    name: "modelChangeNoticeDays",
    filledWith: "modelChangeNoticeDays (its default, 90, when a file leaves it out)",
    answerIds: ["modelChangeNoticeDays"],
    compute: (a) => integer(orDefault(a, "modelChangeNoticeDays")),
  },
];

/** Every variable that has a value for these answers; a variable without one is absent, never blank. */
export function computeVariables(
  answers: Answers,
  vendorName: string,
  lineNames: ProductLineNames = {},
): VariableValues {
  const bag = answers as unknown as AnswerBag;
  const values: VariableValues = {};
  for (const v of VARIABLES) {
    const value = v.compute(bag, vendorName, lineNames);
    if (value !== undefined) values[v.name] = value;
  }
  return values;
}

// ---------------------------------------------------------------------------------------------------
// Counts: a number of days or hours printed with its noun, so that a clause never reads “1 days”.

export type CountUnit = "day" | "hour";

/** The variables that hold a count, and what they count. Each is printed only through a formatter. */
export const COUNT_UNITS: Readonly<Partial<Record<VariableName, CountUnit>>> = {
  maxRetentionDays: "day",
  deletionDays: "day",
  subprocessorNoticeDays: "day",
  breachNoticeHours: "hour",
  changeNoticeDays: "day",
  reviewLeadDays: "day",
  modelChangeNoticeDays: "day",
};

/** Written after the variable's name, `{{deletionDays|days}}`: the count with its noun, agreeing. */
export const FORMATTERS = {
  days: { unit: "day", possessive: false },
  "days’": { unit: "day", possessive: true },
  hours: { unit: "hour", possessive: false },
  "hours’": { unit: "hour", possessive: true },
} as const satisfies Record<string, { unit: CountUnit; possessive: boolean }>;
export type FormatterName = keyof typeof FORMATTERS;
export const FORMATTER_NAMES = Object.keys(FORMATTERS) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}

/**
 * “1 day”, “30 days”; possessive: “1 day’s”, “30 days’” (as in “30 days’ notice”). Only a whole number of
 * at least 1: a period of 0 has no sensible wording here (“0 days’ notice”), so a clause that allows 0
 * words that case in a variant of its own.
 */
export function formatCount(count: number, unit: CountUnit | "month", possessive = false): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`cannot print ${count} as a number of ${unit}s`);
  const noun = count === 1 ? unit : `${unit}s`;
  return `${count} ${possessive ? (count === 1 ? `${noun}’s` : `${noun}’`) : noun}`;
}

/**
 * What is wrong with writing `{{name|formatter}}` (formatter undefined for a plain `{{name}}`), or
 * undefined when it is right. The name is a known variable.
 */
export function formatterIssue(name: VariableName, formatter: string | undefined): string | undefined {
  const unit = COUNT_UNITS[name];
  const forms = (u: CountUnit | undefined) =>
    FORMATTER_NAMES.filter((f) => FORMATTERS[f].unit === u)
      .map((f) => `{{${name}|${f}}}`)
      .join(" or ");
  if (formatter === undefined) {
    return unit ? `{{${name}}} is a number of ${unit}s: write ${forms(unit)} so the noun agrees` : undefined;
  }
  if (!isFormatterName(formatter)) {
    return `unknown formatter |${formatter} in {{${name}|${formatter}}}; the formatters are ${FORMATTER_NAMES.join(", ")}`;
  }
  if (!unit) return `{{${name}}} is not a number: it takes no formatter (write {{${name}}})`;
  if (FORMATTERS[formatter].unit !== unit) return `{{${name}}} is a number of ${unit}s: write ${forms(unit)}`;
  return undefined;
}

/** Matches `{{ name }}` and `{{ name|formatter }}`; any word matches, so an unknown one can be reported. */
export const VARIABLE_PATTERN = /\{\{\s*([^{}\s|]*)\s*(?:\|\s*([^{}|]*?)\s*)?\}\}/g;

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
    /** Variables that have a value their formatter cannot print (`{{changeNoticeDays|days’}}` with 0). */
    readonly unprintable: string[] = [],
  ) {
    super(message);
    this.name = "RenderError";
  }
}

/**
 * Fills every `{{name}}` and `{{name|formatter}}` of the text. A variable without a value (or an unknown
 * one), or a value its formatter cannot print, is an error, never a blank or a guess: a clause that reads
 * “within  days” or “0 days’ notice” must not reach a contract.
 */
export function renderText(text: string, values: VariableValues): string {
  if (!text.includes("{{")) return text;
  const missing: string[] = [];
  const unprintable: { written: string; value: string }[] = [];
  const out = text.replace(VARIABLE_PATTERN, (written, name: string, formatter: string | undefined) => {
    const value = isVariableName(name) ? values[name] : undefined;
    if (value === undefined) {
      missing.push(name);
      return "";
    }
    if (formatter === undefined) return value;
    const f = isFormatterName(formatter) ? FORMATTERS[formatter] : undefined;
    const count = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!f || !Number.isInteger(count) || count < 1) {
      unprintable.push({ written, value });
      return "";
    }
    return formatCount(count, f.unit, f.possessive);
  });
  if (missing.length > 0 || unprintable.length > 0) {
    const parts = [
      ...(missing.length ? [`no value for ${missing.map((n) => `{{${n}}}`).join(", ")}`] : []),
      ...unprintable.map((u) => `${u.written} cannot print “${u.value}” (only a whole number of at least 1)`),
    ];
    throw new RenderError(
      parts.join("; "),
      missing,
      unprintable.map((u) => u.written.replace(/^\{\{\s*([^{}\s|]*)[\s\S]*$/, "$1")),
    );
  }
  return out;
}
