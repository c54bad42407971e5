// Downloading a review's documents: the current one of a kind (generated and recorded on first request), or one
// recorded earlier, exactly as it was handed out.
import { createHash } from "node:crypto";
import type { Actor } from "../../audit/events.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import { findPackId, getPackFile, type PackRecord } from "../../models/pack.server.ts";
import { recordPackOffThread } from "../../models/record-off-thread.server.ts";
import type { Review } from "../../models/review.server.ts";
import { ANSWERS_FILE_VERSION, toAnswersFile, type Answers } from "../../questionnaire/answers.ts";
import type { Db } from "../../utils/db.server.ts";
import { refuse } from "../../http/refuse.ts";
import { requireCompleteReview, requireReview } from "../reviews/load-review.server.ts";
import { DOCUMENT_FORMATS, type DocumentFormat, type DocumentKind } from "../../pack/document-kinds.ts";
import type { WrittenProvision } from "../../rules/evaluate.ts";
import { writtenProvisionsOf } from "../reviews/evaluate.server.ts";
import { generateDocument } from "./generate.server.ts";

/** SHA-256 of the answers in the public file format with keys sorted, so equal answers hash equally. */
export function answersSha256(answers: Answers): string {
  const file = toAnswersFile(answers);
  const sorted = Object.fromEntries(Object.entries(file.answers).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256")
    .update(JSON.stringify({ version: file.version, answers: sorted }))
    .digest("hex");
}

/**
 * What a review's documents are made from besides the clause library: its answers, and what the vendor's
 * written answers settle for it. Without written provisions this is the answers' hash itself, so a
 * document recorded before a review had any stays the current one; each new written provision makes a new
 * document rather than serve the one recorded before it.
 */
export function documentInputsSha256(answers: Answers, written: readonly WrittenProvision[]): string {
  const answersHash = answersSha256(answers);
  if (written.length === 0) return answersHash;
  const settled = written
    .map((w) => [w.productLine, w.key, w.value, w.statement, w.questionId, w.answeredBy, w.answeredOn, w.document])
    .sort((a, b) => `${a[0]}:${a[1]}`.localeCompare(`${b[0]}:${b[1]}`));
  return createHash("sha256")
    .update(JSON.stringify({ answers: answersHash, writtenProvisions: settled }))
    .digest("hex");
}

export interface PackDownload {
  review: Review;
  record: PackRecord;
  file: Buffer;
  created: boolean;
}

/**
 * The document of this kind for the review's current answers and library: the recorded one if it exists,
 * otherwise generated now and recorded (review, kind, when, by whom, library version, answers hash, file
 * hash, file), with its audit event in the same transaction.
 */
export async function documentForReview(
  db: Db,
  review: Review,
  kind: DocumentKind,
  options: { by: Actor | null; now?: Date },
): Promise<Omit<PackDownload, "review">> {
  const written = writtenProvisionsOf(db, review.id);
  const made = {
    kind,
    answersSha256: documentInputsSha256(review.answers, written),
    libraryVersion: currentLibrary(db).version,
  };
  const existing = findPackId(db, review.id, made);
  if (existing !== null) return { ...getPackFile(db, review.id, existing)!, created: false };

  const now = options.now ?? new Date();
  const { file, sha256 } = await generateDocument(db, review.answers, kind, {
    preparedBy: options.by?.name ?? "Not recorded",
    now,
    reviewId: review.id,
  });
  const values = {
    reviewId: review.id,
    reviewVersion: review.version,
    generatedAt: now.toISOString(),
    generatedBy: options.by?.name ?? null,
    answersVersion: ANSWERS_FILE_VERSION,
    sha256,
    file,
    ...made,
  };
  // Off the event loop: the commit waits for the disk (synchronous=FULL), which can take a tenth of a second.
  return recordPackOffThread(db, values, options.by);
}

/** The memo (the clause pack) for the review's current answers and library, recorded as `documentForReview`. */
export function packForReview(db: Db, review: Review, options: { by: Actor | null; now?: Date }) {
  return documentForReview(db, review, "memo", options);
}

/** Download the current document of a complete review (404 for no review, 409 for a questionnaire not finished). */
export async function downloadCurrentDocument(
  db: Db,
  reviewId: string | undefined,
  kind: DocumentKind,
  by: Actor | null,
): Promise<PackDownload> {
  const review = requireCompleteReview(db, reviewId);
  return { review, ...(await documentForReview(db, review, kind, { by })) };
}

/** Download the current pack of a complete review (404 for no review, 409 for a questionnaire not finished). */
export async function downloadCurrentPack(
  db: Db,
  reviewId: string | undefined,
  by: Actor | null,
): Promise<PackDownload> {
  return downloadCurrentDocument(db, reviewId, "memo", by);
}

/**
 * Download a document recorded earlier, byte for byte, at the address that ends as its file does: 404 for
 * no such review or document, or a workbook asked for as .docx (and the reverse).
 */
export function downloadRecordedPack(
  db: Db,
  reviewId: string | undefined,
  packId: string | undefined,
  extension: DocumentFormat["extension"],
): PackDownload {
  const review = requireReview(db, reviewId);
  const id = /^[1-9][0-9]{0,15}$/.test(packId ?? "") ? Number(packId) : NaN;
  const pack = Number.isSafeInteger(id) ? getPackFile(db, review.id, id) : null;
  if (!pack || DOCUMENT_FORMATS[pack.record.kind].extension !== extension)
    throw refuse(404, `There is no such document (.${extension}) for this review.`);
  return { review, ...pack, created: false };
}
