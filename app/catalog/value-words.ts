import { provisionTokens, type ProvisionKey } from "./types.ts";

// Apart from types.ts: only the catalog's form needs these words, and types.ts is in the wizard's bundle,
// whose JavaScript budget is nearly spent.

/** The value tokens in words, for the people who record a provision (the rules use the tokens). */
export const VALUE_WORDS: Record<string, string> = {
  no: "no",
  yes: "yes",
  optIn: "only if the customer opts in",
  none: "none",
  feedbackAndSafety: "feedback and content flagged for safety",
  customer: "the customer",
  vendor: "the vendor",
  default: "by default",
  onRequest: "on request",
  unavailable: "not available",
  flaggedContent: "content flagged for safety only",
  vendorOwns: "the vendor owns it",
  vendorUses: "the vendor may use it",
  reports: "audit reports only",
  consentRequired: "only with the customer’s consent",
  unilateral: "the vendor may change them alone",
  incorporated: "incorporated in the terms",
  feedback: "feedback the customer sends",
  feedbackOptIn: "feedback, only if the customer opts in",
  notClaimed: "the vendor claims no ownership",
  configurable: "configurable by the customer",
  available: "available",
  notCustomerData: "not treated as customer data",
  adminLog: "an administrator's activity log",
  notice: "the vendor may change them after notice",
  applies: "applies without signing",
  offered: "offered",
  notOffered: "not offered",
};

/** A token with its words: "optIn (only if the customer opts in)". */
export const describeValue = (token: string): string =>
  VALUE_WORDS[token] && VALUE_WORDS[token] !== token ? `${token} (${VALUE_WORDS[token]})` : token;

/** A provision's value as a person reads it: its words, a number of days, or the text itself. */
export function valueInWords(key: string, value: string): string {
  if (key === "retention_days") return value === "1" ? "1 day" : `${value} days`;
  if (key === "minimum_age") return `${value} years`;
  return provisionTokens(key as ProvisionKey)?.includes(value) ? (VALUE_WORDS[value] ?? value) : value;
}
