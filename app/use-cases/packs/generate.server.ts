// A review's answers → its pack model → its documents (the memo, the addendum, the questionnaire). The
// preview, the downloads and the command line all build the pack model here, so what the preview shows
// is what the downloads hold.
import { createHash } from "node:crypto";
import { buildClausePack } from "../../pack/build-pack.ts";
import type { DocumentKind } from "../../pack/document-kinds.ts";
import { renderDocumentOffThread } from "../../pack/render-off-thread.server.ts";
import { ANSWERS_FILE_VERSION, type Answers } from "../../questionnaire/answers.ts";
import type { Db } from "../../utils/db.server.ts";
import { contractingPartyFor, evaluateAnswers } from "../reviews/evaluate.server.ts";

function contractingPartyOf(db: Db, answers: Answers) {
  const { name, candidates } = contractingPartyFor(db, answers);
  return { contractingParty: name, contractingCandidates: candidates };
}

/** How a document is made: by whom, when, and for which review (whose vendor's written answers count). */
export interface MadeFor {
  preparedBy: string;
  now?: Date;
  reviewId?: string;
}

/** The pack model of complete answers, as prepared by `preparedBy` at `now`. */
export function packModelFor(db: Db, answers: Answers, options: MadeFor) {
  const { evaluation, library, vendorName } = evaluateAnswers(db, answers, { reviewId: options.reviewId });
  const pack = buildClausePack({
    evaluation,
    library,
    vendorName,
    preparedBy: options.preparedBy,
    generatedAt: (options.now ?? new Date()).toISOString(),
    answersVersion: ANSWERS_FILE_VERSION,
    ...contractingPartyOf(db, answers),
  });
  return { evaluation, library, pack };
}

/** The pack model and one of its documents, with the file's SHA-256. */
export async function generateDocument(db: Db, answers: Answers, kind: DocumentKind, options: MadeFor) {
  const { evaluation, library, pack } = packModelFor(db, answers, options);
  const file = await renderDocumentOffThread(kind, pack);
  return { evaluation, library, pack, file, sha256: sha256Of(file) };
}

/** The pack model and its memo (the clause pack of old), with the file's SHA-256. */
export async function generatePack(db: Db, answers: Answers, options: MadeFor) {
  const { file, ...rest } = await generateDocument(db, answers, "memo", options);
  return { ...rest, docx: file };
}

export function sha256Of(file: Buffer): string {
  return createHash("sha256").update(file).digest("hex");
}
