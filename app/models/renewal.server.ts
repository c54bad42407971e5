// Renewals: the agreements whose reviews name a renewal date, with when their re-review falls due.
import { asc, isNotNull } from "drizzle-orm";
import { reviews } from "../../db/schema.ts";
import { reviewDueDate } from "../pack/build-pack.ts";
import type { Answers } from "../questionnaire/answers.ts";
import type { Db } from "../utils/db.server.ts";

export interface Renewal {
  reviewId: string;
  buyerName: string | null;
  vendorName: string | null;
  productLine: string | null;
  status: "draft" | "complete";
  renewalDate: string;
  /** renewalDate − reviewLeadDays: when the re-review should start. */
  reviewDue: string | null;
  owner: string | null;
  /** Whole days from `today` to the re-review date (negative when overdue), or to the renewal date. */
  daysLeft: number;
}

const DAY = 24 * 60 * 60 * 1000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Every review with a renewal date, the soonest re-review first. `today` is YYYY-MM-DD. */
export function listRenewals(db: Db, today: string): Renewal[] {
  const rows = db
    .select({
      id: reviews.id,
      buyerName: reviews.buyerName,
      vendorName: reviews.vendorName,
      productLine: reviews.productLine,
      status: reviews.status,
      renewalDate: reviews.renewalDate,
      answers: reviews.answers,
    })
    .from(reviews)
    .where(isNotNull(reviews.renewalDate))
    .orderBy(asc(reviews.renewalDate))
    .all();
  return rows
    .map((row) => {
      const answers = row.answers as Answers;
      const due = reviewDueDate(answers);
      return {
        reviewId: row.id,
        buyerName: row.buyerName,
        vendorName: row.vendorName,
        productLine: row.productLine,
        status: row.status,
        renewalDate: row.renewalDate!,
        reviewDue: due,
        owner: answers.renewalOwner ?? null,
        daysLeft: days(today, due ?? row.renewalDate!),
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
