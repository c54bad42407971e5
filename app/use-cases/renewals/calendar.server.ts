// The renewals calendar as a download: every review with a renewal date, or one review's.
import { calendarRenewals } from "../../models/renewal.server.ts";
import { renewalsCalendar } from "../../renewal/calendar.ts";
import type { Db } from "../../utils/db.server.ts";
import { requireReview } from "../reviews/load-review.server.ts";

/** The file's text and name; `origin` is the app's address as the browser asked for it. */
export function renewalsCalendarFile(db: Db, origin: string): { text: string; name: string } {
  return { text: renewalsCalendar(calendarRenewals(db), origin), name: "clausewise-renewals.ics" };
}

/** One review's re-review date as a calendar file (an empty calendar when it names no renewal date yet). */
export function reviewCalendarFile(
  db: Db,
  reviewId: string | undefined,
  origin: string,
): { text: string; name: string } {
  const review = requireReview(db, reviewId);
  return {
    text: renewalsCalendar(calendarRenewals(db, review.id), origin),
    name: `clausewise-renewal-${review.id}.ics`,
  };
}
