// The record of generated clause packs: one row per pack handed out, with the file exactly as delivered.
import { and, desc, eq } from "drizzle-orm";
import { packs } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

export interface PackRecord {
  id: number;
  reviewId: string;
  reviewVersion: number;
  /** Which document: the memo, the addendum or the vendor questionnaire. */
  kind: PackKind;
  generatedAt: string;
  generatedBy: string | null;
  libraryVersion: string;
  answersVersion: number;
  answersSha256: string;
  sha256: string;
  bytes: number;
}

export type PackKind = (typeof packs.kind.enumValues)[number];

const recordColumns = {
  id: packs.id,
  reviewId: packs.reviewId,
  reviewVersion: packs.reviewVersion,
  kind: packs.kind,
  generatedAt: packs.generatedAt,
  generatedBy: packs.generatedBy,
  libraryVersion: packs.libraryVersion,
  answersVersion: packs.answersVersion,
  answersSha256: packs.answersSha256,
  sha256: packs.sha256,
  bytes: packs.bytes,
};

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

/** The newest pack recorded for these answers (by hash) and this clause library version, if any. */
export function findPackId(
  db: Db,
  reviewId: string,
  made: { kind: PackKind; answersSha256: string; libraryVersion: string },
): number | null {
  const existing = db
    .select({ id: packs.id })
    .from(packs)
    .where(
      and(
        eq(packs.reviewId, reviewId),
        eq(packs.kind, made.kind),
        eq(packs.answersSha256, made.answersSha256),
        eq(packs.libraryVersion, made.libraryVersion),
      ),
    )
    .orderBy(desc(packs.id))
    .get();
  return existing?.id ?? null;
}

/** Records a generated pack with its audit event, inside the caller's transaction. */
export function insertPack(
  tx: Db,
  values: Omit<PackRecord, "id" | "bytes"> & { file: Buffer },
  by: Actor | null,
): PackRecord {
  const record = tx
    .insert(packs)
    .values({ ...values, bytes: values.file.byteLength })
    .returning(recordColumns)
    .get();
  recordEvent(
    tx,
    by,
    "pack.generated",
    { packId: record.id, sha256: record.sha256, kind: record.kind },
    { reviewId: values.reviewId },
  );
  return record;
}

/** A document to record: the row's values and the file. */
export type NewPack = Omit<PackRecord, "id" | "bytes"> & { file: Buffer };

/**
 * Records a document generated for a review, with its audit event, in one transaction, unless the same
 * document (review, kind, answers, library) was recorded meanwhile by another request: theirs is the record.
 */
export function recordPack(
  db: Db,
  values: NewPack,
  by: Actor | null,
): { record: PackRecord; file: Buffer; created: boolean } {
  return writeTransaction(db, (tx) => {
    const meanwhile = findPackId(tx, values.reviewId, values);
    if (meanwhile !== null) return { ...getPackFile(tx, values.reviewId, meanwhile)!, created: false };
    return { record: insertPack(tx, values, by), file: values.file, created: true };
  });
}
