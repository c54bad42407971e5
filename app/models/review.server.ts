// Storing and loading reviews. A review's answers are one JSON document in the public answers format;
// every write happens in one BEGIN IMMEDIATE transaction and is refused if it is based on an old version.
// The answers arrive validated and with their listing columns computed (app/use-cases/reviews): this
// module stores what it is given and decides nothing about its meaning.
import { and, eq, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { reviews } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import type { Answers } from "../questionnaire/answers.ts";
import { isQuestionnaireComplete } from "../questionnaire/flow.ts";
import type { QuestionStepId } from "../questionnaire/questions.ts";
import type { Exposure } from "../rules/evaluate.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";
import { REVIEW_STATUSES, type ReviewStatus } from "./review-status.ts";

export { REVIEW_STATUSES, type ReviewStatus };

export interface Review {
  id: string;
  answers: Answers;
  status: ReviewStatus;
  /** Increases by one on every save; a save must name the version it was based on. */
  version: number;
  buyerName: string | null;
  vendorId: string | null;
  vendorName: string | null;
  productLine: string | null;
  stage: string | null;
  renewalDate: string | null;
  /** The highest severity among the findings, once the questionnaire is complete; null before. */
  exposure: Exposure | null;
  renewalOwner: string | null;
  /** When the re-review falls due (app/renewal/due-date.ts, listedReviewDue); null without a renewal date. */
  reviewDue: string | null;
  /** The review this one re-reviews at renewal; null for any other review. */
  renewsReviewId: string | null;
  /** A re-review's steps carried over and not yet saved: open until someone saves them. */
  unconfirmedSteps: string[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A review as the list shows it: everything but the answers. */
export type ReviewSummary = Omit<Review, "answers">;

export type SaveResult =
  { ok: true; review: Review; changed: boolean } | { ok: false; conflict: { currentVersion: number } };

/** Thrown when a review id names no review (the routes turn it into a 404). */
export class ReviewNotFoundError extends Error {
  constructor(readonly reviewId: string) {
    super(`There is no review with the id ${reviewId}.`);
  }
}

type ReviewRow = typeof reviews.$inferSelect;

// Every page and every save of the wizard reads its review by id: the query is prepared once per connection.
const reviewByIdQueries = new WeakMap<Db, { get: (params: { id: string }) => ReviewRow | undefined }>();

function reviewRow(db: Db, id: string): ReviewRow | undefined {
  let query = reviewByIdQueries.get(db);
  if (!query) {
    query = db
      .select()
      .from(reviews)
      .where(eq(reviews.id, sql.placeholder("id")))
      .prepare();
    reviewByIdQueries.set(db, query);
  }
  return query.get({ id });
}

function toSummary(row: ReviewRow): ReviewSummary {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    buyerName: row.buyerName,
    vendorId: row.vendorId,
    vendorName: row.vendorName,
    productLine: row.productLine,
    stage: row.stage,
    renewalDate: row.renewalDate,
    exposure: row.exposure as Exposure | null,
    renewalOwner: row.renewalOwner,
    reviewDue: row.reviewDue,
    renewsReviewId: row.renewsReviewId,
    unconfirmedSteps: row.unconfirmedSteps,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toReview(row: ReviewRow): Review {
  return { ...toSummary(row), answers: row.answers as Answers };
}

/** 16 random bytes, base64url: unguessable, so the address of a review is safe to keep in a bookmark. */
export function newReviewId(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * The columns copied from the answers for listing and filtering, rewritten on every save. Computed by the
 * caller before the write transaction (the exposure runs the rules), so the transaction stays short.
 */
export type ReviewListing = {
  status: ReviewStatus;
  buyerName: string | null;
  vendorId: string | null;
  vendorName: string | null;
  productLine: string | null;
  stage: string | null;
  renewalDate: string | null;
  /** The highest severity among the findings of a complete questionnaire; null for a draft. */
  exposure: Exposure | null;
  renewalOwner: string | null;
  /** renewalDate − reviewLeadDays, or renewalDate while no lead time is answered; null without one. */
  reviewDue: string | null;
};

/**
 * Inserts a new review with `answers`, inside the caller's transaction; the caller records the audit event.
 * Shared by a review started here and a re-review started from the review it renews.
 */
export function insertReview(
  tx: Db,
  answers: Answers,
  listing: ReviewListing,
  options: { by: Actor | null; renewsReviewId?: string | null; unconfirmedSteps?: string[] },
): Review {
  const now = new Date().toISOString();
  const row = tx
    .insert(reviews)
    .values({
      id: newReviewId(),
      answers: answers as Record<string, unknown>,
      version: 1,
      renewsReviewId: options.renewsReviewId ?? null,
      unconfirmedSteps: options.unconfirmedSteps ?? [],
      createdBy: options.by?.name ?? null,
      createdAt: now,
      updatedAt: now,
      ...listing,
    })
    .returning()
    .get();
  return toReview(row);
}

/**
 * Stores a new review, blank or from an answers file (`source`), recorded in the audit trail as `by`'s.
 * `by` is null only where nobody is signed in (unit tests).
 */
export function createReview(
  db: Db,
  answers: Answers,
  listing: ReviewListing,
  options: { by?: Actor | null; source?: "blank" | "answersFile" } = {},
): Review {
  return writeTransaction(db, (tx) => {
    const review = insertReview(tx, answers, listing, { by: options.by ?? null });
    recordEvent(
      tx,
      options.by ?? null,
      "review.created",
      { source: options.source ?? "blank" },
      { reviewId: review.id },
    );
    return review;
  });
}

export function getReview(db: Db, id: string): Review | null {
  const row = reviewRow(db, id);
  return row ? toReview(row) : null;
}

/** The same answers, whatever the order of their keys. */
function sameAnswers(a: Answers, b: Answers): boolean {
  const bag = (answers: Answers) => answers as Record<string, unknown>;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => JSON.stringify(bag(a)[key]) === JSON.stringify(bag(b)[key]))
  );
}

type AnswersUpdate = ReviewListing & {
  id: string;
  expectedVersion: number;
  answers: string;
  version: number;
  updatedAt: string;
  /** JSON, as stored. */
  unconfirmedSteps: string;
};

// The write of a step save, prepared once per connection like the read: building the statement anew cost a
// step save more than running it. The version in the WHERE clause makes the write itself refuse a stale base.
const answersUpdates = new WeakMap<Db, { get: (params: AnswersUpdate) => ReviewRow | undefined }>();

function updateAnswers(db: Db, params: AnswersUpdate): ReviewRow | undefined {
  let query = answersUpdates.get(db);
  if (!query) {
    const p = (name: keyof AnswersUpdate) => sql`${sql.placeholder(name)}`;
    query = db
      .update(reviews)
      .set({
        answers: p("answers"),
        version: p("version"),
        updatedAt: p("updatedAt"),
        status: p("status"),
        buyerName: p("buyerName"),
        vendorId: p("vendorId"),
        vendorName: p("vendorName"),
        productLine: p("productLine"),
        stage: p("stage"),
        renewalDate: p("renewalDate"),
        exposure: p("exposure"),
        unconfirmedSteps: p("unconfirmedSteps"),
        renewalOwner: p("renewalOwner"),
        reviewDue: p("reviewDue"),
      })
      .where(and(eq(reviews.id, sql.placeholder("id")), eq(reviews.version, sql.placeholder("expectedVersion"))))
      .returning()
      .prepare();
    answersUpdates.set(db, query);
  }
  return query.get(params);
}

/** What a write of the answers is, for the audit trail: a step saved, or a file imported. */
type AnswersChange = { by: Actor | null } & ({ kind: "step"; step: QuestionStepId } | { kind: "import" });

/**
 * Writes the answers over `current` (whose version the caller has checked), with the change's audit
 * event, unless they are unchanged (then nothing is written, the event neither).
 */
function writeAnswers(
  tx: Db,
  current: ReviewRow,
  { answers, listing }: { answers: Answers; listing: ReviewListing },
  change: AnswersChange,
): SaveResult {
  // Saving a step confirms it (a re-review's carried-over answers count once saved); a file confirms all.
  const unconfirmedSteps = change.kind === "step" ? current.unconfirmedSteps.filter((s) => s !== change.step) : [];
  const confirmed = unconfirmedSteps.length !== current.unconfirmedSteps.length;
  if (!confirmed && sameAnswers(answers, current.answers as Answers))
    return { ok: true, review: toReview(current), changed: false };
  // Complete only once every step is saved, whatever the answers hold.
  const complete = listing.status === "complete" && isQuestionnaireComplete(answers, unconfirmedSteps);
  const row = updateAnswers(tx, {
    id: current.id,
    expectedVersion: current.version,
    answers: JSON.stringify(answers),
    version: current.version + 1,
    updatedAt: new Date().toISOString(),
    ...listing,
    status: complete ? "complete" : "draft",
    exposure: complete ? listing.exposure : null,
    unconfirmedSteps: JSON.stringify(unconfirmedSteps),
  });
  if (!row) return { ok: false, conflict: { currentVersion: current.version } };
  const about = { reviewId: current.id };
  if (change.kind === "step") recordEvent(tx, change.by, "review.step_saved", { step: change.step }, about);
  else recordEvent(tx, change.by, "review.imported", {}, about);
  return { ok: true, review: toReview(row), changed: true };
}

function currentRow(tx: Db, id: string): ReviewRow {
  const row = reviewRow(tx, id);
  if (!row) throw new ReviewNotFoundError(id);
  return row;
}

/**
 * Saves a review's answers if `expectedVersion` is still the current version, in one transaction with the
 * listing columns. A save based on an older version is refused and overwrites nothing. Answers equal to
 * the stored ones are not written, so merely clicking through a step does not make other tabs stale.
 * Throws ReviewNotFoundError for an unknown id.
 */
export function saveReviewAnswers(
  db: Db,
  id: string,
  input: { expectedVersion: number; answers: Answers; listing: ReviewListing; step: QuestionStepId; by?: Actor | null },
): SaveResult {
  return writeTransaction(db, (tx) => {
    const current = currentRow(tx, id);
    if (current.version !== input.expectedVersion) return { ok: false, conflict: { currentVersion: current.version } };
    return writeAnswers(tx, current, input, { kind: "step", step: input.step, by: input.by ?? null });
  });
}

export type ReplaceResult = SaveResult | { ok: false; complete: true };

/**
 * Replaces every answer of a draft with those of an answers file, under the same version check as a
 * save. A complete review is refused: its answers are a record others may rely on, so a file starts a
 * new review instead.
 */
export function replaceAnswers(
  db: Db,
  id: string,
  input: { expectedVersion: number; answers: Answers; listing: ReviewListing; by?: Actor | null },
): ReplaceResult {
  return writeTransaction(db, (tx) => {
    const current = currentRow(tx, id);
    if (current.version !== input.expectedVersion) return { ok: false, conflict: { currentVersion: current.version } };
    if (current.status === "complete") return { ok: false, complete: true };
    return writeAnswers(tx, current, input, { kind: "import", by: input.by ?? null });
  });
}

/** Downloading the answers file is recorded too: the answers left the app, and who took them. */
export function recordAnswersExport(db: Db, reviewId: string, by: Actor | null): void {
  writeTransaction(db, (tx) => recordEvent(tx, by, "review.exported", {}, { reviewId }));
}
