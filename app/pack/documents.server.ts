/**
 * The documents a review produces, all from the one pack model (clauses.md, "The documents"): the
 * negotiation memo the buyer keeps, the addendum legal sends to the vendor, and the vendor questionnaire.
 * Each kind has its renderer; the worker thread and the command line both render through `renderDocument`.
 */
import { renderAddendumDocx } from "./addendum-docx.server.ts";
import { renderPackDocx } from "./docx.server.ts";
import type { ClausePack } from "./model.ts";
import { renderQuestionnaireDocx } from "./questionnaire-docx.server.ts";
import { renderQuestionnaireXlsx } from "./questionnaire-xlsx.server.ts";

export const DOCUMENT_KINDS = ["memo", "addendum", "questionnaire-xlsx", "questionnaire-docx"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentFormat {
  /** What the document is called in a file name, a page and the audit trail. */
  name: string;
  extension: "docx" | "xlsx";
  contentType: string;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const DOCUMENT_FORMATS: Record<DocumentKind, DocumentFormat> = {
  memo: { name: "Negotiation memo", extension: "docx", contentType: DOCX },
  addendum: { name: "Addendum", extension: "docx", contentType: DOCX },
  "questionnaire-xlsx": { name: "Vendor questionnaire", extension: "xlsx", contentType: XLSX },
  "questionnaire-docx": { name: "Vendor questionnaire", extension: "docx", contentType: DOCX },
};

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

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
