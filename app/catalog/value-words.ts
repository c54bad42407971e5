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
};

/** A token with its words: "optIn (only if the customer opts in)". */
export const describeValue = (token: string): string =>
  VALUE_WORDS[token] && VALUE_WORDS[token] !== token ? `${token} (${VALUE_WORDS[token]})` : token;
