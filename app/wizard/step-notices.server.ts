// The notices a step page shows after a redirect, named in its query string (`?saved`, `?reReview`). The
// words are sent by the server, so a new notice costs the wizard's JavaScript bundle nothing.

export const STEP_NOTICE_TEXTS = {
  saved: "Saved. You can leave now and come back to this review any time, from any browser, through the Reviews list.",
  imported: "The answers file was imported. Check each step, then continue.",
  reReview:
    "This re-review starts from last time’s answers. Check each step: the vendor’s terms, your needs and the dates may have changed since — especially the next renewal date.",
  reReviewExists:
    "A re-review of that review was already started, so no second one was created: this is it. Check each step, especially the next renewal date.",
} as const;

export type StepNoticeName = keyof typeof STEP_NOTICE_TEXTS;

/** The words of the notice the query string names, or null. */
export function stepNoticeFrom(params: URLSearchParams): string | null {
  const name = (Object.keys(STEP_NOTICE_TEXTS) as StepNoticeName[]).find((n) => params.has(n));
  return name ? STEP_NOTICE_TEXTS[name] : null;
}
