// The record of generated clause packs. A pack is generated once per (answers, clause-library version):
// asking again for the same pack returns the recorded file, byte for byte, with the same hash.
import { and, desc, eq } from "drizzle-orm";
import { createHash } from "node:crypto";
import { packs } from "../../db/schema.ts";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { generatePack } from "../pack/generate.server.ts";
import { ANSWERS_FILE_VERSION, toAnswersFile, type Answers } from "../questionnaire/answers.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";
import type { Review } from "./review.server.ts";

export interface PackRecord {
  id: number;
  reviewId: string;
  reviewVersion: number;
  generatedAt: string;
  generatedBy: string | null;
  libraryVersion: string;
  answersVersion: number;
  answersSha256: string;
  sha256: string;
  bytes: number;
}

const recordColumns = {
  id: packs.id,
  reviewId: packs.reviewId,
  reviewVersion: packs.reviewVersion,
  generatedAt: packs.generatedAt,
  generatedBy: packs.generatedBy,
  libraryVersion: packs.libraryVersion,
  answersVersion: packs.answersVersion,
  answersSha256: packs.answersSha256,
  sha256: packs.sha256,
  bytes: packs.bytes,
};

/** SHA-256 of the answers in the public file format with keys sorted, so equal answers hash equally. */
export function answersSha256(answers: Answers): string {
  const file = toAnswersFile(answers);
  const sorted = Object.fromEntries(Object.entries(file.answers).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256")
    .update(JSON.stringify({ version: file.version, answers: sorted }))
    .digest("hex");
}

/** Generated packs of a review, newest first (without the files). */
export function listPacks(db: Db, reviewId: string): PackRecord[] {
  return db.select(recordColumns).from(packs).where(eq(packs.reviewId, reviewId)).orderBy(desc(packs.id)).all();
}

export function getPackFile(db: Db, reviewId: string, packId: number): { record: PackRecord; file: Buffer } | null {
  const row = db
    .select({ ...recordColumns, file: packs.file })
    .from(packs)
    .where(and(eq(packs.reviewId, reviewId), eq(packs.id, packId)))
    .get();
  if (!row) return null;
  const { file, ...record } = row;
  return { record, file };
}

/** The id of the pack recorded for the review's current answers and clause library, if there is one. */
export function currentPackId(db: Db, review: Review): number | null {
  const libraryVersion = loadClauseLibrary().version;
  const answersHash = answersSha256(review.answers);
  const existing = db
    .select({ id: packs.id })
    .from(packs)
    .where(
      and(
        eq(packs.reviewId, review.id),
        eq(packs.answersSha256, answersHash),
        eq(packs.libraryVersion, libraryVersion),
      ),
    )
    .orderBy(desc(packs.id))
    .get();
  return existing?.id ?? null;
}

/**
 * The clause pack for the review's current answers and library: the recorded one if it exists, otherwise
 * generated now and recorded (review, when, by whom, library version, answers hash, file hash, file),
 * with its audit event in the same transaction.
 */
export async function packForReview(
  db: Db,
  review: Review,
  options: { by: Actor | null; now?: Date },
): Promise<{ record: PackRecord; file: Buffer; created: boolean }> {
  const libraryVersion = loadClauseLibrary().version;
  const answersHash = answersSha256(review.answers);
  const existing = currentPackId(db, review);
  if (existing !== null) return { ...getPackFile(db, review.id, existing)!, created: false };

  const now = options.now ?? new Date();
  const { docx, sha256 } = await generatePack(db, review.answers, {
    preparedBy: options.by?.name ?? "Not recorded",
    now,
  });
  return writeTransaction(db, (tx) => {
    // Someone else may have generated the same pack while this one was rendered: theirs is the record.
    const meanwhile = currentPackId(tx, review);
    if (meanwhile !== null) return { ...getPackFile(tx, review.id, meanwhile)!, created: false };
    const record = tx
      .insert(packs)
      .values({
        reviewId: review.id,
        reviewVersion: review.version,
        generatedAt: now.toISOString(),
        generatedBy: options.by?.name ?? null,
        libraryVersion,
        answersVersion: ANSWERS_FILE_VERSION,
        answersSha256: answersHash,
        sha256,
        bytes: docx.byteLength,
        file: docx,
      })
      .returning(recordColumns)
      .get();
    recordEvent(tx, options.by, "pack.generated", { packId: record.id, sha256 }, { reviewId: review.id });
    return { record, file: docx, created: true };
  });
}
