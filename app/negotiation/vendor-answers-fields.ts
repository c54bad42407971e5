// The vendor-answers page's forms: intents, field names, labels and limits, shared by the page and the
// server (no zod and no exceljs here, so the page's bundle does not carry them).

/** A written answer as the vendor gave it: to which question (in the words it was asked), who answered, when. */
export interface WrittenAnswer {
  questionId: string;
  question: string;
  answer: string;
  /** The document the vendor says the answer rests on; "" when none was named. */
  document: string;
  answeredBy: string;
  /** YYYY-MM-DD. */
  answeredOn: string;
}

/** What a post to the page does: import a workbook, type one answer, settle an unknown, propose it. */
export const INTENTS = ["import", "answer", "settle", "propose"] as const;
export type VendorAnswersIntent = (typeof INTENTS)[number];

export const UPLOAD_FIELD = "workbook";

/** A filled-in questionnaire is some tens of kilobytes; a workbook with pictures pasted in, a few megabytes. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

export const ANSWER_FIELDS = ["questionId", "answer", "document", "answeredBy", "answeredOn"] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

export const ANSWER_LABELS: Record<AnswerField, string> = {
  questionId: "Question",
  answer: "The vendor’s answer",
  document: "Document the answer rests on",
  answeredBy: "Answered by",
  answeredOn: "Date of the answer",
};

export const ANSWER_LIMITS = { answer: 10_000, document: 500, answeredBy: 200 } as const;

export const SETTLE_FIELDS = ["questionId", "productLine", "key", "value", "statement"] as const;
export type SettleField = (typeof SETTLE_FIELDS)[number];

export const SETTLE_LABELS: Record<SettleField, string> = {
  questionId: "Question",
  productLine: "Product line",
  key: "Provision",
  value: "What the answer says",
  statement: "The position in one sentence",
};

export const SETTLE_LIMITS = { value: 200, statement: 1000 } as const;

/** The element id of a question on the page: where a post about it leads back to. */
export const questionAnchor = (questionId: string) => `question-${questionId}`;
