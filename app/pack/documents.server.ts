/**
 * The documents a review produces, all from the one pack model (clauses.md, "The documents"): the
 * negotiation memo the buyer keeps, the addendum legal sends to the vendor, and the vendor questionnaire.
 * Each kind has its renderer; the worker thread and the command line both render through `renderDocument`.
 */
import { renderAddendumDocx } from "./addendum-docx.server.ts";
import { renderPackDocx } from "./docx.server.ts";
import type { DocumentKind } from "./document-kinds.ts";
import type { ClausePack } from "./model.ts";
import { renderQuestionnaireDocx } from "./questionnaire-docx.server.ts";
import { renderQuestionnaireXlsx } from "./questionnaire-xlsx.server.ts";

const RENDERERS: Record<DocumentKind, (pack: ClausePack) => Promise<Buffer>> = {
  memo: renderPackDocx,
  addendum: renderAddendumDocx,
  "questionnaire-xlsx": renderQuestionnaireXlsx,
  "questionnaire-docx": renderQuestionnaireDocx,
};

/** The document of this kind for the pack; the same pack gives the same bytes. */
export function renderDocument(kind: DocumentKind, pack: ClausePack): Promise<Buffer> {
  return RENDERERS[kind](pack);
}
