// The wizard's addresses, in one place for links, redirects and tests.
import type { StepId } from "../questionnaire/questions.ts";

export const reviewPath = (reviewId: string): string => `/reviews/${encodeURIComponent(reviewId)}`;
export const stepPath = (reviewId: string, stepId: StepId): string => `${reviewPath(reviewId)}/${stepId}`;
export const exportPath = (reviewId: string): string => `${reviewPath(reviewId)}/answers.json`;
export const importPath = (reviewId: string): string => `${reviewPath(reviewId)}/import`;
export const packPath = (reviewId: string): string => `${reviewPath(reviewId)}/pack`;
export const packDocxPath = (reviewId: string): string => `${reviewPath(reviewId)}/pack.docx`;
/** A recorded pack's file, exactly as it was generated. */
export const packFilePath = (reviewId: string, packId: number): string =>
  `${reviewPath(reviewId)}/packs/${packId}.docx`;

/** `answers-example-corp-2026-….json`: ASCII only, so every browser saves it under this name. */
export function answersFileName(buyerName: string | null, reviewId: string): string {
  const slug = (buyerName ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  return `answers-${slug ? `${slug}-` : ""}${reviewId.replace(/[^A-Za-z0-9_-]/g, "")}.json`;
}
