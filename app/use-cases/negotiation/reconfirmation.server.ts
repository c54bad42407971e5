// The reconfirmation at renewal: what was agreed in the review being renewed, against the vendor's
// published terms then and now, with the questions to re-ask and those new since. For a re-review it is
// the review it renews that was agreed; for any other review, its own negotiation.
import { PRODUCT_LINE_LABELS, type ProductLine } from "../../catalog/types.ts";
import { documentFileName } from "../../http/filename.ts";
import { renderChecklistDocx } from "../../pack/checklist-docx.server.ts";
import { getAgreement, listOutcomes } from "../../models/negotiation.server.ts";
import { provisionVersions } from "../../models/renewal.server.ts";
import { getReview, type Review } from "../../models/review.server.ts";
import { checklistRows, newQuestions, type ChecklistQuestion } from "../../negotiation/reconfirmation.ts";
import { termEnds } from "../../negotiation/outcomes.ts";
import { renewalOwnerAndDue } from "../../pack/build-pack.ts";
import { buildVendorQuestionnaire } from "../../pack/vendor-questionnaire.ts";
import { isQuestionnaireComplete } from "../../questionnaire/flow.ts";
import { OTHER_VENDOR_ID, paperSizeFor } from "../../questionnaire/questions.ts";
import type { Db } from "../../utils/db.server.ts";
import { evaluateAnswers, evaluateAnswersAsOf, vendorNameFor } from "../reviews/evaluate.server.ts";
import { requireReview } from "../reviews/load-review.server.ts";

function questionsOf(evaluation: Parameters<typeof buildVendorQuestionnaire>[0]): ChecklistQuestion[] {
  return buildVendorQuestionnaire(evaluation).items.map((q) => ({
    id: q.id,
    number: q.number,
    question: q.question,
    from: q.from,
  }));
}

/**
 * The reconfirmation of `review`: the review agreed (itself, or the one it renews), what was recorded
 * there, and each commitment beside the catalog's versions then (when that review was last changed) and
 * now. Null while the review agreed is a draft: nothing was settled to reconfirm.
 */
export function reconfirmationOf(db: Db, review: Review) {
  const agreed = (review.renewsReviewId && getReview(db, review.renewsReviewId)) || review;
  if (agreed.status !== "complete") return null;
  const since = agreed.updatedAt;
  const { vendorId, productLine } = agreed.answers;
  const inCatalog = vendorId && vendorId !== OTHER_VENDOR_ID && productLine && productLine !== "unsure";
  const versions = inCatalog ? provisionVersions(db, vendorId, productLine as ProductLine) : [];
  // The questions now: the re-review's own answers once complete (saved or carried), else those agreed.
  const nowReview = review !== agreed && isQuestionnaireComplete(review.answers) ? review : agreed;
  // With the vendor's written answers: an unknown they settled is not asked again.
  const now = evaluateAnswers(db, nowReview.answers, { reviewId: nowReview.id }).evaluation;
  const questionsNow = questionsOf(now);
  // The questions then: the answers agreed, judged against the catalog as it stood when they were settled.
  const questionIdsThen =
    review !== agreed ? new Set(questionsOf(evaluateAnswersAsOf(db, agreed.answers, since)).map((q) => q.id)) : null;
  const input = {
    outcomes: listOutcomes(db, agreed.id),
    clauses: now.clauses.map((c) => ({ id: c.id, reconfirmAtRenewal: c.rendered.reconfirmAtRenewal })),
    versions,
    since,
    questionsNow,
    questionIdsThen,
  };
  const agreement = getAgreement(db, agreed.id);
  return {
    agreed: { id: agreed.id, changedAt: since, buyerName: agreed.buyerName },
    isReReview: review !== agreed,
    vendorName: vendorNameFor(db, agreed.answers),
    productLine: productLine ?? null,
    inCatalog: versions.length > 0,
    agreement: agreement && { ...agreement, endsOn: termEnds(agreement.signedOn, agreement.termMonths) },
    ...renewalOwnerAndDue(agreed.answers),
    rows: checklistRows(input),
    newQuestions: newQuestions(input),
  };
}

export type Reconfirmation = NonNullable<ReturnType<typeof reconfirmationOf>>;

/** The checklist page of the review the address names. */
export function checklistPage(db: Db, reviewId: string | undefined) {
  const review = requireReview(db, reviewId);
  return {
    review: { id: review.id, buyerName: review.buyerName, vendorName: review.vendorName },
    reconfirmation: reconfirmationOf(db, review),
  };
}

export type ChecklistPage = ReturnType<typeof checklistPage>;

/** The facts above the checklist's table: the agreement, the review agreed, the line, the dates compared. */
function checklistFacts(r: Reconfirmation, generatedAt: string) {
  const facts = [
    {
      label: "Agreement",
      value: r.agreement
        ? `${r.agreement.title}, signed ${r.agreement.signedOn}, for ${r.agreement.termMonths} months (to ${r.agreement.endsOn})`
        : "Not recorded",
    },
    {
      label: "Product line",
      value:
        r.productLine && r.productLine in PRODUCT_LINE_LABELS
          ? PRODUCT_LINE_LABELS[r.productLine as ProductLine]
          : "Not known",
    },
    {
      label: "Vendor’s terms compared",
      value: r.inCatalog
        ? `as the catalog recorded them on ${r.agreed.changedAt.slice(0, 10)} (the review agreed), and on ${generatedAt.slice(0, 10)} (now)`
        : "The catalog records no terms for this vendor and product line",
    },
  ];
  return facts;
}

/** The checklist of the review the address names as a .docx, with its file name. */
export async function checklistDocx(
  db: Db,
  reviewId: string | undefined,
  preparedBy: string,
  now = new Date(),
): Promise<{ file: Buffer; name: string } | { refused: string }> {
  const review = requireReview(db, reviewId);
  const r = reconfirmationOf(db, review);
  if (!r) return { refused: NOTHING_AGREED };
  const generatedAt = now.toISOString();
  const vendorName = r.vendorName;
  const buyerName = review.buyerName ?? r.agreed.buyerName ?? "The buyer";
  const file = await renderChecklistDocx({
    buyerName,
    vendorName,
    paper: paperSizeFor(review.answers),
    preparedBy,
    generatedAt,
    facts: checklistFacts(r, generatedAt),
    owner: r.owner,
    due: r.due,
    rows: r.rows,
    newQuestions: r.isReReview ? r.newQuestions : null,
  });
  return {
    file,
    name: documentFileName("Reconfirmation checklist", "docx", buyerName, vendorName, generatedAt.slice(0, 10)),
  };
}

export const NOTHING_AGREED =
  "This review is still a draft, so nothing was settled to reconfirm. Finish it, record what was agreed, then download the checklist.";
