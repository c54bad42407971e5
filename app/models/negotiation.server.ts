// What was agreed in a review's negotiation, as stored: the outcome of each clause and the signed
// agreement. Each change is one transaction with its audit event; the event keeps what it replaced.
import { and, asc, eq } from "drizzle-orm";
import { agreements, clauseOutcomes, users } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import type { AgreementInput, ClauseOutcome, OutcomeInput } from "../negotiation/outcomes.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

export interface SignedAgreement extends AgreementInput {
  recordedBy: string | null;
  recordedAt: string;
}

/** A review's recorded outcomes, by the order they were first recorded; who recorded each by name. */
export function listOutcomes(db: Db, reviewId: string): ClauseOutcome[] {
  return db
    .select({
      clauseId: clauseOutcomes.clauseId,
      clauseTitle: clauseOutcomes.clauseTitle,
      position: clauseOutcomes.position,
      fallback: clauseOutcomes.fallback,
      wording: clauseOutcomes.wording,
      approver: clauseOutcomes.approver,
      reason: clauseOutcomes.reason,
      expiresOn: clauseOutcomes.expiresOn,
      recordedBy: users.name,
      recordedAt: clauseOutcomes.recordedAt,
    })
    .from(clauseOutcomes)
    .leftJoin(users, eq(users.id, clauseOutcomes.recordedBy))
    .where(eq(clauseOutcomes.reviewId, reviewId))
    .orderBy(asc(clauseOutcomes.id))
    .all();
}

export function getAgreement(db: Db, reviewId: string): SignedAgreement | null {
  const row = db
    .select({
      title: agreements.title,
      signedOn: agreements.signedOn,
      termMonths: agreements.termMonths,
      recordedBy: users.name,
      recordedAt: agreements.recordedAt,
    })
    .from(agreements)
    .leftJoin(users, eq(users.id, agreements.recordedBy))
    .where(eq(agreements.reviewId, reviewId))
    .get();
  return row ?? null;
}

/**
 * Records (or replaces) what was agreed for one clause, with its audit event. `wording` is the text
 * agreed as it reads now, kept so a later library change does not rewrite what was signed.
 */
export function recordOutcome(
  db: Db,
  reviewId: string,
  clause: { id: string; title: string },
  input: OutcomeInput,
  wording: string,
  by: Actor | null,
): void {
  const now = new Date().toISOString();
  const row = {
    reviewId,
    clauseId: clause.id,
    clauseTitle: clause.title,
    position: input.position,
    fallback: input.position === "fallback" ? input.fallback : null,
    wording,
    approver: input.position === "riskAccepted" ? input.approver : null,
    reason: input.position === "riskAccepted" ? input.reason : null,
    expiresOn: input.position === "riskAccepted" ? input.expiresOn : null,
    recordedBy: by?.id ?? null,
    recordedAt: now,
  };
  writeTransaction(db, (tx) => {
    const previous = tx
      .select({ position: clauseOutcomes.position, fallback: clauseOutcomes.fallback })
      .from(clauseOutcomes)
      .where(and(eq(clauseOutcomes.reviewId, reviewId), eq(clauseOutcomes.clauseId, clause.id)))
      .get();
    tx.insert(clauseOutcomes)
      .values(row)
      .onConflictDoUpdate({ target: [clauseOutcomes.reviewId, clauseOutcomes.clauseId], set: row })
      .run();
    recordEvent(
      tx,
      by,
      "negotiation.outcome_recorded",
      {
        clauseId: clause.id,
        clauseTitle: clause.title,
        position: input.position,
        ...(row.fallback === null ? {} : { fallback: row.fallback }),
        ...(row.expiresOn === null ? {} : { approver: row.approver!, expiresOn: row.expiresOn }),
        ...(previous
          ? {
              replaced: {
                position: previous.position,
                ...(previous.fallback === null ? {} : { fallback: previous.fallback }),
              },
            }
          : {}),
      },
      { reviewId },
    );
  });
}

/** Records (or replaces) the signed agreement of a review, with its audit event. */
export function recordAgreement(db: Db, reviewId: string, input: AgreementInput, by: Actor | null): void {
  const row = { reviewId, ...input, recordedBy: by?.id ?? null, recordedAt: new Date().toISOString() };
  writeTransaction(db, (tx) => {
    const previous = getAgreement(tx, reviewId);
    tx.insert(agreements).values(row).onConflictDoUpdate({ target: agreements.reviewId, set: row }).run();
    recordEvent(
      tx,
      by,
      "negotiation.agreement_recorded",
      {
        title: input.title,
        signedOn: input.signedOn,
        termMonths: input.termMonths,
        ...(previous
          ? { replaced: { title: previous.title, signedOn: previous.signedOn, termMonths: previous.termMonths } }
          : {}),
      },
      { reviewId },
    );
  });
}

/**
 * Copies the positions agreed in one review to its re-review, as they were recorded (who, when, the
 * wording), inside the caller's transaction: the re-review starts from what was agreed. Returns how many.
 */
export function carryOutcomes(tx: Db, fromReviewId: string, toReviewId: string): number {
  const rows = tx
    .select()
    .from(clauseOutcomes)
    .where(eq(clauseOutcomes.reviewId, fromReviewId))
    .orderBy(asc(clauseOutcomes.id))
    .all();
  for (const { id: _id, ...row } of rows)
    tx.insert(clauseOutcomes)
      .values({ ...row, reviewId: toReviewId })
      .run();
  return rows.length;
}
