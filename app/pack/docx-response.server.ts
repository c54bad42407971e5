import type { PackRecord } from "../models/pack.server.ts";
import type { Review } from "../models/review.server.ts";
import { contentDisposition, packFileName } from "./filename.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A .docx download: attachment with a safe name from buyer, vendor and date; never cached. */
export function docxResponse(file: Buffer, record: PackRecord, review: Review): Response {
  const name = packFileName(review.buyerName ?? "", review.vendorName ?? "", record.generatedAt.slice(0, 10));
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": DOCX,
      "Content-Disposition": contentDisposition(name),
      "Content-Length": String(file.byteLength),
      "Cache-Control": "no-store",
      "X-Content-SHA256": record.sha256,
    },
  });
}
