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
