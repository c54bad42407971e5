// What was agreed: the position reached on each clause of a review's pack, and the signed agreement.
import type { Actor } from "../../audit/events.ts";
import type { Outcome } from "../../http/outcome.ts";
import { getAgreement, listOutcomes, recordAgreement, recordOutcome } from "../../models/negotiation.server.ts";
import type { Review } from "../../models/review.server.ts";
import {
  AGREEMENT_FIELDS,
  agreedWording,
  agreementSchema,
  OUTCOME_FIELDS,
  outcomeSchema,
  termEnds,
  type AgreementField,
  type OutcomeField,
} from "../../negotiation/outcomes.ts";
import { subClauseNumber } from "../../pack/format.ts";
import type { Db } from "../../utils/db.server.ts";
import { firstErrors, formFields } from "../../utils/form-errors.ts";
import { requireReview } from "../reviews/load-review.server.ts";
import { evaluateAnswers } from "../reviews/evaluate.server.ts";

export const AGREED_INTENTS = ["outcome", "agreement"] as const;

/** The clauses of the review's pack as the memo numbers them, with the text each position would agree. */
function packClauses(db: Db, review: Review) {
  return evaluateAnswers(db, review.answers, { reviewId: review.id }).evaluation.clauses.map((c, i) => ({
    id: c.id,
    number: i + 1,
    title: c.title,
    language: c.rendered.language.map((text, sub) => ({ number: subClauseNumber(i, sub), text })),
    fallbacks: c.rendered.fallbacks,
  }));
}

export type AgreedRefusal =
  | {
      intent: "outcome";
      clauseId: string;
      errors: Partial<Record<OutcomeField | "form", string>>;
      values: Partial<Record<OutcomeField, string>>;
    }
  | {
      intent: "agreement";
      errors: Partial<Record<AgreementField | "form", string>>;
      values: Partial<Record<AgreementField, string>>;
    }
  | { intent: "form"; errors: { form: string } };

/** The page: the pack's clauses with what was recorded for each, and the agreement. */
export function agreedPage(db: Db, reviewId: string | undefined, query: URLSearchParams) {
  const review = requireReview(db, reviewId);
  const base = { review: { id: review.id, buyerName: review.buyerName, vendorName: review.vendorName } };
  // A draft's pack is not settled; a re-review's shows what it starts from, the positions agreed last time.
  if (review.status !== "complete") return { ...base, complete: false as const, carried: listOutcomes(db, review.id) };
  const clauses = packClauses(db, review);
  const outcomes = listOutcomes(db, review.id);
  const byClause = new Map(outcomes.map((o) => [o.clauseId, o]));
  const inPack = new Set(clauses.map((c) => c.id));
  const agreement = getAgreement(db, review.id);
  return {
    ...base,
    complete: true as const,
    recorded: query.get("recorded"),
    clauses: clauses.map((c) => ({ ...c, outcome: byClause.get(c.id) ?? null })),
    // A re-review starts from the positions agreed last time: those not recorded since are said to be so.
    carriedBefore: review.renewsReviewId ? review.createdAt : null,
    // Recorded for a clause the pack no longer holds (the answers changed since): kept, and shown.
    earlier: outcomes.filter((o) => !inPack.has(o.clauseId)),
    agreement: agreement && { ...agreement, endsOn: termEnds(agreement.signedOn, agreement.termMonths) },
  };
}

export type AgreedPage = ReturnType<typeof agreedPage>;

const NOT_COMPLETE =
  "This review is still a draft, so its pack is not settled: finish the review, generate the documents, then record what was agreed.";

/** A post of the page: one clause's outcome, or the agreement. Refused with every problem named. */
export function recordAgreedFromForm(
  db: Db,
  reviewId: string | undefined,
  formData: FormData,
  by: Actor | null,
  now = new Date(),
): Outcome<AgreedRefusal> {
  const review = requireReview(db, reviewId);
  const page = `/reviews/${encodeURIComponent(review.id)}/agreed`;
  const intent = formData.get("intent");
  if (review.status !== "complete") return { status: 409, body: { intent: "form", errors: { form: NOT_COMPLETE } } };
  if (intent === "agreement") {
    const values = formFields(formData, AGREEMENT_FIELDS);
    const parsed = agreementSchema(now).safeParse(values);
    if (!parsed.success) return { status: 400, body: { intent, errors: firstErrors(parsed.error), values } };
    recordAgreement(db, review.id, parsed.data, by);
    return { redirect: `${page}?recorded=agreement#signed-agreement-title` };
  }
  if (intent === "outcome") {
    const clauseId = String(formData.get("clauseId") ?? "");
    const values = formFields(formData, OUTCOME_FIELDS);
    const clauses = packClauses(db, review);
    const clause = clauses.find((c) => c.id === clauseId);
    if (!clause) {
      return {
        status: 400,
        body: {
          intent: "form",
          errors: { form: `The clause “${clauseId.slice(0, 80)}” is not in this review’s pack: nothing was recorded.` },
        },
      };
    }
    // The page offers each fallback as a position of its own ("fallback-0" for (a)).
    const chosen = /^fallback-(\d{1,3})$/.exec(values.position ?? "");
    const parsed = outcomeSchema(clause.fallbacks.length, now).safeParse(
      chosen ? { ...values, position: "fallback", fallback: chosen[1] } : values,
    );
    if (!parsed.success) return { status: 400, body: { intent, clauseId, errors: firstErrors(parsed.error), values } };
    const wording = agreedWording(
      parsed.data,
      { language: clause.language.map((l) => l.text), fallbacks: clause.fallbacks },
      (sub) => clause.language[sub].number,
    );
    recordOutcome(db, review.id, clause, parsed.data, wording, by);
    return { redirect: `${page}?recorded=${encodeURIComponent(clause.id)}#clause-${clause.id}` };
  }
  return {
    status: 400,
    body: { intent: "form", errors: { form: "Send the form from the page: it says what it records (intent)." } },
  };
}
