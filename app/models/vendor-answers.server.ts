// The vendor's written answers to a review's questionnaire and the provisions they settle for it: stored
// and loaded, each write in one transaction with its audit event. An answer to the same question replaces
// the row; what it replaced is kept in the event's details (the audit trail is append-only, the row not).
import { and, asc, eq, sql } from "drizzle-orm";

import { reviews, vendorAnswers, writtenProvisions } from "../../db/schema.ts";
import type { Actor, PreviousVendorAnswer } from "../audit/events.ts";
import type { ProductLine, ProvisionKey } from "../catalog/types.ts";
import type { WrittenAnswer } from "../negotiation/vendor-answers-fields.ts";
import type { Exposure } from "../rules/evaluate.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

/** One written answer as the vendor gave it. */
export type VendorAnswerInput = WrittenAnswer;

export interface VendorAnswer extends VendorAnswerInput {
  id: number;
  via: "import" | "typed" | "carried";
  recordedBy: string | null;
  recordedAt: string;
}

/** What a written answer settles for the review: a provision the catalog does not record for its line. */
export interface WrittenProvisionInput {
  questionId: string;
  productLine: ProductLine;
  key: ProvisionKey;
  value: string;
  statement: string;
}

/** A written provision with the answer it rests on: who answered, when, on which document. */
export interface StoredWrittenProvision extends WrittenProvisionInput {
  id: number;
  answerId: number;
  answeredBy: string;
  answeredOn: string;
  document: string;
  recordedAt: string;
}

type AnswerRow = typeof vendorAnswers.$inferSelect;

function toAnswer(row: AnswerRow): VendorAnswer {
  return {
    id: row.id,
    questionId: row.questionId,
    question: row.question,
    answer: row.answer,
    document: row.document,
    answeredBy: row.answeredBy,
    answeredOn: row.answeredOn,
    via: row.via,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

/** A review's written answers, in the order they were first recorded. */
export function listVendorAnswers(db: Db, reviewId: string): VendorAnswer[] {
  return db
    .select()
    .from(vendorAnswers)
    .where(eq(vendorAnswers.reviewId, reviewId))
    .orderBy(asc(vendorAnswers.id))
    .all()
    .map(toAnswer);
}

function writtenProvisionsQuery(db: Db) {
  return db
    .select({
      id: writtenProvisions.id,
      answerId: writtenProvisions.answerId,
      questionId: vendorAnswers.questionId,
      productLine: writtenProvisions.productLine,
      key: writtenProvisions.key,
      value: writtenProvisions.value,
      statement: writtenProvisions.statement,
      answeredBy: vendorAnswers.answeredBy,
      answeredOn: vendorAnswers.answeredOn,
      document: vendorAnswers.document,
      recordedAt: writtenProvisions.recordedAt,
    })
    .from(writtenProvisions)
    .innerJoin(vendorAnswers, eq(vendorAnswers.id, writtenProvisions.answerId))
    .where(eq(writtenProvisions.reviewId, sql.placeholder("reviewId")))
    .orderBy(asc(writtenProvisions.id))
    .prepare();
}

// Every step save of a complete review reads these (its exposure counts them): the query is prepared once
// per connection, as building it anew each time cost more than running it.
const writtenQueries = new WeakMap<Db, ReturnType<typeof writtenProvisionsQuery>>();

/** What a review's written answers settle, each with the answer it rests on. */
export function listWrittenProvisions(db: Db, reviewId: string): StoredWrittenProvision[] {
  let query = writtenQueries.get(db);
  if (!query) {
    query = writtenProvisionsQuery(db);
    writtenQueries.set(db, query);
  }
  return query.all({ reviewId }).map((row) => ({ ...row, key: row.key as ProvisionKey }));
}

const previousOf = (row: AnswerRow): PreviousVendorAnswer => ({
  questionId: row.questionId,
  answer: row.answer,
  document: row.document,
  answeredBy: row.answeredBy,
  answeredOn: row.answeredOn,
  via: row.via,
});

const sameAnswer = (row: AnswerRow, input: VendorAnswerInput) =>
  row.answer === input.answer &&
  row.document === input.document &&
  row.answeredBy === input.answeredBy &&
  row.answeredOn === input.answeredOn;

function currentAnswer(tx: Db, reviewId: string, questionId: string): AnswerRow | undefined {
  return tx
    .select()
    .from(vendorAnswers)
    .where(and(eq(vendorAnswers.reviewId, reviewId), eq(vendorAnswers.questionId, questionId)))
    .get();
}

type Upserted = { kind: "added" | "unchanged" } | { kind: "replaced"; previous: PreviousVendorAnswer };

/** Writes one answer over the question's row (or adds it), inside the caller's transaction. */
function upsertAnswer(
  tx: Db,
  reviewId: string,
  input: VendorAnswerInput,
  via: VendorAnswer["via"],
  by: Actor | null,
  at: string,
): Upserted {
  const existing = currentAnswer(tx, reviewId, input.questionId);
  if (existing && sameAnswer(existing, input)) return { kind: "unchanged" };
  const values = { ...input, via, recordedBy: by?.id ?? null, recordedAt: at };
  if (!existing) {
    tx.insert(vendorAnswers)
      .values({ reviewId, ...values })
      .run();
    return { kind: "added" };
  }
  // The row keeps its id, so what it settles (written_provisions.answer_id) now rests on the new answer.
  tx.update(vendorAnswers).set(values).where(eq(vendorAnswers.id, existing.id)).run();
  return { kind: "replaced", previous: previousOf(existing) };
}

export interface ImportedAnswers {
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * The answers of a filled-in questionnaire, all in one transaction with one audit event: every answer is
 * recorded or none is. Answers the review already holds word for word are left as they were; when all
 * are, nothing is written and no event recorded.
 */
export function recordImportedAnswers(
  db: Db,
  reviewId: string,
  answers: readonly VendorAnswerInput[],
  options: { by: Actor | null; generatedAt: string },
): ImportedAnswers {
  return writeTransaction(db, (tx) => {
    const at = new Date().toISOString();
    const results = answers.map((a) => upsertAnswer(tx, reviewId, a, "import", options.by, at));
    const replaced = results.flatMap((r) => (r.kind === "replaced" ? [r.previous] : []));
    const counts = {
      added: results.filter((r) => r.kind === "added").length,
      replaced: replaced.length,
      unchanged: results.filter((r) => r.kind === "unchanged").length,
    };
    if (counts.added + counts.replaced > 0) {
      recordEvent(
        tx,
        options.by,
        "negotiation.vendor_answers_imported",
        { answers: answers.length, added: counts.added, replaced, generatedAt: options.generatedAt },
        { reviewId },
      );
    }
    return counts;
  });
}

/** One answer typed in: recorded (or replacing the question's answer) with its audit event. */
export function recordTypedAnswer(
  db: Db,
  reviewId: string,
  answer: VendorAnswerInput,
  by: Actor | null,
): Upserted["kind"] {
  return writeTransaction(db, (tx) => {
    const result = upsertAnswer(tx, reviewId, answer, "typed", by, new Date().toISOString());
    if (result.kind !== "unchanged") {
      recordEvent(
        tx,
        by,
        "negotiation.vendor_answer_recorded",
        { questionId: answer.questionId, replaced: result.kind === "replaced" ? result.previous : null },
        { reviewId },
      );
    }
    return result.kind;
  });
}

/**
 * What an answer settles for the review, recorded with its audit event, replacing what an earlier answer
 * settled for the same line and key; `exposure` (worked out by the caller with it) goes on the review's
 * row in the same transaction, so the lists show what the review now shows. Null when the question has
 * no answer (yet).
 */
export function recordWrittenProvision(
  db: Db,
  reviewId: string,
  input: WrittenProvisionInput,
  options: { by: Actor | null; exposure: Exposure | null },
): StoredWrittenProvision | null {
  return writeTransaction(db, (tx) => {
    const answer = currentAnswer(tx, reviewId, input.questionId);
    if (!answer) return null;
    const same = and(
      eq(writtenProvisions.reviewId, reviewId),
      eq(writtenProvisions.productLine, input.productLine),
      eq(writtenProvisions.key, input.key),
    );
    const existing = tx.select().from(writtenProvisions).where(same).get();
    const previousQuestion = existing
      ? (tx.select().from(vendorAnswers).where(eq(vendorAnswers.id, existing.answerId)).get()?.questionId ?? "")
      : "";
    const values = {
      answerId: answer.id,
      value: input.value,
      statement: input.statement,
      recordedBy: options.by?.id ?? null,
      recordedAt: new Date().toISOString(),
    };
    if (existing) tx.update(writtenProvisions).set(values).where(eq(writtenProvisions.id, existing.id)).run();
    else
      tx.insert(writtenProvisions)
        .values({ reviewId, productLine: input.productLine, key: input.key, ...values })
        .run();
    if (options.exposure !== null)
      tx.update(reviews).set({ exposure: options.exposure }).where(eq(reviews.id, reviewId)).run();
    recordEvent(
      tx,
      options.by,
      "negotiation.written_provision_recorded",
      {
        questionId: input.questionId,
        productLine: input.productLine,
        key: input.key,
        value: input.value,
        statement: input.statement,
        replaced: existing
          ? { questionId: previousQuestion, value: existing.value, statement: existing.statement }
          : null,
      },
      { reviewId },
    );
    return listWrittenProvisions(tx, reviewId).find((p) => p.productLine === input.productLine && p.key === input.key)!;
  });
}

/**
 * Records that a written provision was proposed to the catalog, inside the caller's transaction (the
 * catalog version itself is recorded with the catalog's own event, in the same one).
 */
export function recordProposal(
  tx: Db,
  reviewId: string,
  proposal: { vendorId: string; vendorName: string; productLine: ProductLine; key: ProvisionKey; version: number },
  by: Actor | null,
): void {
  recordEvent(tx, by, "negotiation.written_provision_proposed", proposal, { reviewId });
}

/**
 * Copies a review's written answers, and what they settle, to the re-review that renews it, as they were
 * answered (via "carried": the vendor said it then, for the agreement now up for renewal). Runs inside the
 * caller's transaction, with one audit event on the re-review where anything was carried.
 */
export function carryVendorAnswers(
  tx: Db,
  fromReviewId: string,
  toReviewId: string,
  by: Actor | null = null,
): { answers: number; provisions: number } {
  const at = new Date().toISOString();
  const answerIds = new Map<number, number>();
  for (const a of listVendorAnswers(tx, fromReviewId)) {
    const { id, via: _via, recordedBy: _by, recordedAt: _at, ...answer } = a;
    const row = tx
      .insert(vendorAnswers)
      .values({ reviewId: toReviewId, ...answer, via: "carried", recordedBy: by?.id ?? null, recordedAt: at })
      .returning({ id: vendorAnswers.id })
      .get();
    answerIds.set(id, row.id);
  }
  const provisions = tx.select().from(writtenProvisions).where(eq(writtenProvisions.reviewId, fromReviewId)).all();
  for (const p of provisions) {
    tx.insert(writtenProvisions)
      .values({
        reviewId: toReviewId,
        answerId: answerIds.get(p.answerId)!,
        productLine: p.productLine,
        key: p.key,
        value: p.value,
        statement: p.statement,
        recordedBy: by?.id ?? null,
        recordedAt: at,
      })
      .run();
  }
  const carried = { answers: answerIds.size, provisions: provisions.length };
  if (carried.answers > 0) {
    recordEvent(tx, by, "negotiation.vendor_answers_carried", { fromReviewId, ...carried }, { reviewId: toReviewId });
  }
  return carried;
}
