// The Reviews list and the Renewals page with a company's worth of reviews (10,000): each page is one page
// of rows, small, read through the indexes without the answers; each filter narrows to what it says; a
// filter that cannot be read is refused with a message naming its field. Sizes and rows, never time.
import { beforeAll, describe, expect, it } from "vitest";
import {
  expectedCount,
  renewedBy,
  seededReview,
  seedManyReviews,
  type SeededReview,
} from "../../../tests/support/many-reviews.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { fullReviewScans, watchQueries } from "../../../tests/support/watch-queries.ts";
import { PAGE_SIZE } from "../../lists/review-filter.ts";
import { dueRange, type DueBand } from "../../renewal/due-date.ts";
import { listVendorIds } from "../../models/catalog.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { renewalsPage } from "../renewals/renewals-page.server.ts";
import { reviewsPage } from "./list-reviews.server.ts";

const COUNT = 10_000;
const TODAY = "2026-12-01";
const NOW = new Date(`${TODAY}T09:00:00Z`);
/** The loader's data of one page, as JSON: 50 rows of listing columns come to about 18 kB. */
const PAGE_JSON_MAX = 30_000;

let db: Db;
let ids: string[];
let numberOf: Map<string, number>;
/** The rows a page reads about vendors: every catalog vendor (to check the filter) and those it offers. */
let vendorRows: number;

beforeAll(() => {
  db = freshDb();
  ids = seedManyReviews(db, COUNT, TODAY);
  numberOf = new Map(ids.map((id, i) => [id, i]));
  vendorRows = 2 * (listVendorIds(db).length + 1);
});

const url = (path: string) => new URL(`http://clausewise.test${path}`);

function reviews(query = "") {
  const outcome = reviewsPage(db, url(`/reviews${query}`), NOW);
  if ("redirect" in outcome) throw new Error("redirected");
  return outcome;
}

function renewals(query = "") {
  const outcome = renewalsPage(db, url(`/renewals${query}`), NOW);
  if ("redirect" in outcome) throw new Error("redirected");
  return outcome;
}

const seeded = (id: string): SeededReview => seededReview(numberOf.get(id)!, TODAY);

function band(r: SeededReview): DueBand {
  if (r.reviewDue === null) return "none";
  for (const b of ["overdue", "soon", "later"] as const) {
    const range = dueRange(b, TODAY);
    if (range !== "none" && (!range.from || r.reviewDue >= range.from) && (!range.to || r.reviewDue <= range.to))
      return b;
  }
  throw new Error(`no band for ${r.reviewDue}`);
}

describe("the Reviews list with 10,000 reviews", () => {
  it("is one page of 50, the latest change first, counted in all, in under 30 kB of data and without the answers", () => {
    const { status, body } = reviews();
    expect(status).toBeUndefined();
    expect(body.reviews).toHaveLength(PAGE_SIZE);
    expect(body.reviews.map((r) => numberOf.get(r.id))).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => i));
    expect(body.page).toMatchObject({ page: 1, pages: 200, total: COUNT, first: 1, last: 50 });
    const json = JSON.stringify(body);
    expect(json.length).toBeLessThan(PAGE_JSON_MAX);
    // Nothing from the answers but the listing columns: no question of a later step.
    expect(json).not.toContain("trainingRequirement");
    expect(body.reviews[0]).not.toHaveProperty("answers");
  });

  it("reads its page and its count through the indexes: no more rows than the page, no full scan, a LIMIT", () => {
    const fresh = freshDb();
    seedManyReviews(fresh, COUNT, TODAY);
    for (const query of ["", "?page=150", "?status=complete&vendor=openai", "?buyer=northwind", "?owner=lee"]) {
      const { result, queries } = watchQueries(fresh, () => reviewsPage(fresh, url(`/reviews${query}`), NOW));
      expect("body" in result && result.body.reviews.length, query).toBeGreaterThan(0);
      const rows = queries.reduce((sum, q) => sum + q.rows, 0);
      // The page, its count, and the vendors: those the filter accepts and those it offers.
      expect(rows, query).toBeLessThanOrEqual(PAGE_SIZE + 1 + vendorRows);
      expect(fullReviewScans(queries), query).toEqual([]);
      const page = queries.find((q) => /^select "id", "buyer_name"/.test(q.sql))!;
      // drizzle leaves out an offset of 0
      if (query === "?page=150") {
        expect(page.sql, query).toMatch(/ limit \? offset \?$/);
        expect(page.params.slice(-2), query).toEqual([PAGE_SIZE, 149 * PAGE_SIZE]);
      } else {
        expect(page.sql, query).toMatch(/ limit \?$/);
        expect(page.params.at(-1), query).toBe(PAGE_SIZE);
      }
    }
    fresh.$client.close();
  });

  it("walks page by page to the last; a page past the last shows the last", () => {
    const second = reviews("?page=2").body;
    expect(second.reviews.map((r) => numberOf.get(r.id))).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => 50 + i));
    const last = reviews("?page=999").body;
    expect(last.page).toMatchObject({ page: 200, first: 9951, last: 10_000 });
    expect(last.reviews.map((r) => numberOf.get(r.id)).at(-1)).toBe(COUNT - 1);
  });

  // [query, what each review it keeps must be]: the count is that of the seed, every row on the page fits.
  const filters: [string, (r: SeededReview) => boolean][] = [
    ["?buyer=NORTHWIND", (r) => r.buyerName.startsWith("Northwind")],
    ["?buyer=00042", (r) => r.buyerName.includes("00042")],
    ["?vendor=openai", (r) => r.vendorId === "openai"],
    ["?vendor=other", (r) => r.vendorId === "other"],
    ["?status=draft", (r) => r.status === "draft"],
    ["?stage=renewal", (r) => r.stage === "renewal"],
    ["?exposure=high", (r) => r.exposure === "high"],
    ["?exposure=none", (r) => r.exposure === "none"],
    ["?owner=mette", (r) => r.renewalOwner === "Mette Sørensen"],
    ["?due=overdue", (r) => band(r) === "overdue"],
    ["?due=soon", (r) => band(r) === "soon"],
    ["?due=later", (r) => band(r) === "later"],
    ["?due=none", (r) => r.reviewDue === null],
    [
      "?vendor=google&status=complete&stage=new&owner=Ortiz&due=later",
      (r) =>
        r.vendorId === "google" &&
        r.status === "complete" &&
        r.stage === "new" &&
        (r.renewalOwner ?? "").includes("Ortiz") &&
        band(r) === "later",
    ],
  ];

  it.each(filters)("%s keeps exactly the reviews it names", (query, keep) => {
    const { status, body } = reviews(query);
    expect(status).toBeUndefined();
    const expected = expectedCount(COUNT, TODAY, keep);
    expect(body.page.total).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(COUNT);
    expect(body.reviews).toHaveLength(Math.min(PAGE_SIZE, expected));
    for (const row of body.reviews) expect(keep(seeded(row.id)), row.buyerName ?? row.id).toBe(true);
  });

  it("takes % and _ in a search as the characters typed, not as patterns", () => {
    // "0_0" as a pattern would match "000", "010" …; no buyer's name has an underscore, nor a %.
    for (const query of ["?buyer=0_0", "?buyer=%25", "?buyer=Bank%25Ltd", "?owner=_"]) {
      expect(reviews(query).body.page.total, query).toBe(0);
    }
    expect(reviews("?buyer=000").body.page.total).toBe(expectedCount(COUNT, TODAY, (r) => r.buyerName.includes("000")));
  });
});

describe("the Renewals page with 10,000 reviews", () => {
  it("counts every group, shows the first 50 in due order, grouped overdue first, in under 30 kB of data", () => {
    const { body } = renewals();
    const expected = (["overdue", "soon", "later", "none"] as const).map((group) => ({
      group,
      count: expectedCount(COUNT, TODAY, (r) => band(r) === group),
    }));
    expect(body.counts).toEqual(expected);
    expect(body.page.total).toBe(COUNT);
    const shown = body.groups.flatMap((g) => g.renewals);
    expect(shown).toHaveLength(PAGE_SIZE);
    expect(body.groups.map((g) => g.group)).toEqual(["overdue"]);
    const dues = shown.map((r) => r.reviewDue!);
    expect(dues).toEqual([...dues].sort());
    expect(shown.every((r) => r.daysLeft! < 0)).toBe(true);
    expect(JSON.stringify(body).length).toBeLessThan(PAGE_JSON_MAX);
  });

  it("a page where one group ends starts the next, and the last pages are the reviews with no date", () => {
    const overdue = renewals().body.counts[0].count;
    // The page that holds the last overdue renewal: the rest of it is due in 30 days.
    const boundary = Math.ceil(overdue / PAGE_SIZE);
    const inOverdue = overdue - (boundary - 1) * PAGE_SIZE;
    expect(inOverdue).toBeLessThan(PAGE_SIZE);
    const page = renewals(`?page=${boundary}`).body;
    expect(page.groups.map((g) => g.group)).toEqual(["overdue", "soon"]);
    expect(page.groups[0].renewals).toHaveLength(inOverdue);
    expect(page.groups[1].renewals).toHaveLength(PAGE_SIZE - inOverdue);
    expect(page.groups[1].renewals[0].daysLeft).toBeGreaterThanOrEqual(0);
    const last = renewals("?page=200").body;
    expect(last.groups.map((g) => g.group)).toEqual(["none"]);
    expect(last.groups[0].renewals.every((r) => r.renewalDate === null && r.daysLeft === null)).toBe(true);
  });

  it("reads its page, its counts and the re-reviews through the indexes, no more rows than the page", () => {
    const fresh = freshDb();
    seedManyReviews(fresh, COUNT, TODAY);
    for (const query of ["", "?page=100", "?due=later&page=20", "?buyer=contoso", "?vendor=mistral"]) {
      const { result, queries } = watchQueries(fresh, () => renewalsPage(fresh, url(`/renewals${query}`), NOW));
      expect("body" in result && result.body.groups.length, query).toBeGreaterThan(0);
      const rows = queries.reduce((sum, q) => sum + q.rows, 0);
      // The page's rows (across at most two groups), one row of counts, the page's re-reviews, the vendors.
      expect(rows, query).toBeLessThanOrEqual(PAGE_SIZE + 1 + PAGE_SIZE + vendorRows);
      expect(fullReviewScans(queries), query).toEqual([]);
      for (const slice of queries.filter((q) => /^select "id", "buyer_name"/.test(q.sql))) {
        expect(slice.sql, query).toMatch(/ limit \?( offset \?)?$/);
      }
    }
    fresh.$client.close();
  });

  it("a re-review's own row never offers to start another; the review it renews leads to it", () => {
    const reReview = ids.findIndex((_, i) => renewedBy(i, COUNT, TODAY));
    const { body } = renewals(`?buyer=${String(reReview).padStart(5, "0")}`);
    const rows = body.groups.flatMap((g) => g.renewals);
    const own = rows.find((r) => r.reviewId === ids[reReview])!;
    expect(own).toMatchObject({ offers: "renewedReview", renewsReviewId: ids[reReview + 1], reReview: null });
    const renewed = renewals(`?buyer=${String(reReview + 1).padStart(5, "0")}`).body.groups.flatMap((g) => g.renewals);
    expect(renewed.find((r) => r.reviewId === ids[reReview + 1])).toMatchObject({
      offers: "continue",
      reReview: { id: ids[reReview] },
    });
    // Across a whole page: only a complete review that no re-review renews offers to start one.
    for (const r of renewals("?page=3").body.groups.flatMap((g) => g.renewals)) {
      if (r.offers === "start") expect([r.status, r.renewsReviewId, r.reReview]).toEqual(["complete", null, null]);
    }
  });

  it("filters as the Reviews list does, and counts each group within the filter", () => {
    const keep = (r: SeededReview) => r.vendorId === "anthropic" && r.exposure === "medium";
    const { body } = renewals("?vendor=anthropic&exposure=medium");
    expect(body.page.total).toBe(expectedCount(COUNT, TODAY, keep));
    expect(body.counts.every((c) => c.count > 0)).toBe(true);
    for (const { group, count } of body.counts) {
      expect(count, group).toBe(expectedCount(COUNT, TODAY, (r) => keep(r) && band(r) === group));
    }
    for (const r of body.groups.flatMap((g) => g.renewals)) expect(keep(seeded(r.reviewId))).toBe(true);
    // One group alone: its rows only, the counts of the others still shown to switch to them.
    const later = renewals("?vendor=anthropic&exposure=medium&due=later").body;
    expect(later.page.total).toBe(later.counts.find((c) => c.group === "later")!.count);
    expect(later.groups.map((g) => g.group)).toEqual(["later"]);
    expect(later.counts).toEqual(body.counts);
  });
});

describe("a filter that cannot be read", () => {
  // [query, the field it names, part of its message]
  const refused: [string, string, string][] = [
    ["?status=finished", "status", "Status: “finished” is not one of Draft, Complete."],
    ["?stage=pilot", "stage", "Stage: “pilot” is not one of New purchase, Renewal, Expansion."],
    ["?exposure=critical", "exposure", "Exposure: “critical” is not one of High, Medium, Low, Info, None."],
    ["?due=yesterday", "due", "Re-review due: “yesterday” is not one of Overdue, Due in 30 days, Later, No date."],
    ["?vendor=nosuchvendor", "vendor", "Vendor: “nosuchvendor” is not a vendor of the catalog."],
    ["?page=0", "page", "Page: “0” is not a page number"],
    ["?page=two", "page", "Page: “two” is not a page number"],
    ["?page=-1", "page", "Page: “-1” is not a page number"],
    [`?buyer=${"x".repeat(201)}`, "buyer", "Buyer: at most 200 characters"],
    [`?owner=${"y".repeat(201)}`, "owner", "Renewal owner: at most 200 characters"],
  ];

  it.each(refused)("%s is answered 400 on both lists, naming %s, and lists nothing", (query, field, message) => {
    for (const outcome of [reviews(query), renewals(query)]) {
      expect(outcome.status).toBe(400);
      expect(outcome.body.problems).toEqual([{ field, message: expect.stringContaining(message) }]);
      expect(outcome.body.page.total).toBe(0);
    }
    expect(reviews(query).body.reviews).toEqual([]);
    expect(renewals(query).body.groups).toEqual([]);
  });

  it("names every field that is wrong, and keeps the values typed for the form", () => {
    const { status, body } = reviews("?status=x&exposure=y&buyer=Acme");
    expect(status).toBe(400);
    expect(body.problems.map((p) => p.field)).toEqual(["status", "exposure"]);
    expect(body.filter).toMatchObject({ status: "x", exposure: "y", buyer: "Acme" });
  });

  it("ignores parameters the lists do not know, and takes blanks as any", () => {
    expect(reviews("?utm_source=mail&status=&vendor=+").body.page.total).toBe(COUNT);
  });
});
