// A review's status, shared by the model and the pages.
export const REVIEW_STATUSES = ["draft", "complete"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_WORDS: Record<ReviewStatus, string> = { draft: "Draft", complete: "Complete" };
