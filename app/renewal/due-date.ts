// When the re-review of an agreement falls due, from the answers about its renewal.
import type { Answers } from "../questionnaire/answers.ts";

/** `renewalDate` − `reviewLeadDays`, as YYYY-MM-DD; null when either is missing. */
export function reviewDueDate(answers: Answers): string | null {
  if (!answers.renewalDate || answers.reviewLeadDays === undefined) return null;
  const due = new Date(`${answers.renewalDate}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() - answers.reviewLeadDays);
  return due.toISOString().slice(0, 10);
}
