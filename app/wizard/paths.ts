// The wizard's addresses, in one place for links, redirects and tests.
import type { StepId } from "../questionnaire/questions.ts";

export const reviewPath = (reviewId: string): string => `/reviews/${encodeURIComponent(reviewId)}`;
export const stepPath = (reviewId: string, stepId: StepId): string => `${reviewPath(reviewId)}/${stepId}`;
/** Where a review is started: a blank one, or one from an answers file. */
export const NEW_REVIEW_PATH = "/reviews/new";
/** The first step of a review that does not exist yet: its first save creates the review. */
export const NEW_REVIEW_STEP_PATH = `${NEW_REVIEW_PATH}/context`;
/**
 * A step of a review, or of one not saved yet (`reviewId` null): only its first step has an address
 * then, so any other is null (shown, not linked).
 */
export const wizardStepPath = (reviewId: string | null, stepId: StepId): string | null =>
  reviewId !== null ? stepPath(reviewId, stepId) : stepId === "context" ? NEW_REVIEW_STEP_PATH : null;
export const exportPath = (reviewId: string): string => `${reviewPath(reviewId)}/answers.json`;
export const importPath = (reviewId: string): string => `${reviewPath(reviewId)}/import`;
export const packPath = (reviewId: string): string => `${reviewPath(reviewId)}/pack`;
export const packDocxPath = (reviewId: string): string => `${reviewPath(reviewId)}/pack.docx`;
export const addendumDocxPath = (reviewId: string): string => `${reviewPath(reviewId)}/addendum.docx`;
export const questionsPath = (reviewId: string, format: "xlsx" | "docx"): string =>
  `${reviewPath(reviewId)}/questions.${format}`;
/** The vendor's written answers to the questionnaire: imported, typed in, and what they settle. */
export const vendorAnswersPath = (reviewId: string): string => `${reviewPath(reviewId)}/vendor-answers`;
/** A recorded pack's file, exactly as it was generated. */
/** A document recorded earlier, at an address that ends as its file does (.docx, or .xlsx for a workbook). */
export const packFilePath = (reviewId: string, packId: number, extension: "docx" | "xlsx" = "docx"): string =>
  `${reviewPath(reviewId)}/packs/${packId}.${extension}`;
