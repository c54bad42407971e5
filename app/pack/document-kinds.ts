/**
 * The kinds of document a review produces and their file formats: what the pages, the addresses and the
 * downloads need to know of them without rendering any (documents.server.ts renders them).
 */
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

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
