// When the re-review of an agreement falls due, from the answers about its renewal, and the bands the
// Renewals page groups the dates into.
import type { Answers } from "../questionnaire/answers.ts";

/** `renewalDate` − `reviewLeadDays`, as YYYY-MM-DD; null when either is missing. */
export function reviewDueDate(answers: Answers): string | null {
  if (!answers.renewalDate || answers.reviewLeadDays === undefined) return null;
  return addDays(answers.renewalDate, -answers.reviewLeadDays);
}

/**
 * The due date the lists sort and group by (the review's `review_due` column): reviewDueDate, or while no
 * lead time is answered yet (a draft short of the renewal step) the renewal date itself, the latest the
 * re-review can start; null without a renewal date.
 */
export function listedReviewDue(answers: Answers): string | null {
  return reviewDueDate(answers) ?? answers.renewalDate ?? null;
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days, in UTC as every date of a review is. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The Renewals page's groups, in the order it shows them. */
export const DUE_BANDS = ["overdue", "soon", "later", "none"] as const;
export type DueBand = (typeof DUE_BANDS)[number];

export const DUE_BAND_WORDS: Record<DueBand, string> = {
  overdue: "Overdue",
  soon: "Due in 30 days",
  later: "Later",
  none: "No date",
};

/** "Due in 30 days": from today to 30 days on, both included (a re-review due today is not overdue yet). */
export const SOON_DAYS = 30;

/** The due dates of a band, both bounds included; "none" for the reviews without a renewal date. */
export type DueRange = { from?: string; to?: string } | "none";

export function dueRange(band: DueBand, today: string): DueRange {
  switch (band) {
    case "overdue":
      return { to: addDays(today, -1) };
    case "soon":
      return { from: today, to: addDays(today, SOON_DAYS) };
    case "later":
      return { from: addDays(today, SOON_DAYS + 1) };
    case "none":
      return "none";
  }
}
