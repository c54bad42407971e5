// A review's answers → its pack model → the .docx. The preview, the download and the command line all
// build the pack model here, so what the preview shows is what the download holds.
import { createHash } from "node:crypto";
import { buildClausePack } from "../../pack/build-pack.ts";
import { renderPackDocxOffThread } from "../../pack/render-off-thread.server.ts";
import { ANSWERS_FILE_VERSION, type Answers } from "../../questionnaire/answers.ts";
import type { Db } from "../../utils/db.server.ts";
import { evaluateAnswers } from "../reviews/evaluate.server.ts";

/** The pack model of complete answers, as prepared by `preparedBy` at `now`. */
export function packModelFor(db: Db, answers: Answers, options: { preparedBy: string; now?: Date }) {
  const { evaluation, library, vendorName } = evaluateAnswers(db, answers);
  const pack = buildClausePack({
    evaluation,
    library,
    vendorName,
    preparedBy: options.preparedBy,
    generatedAt: (options.now ?? new Date()).toISOString(),
    answersVersion: ANSWERS_FILE_VERSION,
  });
  return { evaluation, library, pack };
}

/** The pack model and its .docx, with the file's SHA-256. */
export async function generatePack(db: Db, answers: Answers, options: { preparedBy: string; now?: Date }) {
  const { evaluation, library, pack } = packModelFor(db, answers, options);
  const docx = await renderPackDocxOffThread(pack);
  const sha256 = createHash("sha256").update(docx).digest("hex");
  return { evaluation, library, pack, docx, sha256 };
}
