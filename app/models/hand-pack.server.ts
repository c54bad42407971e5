// Legal's hand-built packs and their documents: stored and loaded here, each pack with the documents it
// was delivered as and their audit events in one transaction, so a pack never exists without its files
// (nor a file without its record).
import { count, desc, eq, and } from "drizzle-orm";
import { handPackDocuments, handPacks, users } from "../../db/schema.ts";
import type { Actor } from "../audit/events.ts";
import { writeTransaction, type Db } from "../utils/db.server.ts";
import { recordEvent } from "./audit.server.ts";

export type HandPackDocumentKind = (typeof handPackDocuments.kind.enumValues)[number];

export interface HandPackRecord {
  id: number;
  buyerName: string;
  vendorId: string | null;
  vendorName: string;
  productLines: string[];
  selections: { id: string; variant?: string }[];
  values: Record<string, unknown>;
  libraryVersion: string;
  createdBy: string | null;
  /** The name of who built it, as the users table has it now; null when not recorded. */
  createdByName: string | null;
  createdAt: string;
}

export interface HandPackDocumentRecord {
  id: number;
  handPackId: number;
  kind: HandPackDocumentKind;
  generatedAt: string;
  generatedBy: string | null;
  libraryVersion: string;
  sha256: string;
  bytes: number;
}

const packColumns = {
  id: handPacks.id,
  buyerName: handPacks.buyerName,
  vendorId: handPacks.vendorId,
  vendorName: handPacks.vendorName,
  productLines: handPacks.productLines,
  selections: handPacks.selections,
  values: handPacks.values,
  libraryVersion: handPacks.libraryVersion,
  createdBy: handPacks.createdBy,
  createdByName: users.name,
  createdAt: handPacks.createdAt,
};

const documentColumns = {
  id: handPackDocuments.id,
  handPackId: handPackDocuments.handPackId,
  kind: handPackDocuments.kind,
  generatedAt: handPackDocuments.generatedAt,
  generatedBy: handPackDocuments.generatedBy,
  libraryVersion: handPackDocuments.libraryVersion,
  sha256: handPackDocuments.sha256,
  bytes: handPackDocuments.bytes,
};

export type NewHandPack = Omit<HandPackRecord, "id" | "createdByName">;
export interface NewHandPackDocument {
  kind: HandPackDocumentKind;
  sha256: string;
  file: Buffer;
}

/**
 * Records a hand-built pack and its documents (generated at `pack.createdAt` by `by`, from the library
 * version of the pack), with one event for the pack and one per document, in one transaction.
 */
export function insertHandPack(
  db: Db,
  pack: NewHandPack,
  documents: readonly NewHandPackDocument[],
  by: Actor | null,
): { id: number; documents: HandPackDocumentRecord[] } {
  return writeTransaction(db, (tx) => {
    const { id } = tx.insert(handPacks).values(pack).returning({ id: handPacks.id }).get();
    const names = { buyerName: pack.buyerName, vendorName: pack.vendorName };
    recordEvent(tx, by, "hand_pack.built", {
      handPackId: id,
      ...names,
      clauses: pack.selections.length,
      libraryVersion: pack.libraryVersion,
    });
    const records = documents.map((d) => {
      const record = tx
        .insert(handPackDocuments)
        .values({
          handPackId: id,
          kind: d.kind,
          generatedAt: pack.createdAt,
          generatedBy: by?.name ?? null,
          libraryVersion: pack.libraryVersion,
          sha256: d.sha256,
          bytes: d.file.byteLength,
          file: d.file,
        })
        .returning(documentColumns)
        .get();
      recordEvent(tx, by, "hand_pack.document_generated", {
        handPackId: id,
        kind: d.kind,
        ...names,
        sha256: d.sha256,
      });
      return record;
    });
    return { id, documents: records };
  });
}

export function getHandPack(db: Db, id: number): HandPackRecord | null {
  return (
    db
      .select(packColumns)
      .from(handPacks)
      .leftJoin(users, eq(users.id, handPacks.createdBy))
      .where(eq(handPacks.id, id))
      .get() ?? null
  );
}

/** The documents of a pack, in the order they were recorded (without the files). */
export function listHandPackDocuments(db: Db, handPackId: number): HandPackDocumentRecord[] {
  return db
    .select(documentColumns)
    .from(handPackDocuments)
    .where(eq(handPackDocuments.handPackId, handPackId))
    .orderBy(handPackDocuments.id)
    .all();
}

/** The newest document of this kind recorded for the pack, with its file exactly as delivered. */
export function getHandPackDocument(
  db: Db,
  handPackId: number,
  kind: HandPackDocumentKind,
): { record: HandPackDocumentRecord; file: Buffer } | null {
  const row = db
    .select({ ...documentColumns, file: handPackDocuments.file })
    .from(handPackDocuments)
    .where(and(eq(handPackDocuments.handPackId, handPackId), eq(handPackDocuments.kind, kind)))
    .orderBy(desc(handPackDocuments.id))
    .get();
  if (!row) return null;
  const { file, ...record } = row;
  return { record, file };
}

export function countHandPacks(db: Db): number {
  return db.select({ n: count() }).from(handPacks).get()?.n ?? 0;
}

/** One page of the packs, newest first (the id breaks a tie of the same instant). */
export function listHandPackPage(db: Db, page: { offset: number; limit: number }): HandPackRecord[] {
  return db
    .select(packColumns)
    .from(handPacks)
    .leftJoin(users, eq(users.id, handPacks.createdBy))
    .orderBy(desc(handPacks.createdAt), desc(handPacks.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}
