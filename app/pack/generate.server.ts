// One review's answers → evaluation, pack model and .docx, reading the catalog and the clause library.
// The command line and the web app both generate packs through here.
import { createHash } from "node:crypto";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { currentProvisions, getVendor } from "../models/catalog.server.ts";
import { ANSWERS_FILE_VERSION, type Answers } from "../questionnaire/answers.ts";
import { OTHER_VENDOR_ID } from "../questionnaire/questions.ts";
import { evaluateReview } from "../rules/evaluate.ts";
import type { Db } from "../utils/db.server.ts";
import { buildClausePack } from "./build-pack.ts";
import { renderPackDocxOffThread } from "./render-off-thread.server.ts";

/** The vendor's name as the pack prints it: the catalog's, or the one typed for another vendor. */
export function vendorNameFor(db: Db, answers: Answers): string {
  if (answers.vendorId === OTHER_VENDOR_ID || !answers.vendorId) return answers.vendorName ?? "the vendor";
  return getVendor(db, answers.vendorId)?.name ?? answers.vendorId;
}

/** Evaluates valid answers against the current catalog and library. */
export function evaluateAnswers(db: Db, answers: Answers) {
  const library = loadClauseLibrary();
  const vendorName = vendorNameFor(db, answers);
  const provisions =
    answers.vendorId && answers.vendorId !== OTHER_VENDOR_ID ? currentProvisions(db, answers.vendorId) : [];
  const evaluation = evaluateReview({ answers, provisions, library, vendorName });
  return { evaluation, library, vendorName };
}

export async function generatePack(db: Db, answers: Answers, options: { preparedBy: string; now?: Date }) {
  const { evaluation, library, vendorName } = evaluateAnswers(db, answers);
  const pack = buildClausePack({
    evaluation,
    library,
    vendorName,
    preparedBy: options.preparedBy,
    generatedAt: (options.now ?? new Date()).toISOString(),
    answersVersion: ANSWERS_FILE_VERSION,
  });
  const docx = await renderPackDocxOffThread(pack);
  const sha256 = createHash("sha256").update(docx).digest("hex");
  return { evaluation, pack, docx, sha256 };
}
