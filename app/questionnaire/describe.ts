// Answers in the words a person reads: the option labels, "Yes" / "No", free text exactly as typed.
import type { AnswerValue } from "./answers.ts";
import { questionById } from "./questions.ts";

/** The answer to `questionId` in words; `vendorName` names a catalog vendor id. */
export function describeAnswer(questionId: string, value: AnswerValue | null | undefined, vendorName?: string): string {
  if (value === null || value === undefined) return "Not answered";
  const question = questionById(questionId);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (!question) return Array.isArray(value) ? value.join(", ") : String(value);
  if (question.kind === "vendor") return value === "other" ? "Another vendor" : (vendorName ?? String(value));
  if (question.kind === "choice" || question.kind === "multi") {
    const label = (v: string) => question.options.find((o) => o.value === v)?.label ?? v;
    if (Array.isArray(value)) return value.length === 0 ? "None of these" : value.map(label).join("; ");
    return label(String(value));
  }
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** The question's label, or the id when it is not a question. */
export function questionLabel(questionId: string): string {
  return questionById(questionId)?.label ?? questionId;
}
