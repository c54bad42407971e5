// Test support: a company's worth of reviews (10,000), inserted in one transaction through one prepared
// statement — not through the wizard, which would run the rules for each. Each review carries a full set
// of answers (the bank fixture's, about 1.3 kB), so a list that read the answers would show it. The mix is
// fixed, so tests can count what each filter keeps (see `expectedCount`).
import fs from "node:fs";
import path from "node:path";
import { newReviewId } from "../../app/models/review.server.ts";
import type { Answers } from "../../app/questionnaire/answers.ts";
import { addDays, listedReviewDue } from "../../app/renewal/due-date.ts";
import type { Db } from "../../app/utils/db.server.ts";

const bank = (): Answers =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

const VENDORS = [
  { id: "anthropic", name: "Anthropic" },
  { id: "openai", name: "OpenAI" },
  { id: "google", name: "Google" },
  { id: "microsoft", name: "Microsoft" },
  { id: "mistral", name: "Mistral AI" },
  { id: "cohere", name: "Cohere" },
  { id: "other", name: "Acme Models GmbH" },
] as const;
const STAGES = ["new", "renewal", "expansion"] as const;
const EXPOSURES = ["high", "medium", "low", "info", "none"] as const;
const OWNERS = ["Mette Sørensen", "Ana Ortiz", "Lee Chen", "Dana Ortiz", "Sam Okafor"];

/** What review number `i` (0-based) of the seed is, so a test can count the reviews a filter keeps. */
export interface SeededReview {
  i: number;
  buyerName: string;
  vendorId: string;
  status: "draft" | "complete";
  stage: (typeof STAGES)[number];
  exposure: (typeof EXPOSURES)[number] | null;
  renewalOwner: string | null;
  renewalDate: string | null;
  reviewLeadDays: number;
  reviewDue: string | null;
}

/**
 * Review number `i` of a seed made on `today`: every 13th has no renewal date; the others renew from a
 * year ago to two years on, so every due band is well filled; every 3rd is a draft (no exposure yet).
 * Each column cycles with its own period (7 vendors, 3 statuses, 5 exposures, 5 owners …, mostly prime to
 * each other), so every combination of filters keeps some reviews.
 */
export function seededReview(i: number, today: string): SeededReview {
  const status = i % 3 === 0 ? "draft" : "complete";
  const renewalDate = i % 13 === 0 ? null : addDays(today, (i % 1096) - 365);
  const reviewLeadDays = 30 + (i % 4) * 30;
  const renewalOwner = i % 11 === 0 ? null : OWNERS[i % OWNERS.length];
  const vendor = VENDORS[i % VENDORS.length];
  return {
    i,
    buyerName: `${i % 10 === 0 ? "Northwind Bank" : "Contoso Retail"} ${String(i).padStart(5, "0")} Ltd`,
    vendorId: vendor.id,
    status,
    stage: STAGES[Math.floor(i / 3) % STAGES.length],
    exposure: status === "draft" ? null : EXPOSURES[i % EXPOSURES.length],
    renewalOwner,
    renewalDate,
    reviewLeadDays,
    reviewDue: listedReviewDue({ renewalDate: renewalDate ?? undefined, reviewLeadDays }),
  };
}

/** Whether review `i` is the re-review of review i + 1 (the older one): every 50th, where that one is complete. */
export function renewedBy(i: number, count: number, today: string): boolean {
  return i % 50 === 0 && i + 1 < count && seededReview(i + 1, today).status === "complete";
}

/** How many of `count` seeded reviews `keep` keeps. */
export function expectedCount(count: number, today: string, keep: (r: SeededReview) => boolean): number {
  let n = 0;
  for (let i = 0; i < count; i++) if (keep(seededReview(i, today))) n += 1;
  return n;
}

/**
 * Inserts `count` reviews as of `today` (YYYY-MM-DD) into `db`, review 0 the most recently changed. Some
 * are re-reviews (`renewedBy`). Returns the ids, by number.
 */
export function seedManyReviews(db: Db, count: number, today: string): string[] {
  const base = bank();
  const insert = db.$client.prepare(
    `INSERT INTO reviews (id, answers, status, version, buyer_name, vendor_id, vendor_name, product_line, stage,
       renewal_date, exposure, renewal_owner, review_due, renews_review_id, created_by, created_at, updated_at)
     VALUES (@id, @answers, @status, 1, @buyerName, @vendorId, @vendorName, 'api', @stage, @renewalDate, @exposure,
       @renewalOwner, @reviewDue, @renewsReviewId, 'Seed', @at, @at)`,
  );
  const ids = Array.from({ length: count }, () => newReviewId());
  const now = Date.parse(`${today}T12:00:00Z`);
  db.$client.transaction(() => {
    // The oldest first, so a re-review comes after the review it renews, as its foreign key needs.
    for (let i = count - 1; i >= 0; i--) {
      const r = seededReview(i, today);
      const vendor = VENDORS[i % VENDORS.length];
      const answers: Answers = {
        ...base,
        buyerName: r.buyerName,
        vendorId: vendor.id,
        ...(vendor.id === "other" ? { vendorName: vendor.name } : {}),
        stage: r.stage,
        renewalDate: r.renewalDate ?? undefined,
        reviewLeadDays: r.reviewLeadDays,
        renewalOwner: r.renewalOwner ?? undefined,
      };
      const renews = renewedBy(i, count, today) ? ids[i + 1] : null;
      insert.run({
        id: ids[i],
        answers: JSON.stringify(answers),
        status: r.status,
        buyerName: r.buyerName,
        vendorId: vendor.id,
        vendorName: vendor.name,
        stage: r.stage,
        renewalDate: r.renewalDate,
        exposure: r.exposure,
        renewalOwner: r.renewalOwner,
        reviewDue: r.reviewDue,
        renewsReviewId: renews,
        // One second apart, review 0 the latest: the order of the Reviews list is the order of the numbers.
        at: new Date(now - i * 1000).toISOString(),
      });
    }
  })();
  return ids;
}
