// The web side of every download: the response, its type, its file name and its headers. Never cached:
// these are a company's records, and each download of a pack or the answers is recorded.
import { createReadableStreamFromReadable } from "@remix-run/node";
import fs from "node:fs";
import type { Backup } from "../use-cases/admin/take-backup.server.ts";
import type { Review } from "../models/review.server.ts";
import { toAnswersFile } from "../questionnaire/answers.ts";
import type { PackDownload } from "../use-cases/packs/download-pack.server.ts";
import { DOCUMENT_FORMATS, type DocumentKind } from "../pack/document-kinds.ts";
import { answersFileName, contentDisposition, documentFileName, packFileName } from "./filename.ts";

/** A recorded document: an attachment named `name`, with the file's hash, never cached. */
function recordedDocumentResponse(file: Buffer, kind: DocumentKind, name: string, sha256: string): Response {
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": DOCUMENT_FORMATS[kind].contentType,
      "Content-Disposition": contentDisposition(name),
      "Content-Length": String(file.byteLength),
      "Cache-Control": "no-store",
      "X-Content-SHA256": sha256,
    },
  });
}

/** A document download: attachment with a safe name from kind, buyer, vendor and date; with the file's hash. */
export function packResponse({ file, record, review }: PackDownload): Response {
  const kind = record.kind as DocumentKind;
  const format = DOCUMENT_FORMATS[kind];
  const date = record.generatedAt.slice(0, 10);
  const name =
    record.kind === "memo"
      ? packFileName(review.buyerName ?? "", review.vendorName ?? "", date)
      : documentFileName(format.name, format.extension, review.buyerName ?? "", review.vendorName ?? "", date);
  return recordedDocumentResponse(file, kind, name, record.sha256);
}

/** A document of a hand-built pack, as recorded: named by kind, buyer, vendor and date, with its hash. */
export function handPackDocumentResponse({
  pack,
  record,
  file,
}: {
  pack: { buyerName: string; vendorName: string };
  record: { kind: "memo" | "addendum"; generatedAt: string; sha256: string };
  file: Buffer;
}): Response {
  const format = DOCUMENT_FORMATS[record.kind];
  const date = record.generatedAt.slice(0, 10);
  const name = documentFileName(format.name, format.extension, pack.buyerName, pack.vendorName, date);
  return recordedDocumentResponse(file, record.kind, name, record.sha256);
}

/** A Word document made on request and not recorded (the reconfirmation checklist), never cached. */
export function docxResponse({ file, name }: { file: Buffer; name: string }): Response {
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": DOCUMENT_FORMATS.memo.contentType,
      "Content-Disposition": contentDisposition(name),
      "Content-Length": String(file.byteLength),
      "Cache-Control": "no-store",
    },
  });
}

/** A calendar file (RFC 5545), as an attachment, never cached: it lists who renews with whom. */
export function calendarResponse({ text, name }: { text: string; name: string }): Response {
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(name),
      "Cache-Control": "no-store",
    },
  });
}

/** The review's answers file (the public format), pretty-printed. */
export function answersFileResponse(review: Review): Response {
  return new Response(`${JSON.stringify(toAnswersFile(review.answers), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${answersFileName(review.buyerName, review.id)}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The database backup, streamed from its temporary file, which goes once it is sent (or abandoned). */
export function backupResponse(backup: Backup): Response {
  const stream = fs.createReadStream(backup.file);
  stream.on("close", backup.done);
  return new Response(createReadableStreamFromReadable(stream), {
    headers: {
      "Content-Type": "application/vnd.sqlite3",
      "Content-Disposition": contentDisposition(backup.name),
      "Content-Length": String(backup.bytes),
      "Cache-Control": "no-store",
    },
  });
}
