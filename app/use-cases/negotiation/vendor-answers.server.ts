// /reviews/:reviewId/vendor-answers: the vendor's written answers to the review's questionnaire, imported
// from the workbook it filled in or typed in; what an answer settles for the review (a provision the
// catalog does not record); and, for legal, proposing that to the catalog. Who may post is decided before
// this runs (negotiation:write); proposing also needs catalog:write, checked here.
import type { Role } from "../../accounts/roles.ts";
import { VENDOR_ANSWERS_ACTIONS, type Actor } from "../../audit/events.ts";
import { can } from "../../auth/access.ts";
import { PRODUCT_LINE_LABELS, PROVISION_KEYS, provisionTokens, isNumberKey } from "../../catalog/types.ts";
import type { ProvisionKey } from "../../catalog/types.ts";
import { valueInWords, VALUE_WORDS } from "../../catalog/value-words.ts";
import type { Outcome } from "../../http/outcome.ts";
import { refuse } from "../../http/refuse.ts";
import { listReviewEvents } from "../../models/audit.server.ts";
import { currentProvisions, getVendor, recordProvisionChange } from "../../models/catalog.server.ts";
import type { Review } from "../../models/review.server.ts";
import {
  listVendorAnswers,
  listWrittenProvisions,
  recordImportedAnswers,
  recordProposal,
  recordTypedAnswer,
  recordWrittenProvision,
  type StoredWrittenProvision,
  type VendorAnswer,
} from "../../models/vendor-answers.server.ts";
import {
  answerableQuestions,
  expectedQuestions,
  type AnswerableQuestion,
  type SettleTarget,
} from "../../negotiation/answerable-questions.ts";
import {
  answerErrors,
  answerFormSchema,
  settleErrors,
  settleFormSchema,
  type AnswerFormErrors,
  type SettleFormErrors,
} from "../../negotiation/vendor-answer-forms.ts";
import {
  ANSWER_FIELDS,
  MAX_WORKBOOK_BYTES,
  questionAnchor,
  SETTLE_FIELDS,
  UPLOAD_FIELD,
  type AnswerField,
  type SettleField,
} from "../../negotiation/vendor-answers-fields.ts";
import { readVendorAnswersFile, type FileProblem } from "../../negotiation/vendor-answers-file.server.ts";
import { buildVendorQuestionnaire } from "../../pack/vendor-questionnaire.ts";
import { firstIncompleteStep, isQuestionnaireComplete } from "../../questionnaire/flow.ts";
import { OTHER_VENDOR_ID, STEPS } from "../../questionnaire/questions.ts";
import { writtenAnswerSource, type ReviewEvaluation, type WrittenProvision } from "../../rules/evaluate.ts";
import { writeTransaction, type Db } from "../../utils/db.server.ts";
import { formFields } from "../../utils/form-errors.ts";
import { questionsPath, stepPath, vendorAnswersPath } from "../../wizard/paths.ts";
import { requireReview } from "../reviews/load-review.server.ts";
import { evaluateAnswers, exposureOfAnswers, vendorNameFor, writtenProvisionsOf } from "../reviews/evaluate.server.ts";

/** A dated answer is at most today where the day is furthest ahead (UTC+14): a vendor answering "today". */
const latestAnswerDate = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

const targetId = (t: SettleTarget) => `${t.productLine}.${t.key}`;

/**
 * The review's questions to answer, against the catalog alone (as sent) and with what is settled (as asked
 * now: `now`, where the caller has evaluated the review already). Without written provisions both are one.
 */
function questionsOf(
  db: Db,
  review: Review,
  answered: readonly VendorAnswer[],
  now?: ReviewEvaluation,
): AnswerableQuestion[] {
  const current = now ?? evaluateAnswers(db, review.answers, { reviewId: review.id }).evaluation;
  const sent =
    writtenProvisionsOf(db, review.id).length === 0 ? current : evaluateAnswers(db, review.answers).evaluation;
  return answerableQuestions({
    sent: buildVendorQuestionnaire(sent).items,
    sentFindings: sent.findings,
    now: buildVendorQuestionnaire(current).items,
    answered,
  });
}

/** What the catalog holds of the review's vendor: whether it is in it, and the provisions the rules read. */
interface CatalogFacts {
  vendorName: string;
  inCatalog: boolean;
  /** Whether the catalog records a provision for this line and key that the rules read over a written one. */
  records: (target: SettleTarget) => boolean;
}

function catalogFacts(db: Db, review: Review): CatalogFacts {
  const vendorId = review.answers.vendorId;
  const inCatalog = !!vendorId && vendorId !== OTHER_VENDOR_ID && getVendor(db, vendorId) !== null;
  // Sources that disagree settle nothing: the rules read such a provision as unknown, so an answer may settle it.
  const read = new Set(
    (inCatalog ? currentProvisions(db, vendorId!) : [])
      .filter((p) => p.aspect === "" && p.standing !== "conflict")
      .map((p) => targetId(p)),
  );
  return { vendorName: vendorNameFor(db, review.answers), inCatalog, records: (t) => read.has(targetId(t)) };
}

/** Why a written provision cannot go to the catalog; null when it can. */
function proposalRefusal(facts: CatalogFacts, settled: SettleTarget): string | null {
  const { vendorName } = facts;
  if (!facts.inCatalog) {
    return `${vendorName} is not in the catalog, so this answer counts for this review only. To propose it, add ${vendorName} to the catalog with a catalog file first.`;
  }
  if (facts.records(settled)) {
    return "The catalog now records this provision for the line; its version is the one read. Record any change to it on the catalog page.";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// The page

export type ValueInput =
  { kind: "tokens"; options: { value: string; words: string }[] } | { kind: "number"; unit: string } | { kind: "text" };

function valueInput(key: ProvisionKey): ValueInput {
  const tokens = provisionTokens(key);
  if (tokens) return { kind: "tokens", options: tokens.map((t) => ({ value: t, words: VALUE_WORDS[t] ?? t })) };
  if (isNumberKey(key)) return { kind: "number", unit: key === "minimum_age" ? "years" : "days" };
  return { kind: "text" };
}

function settleView(
  facts: CatalogFacts,
  question: AnswerableQuestion,
  target: SettleTarget,
  written: readonly StoredWrittenProvision[],
) {
  const settled = written.find((w) => targetId(w) === targetId(target)) ?? null;
  return {
    id: targetId(target),
    key: target.key,
    productLine: target.productLine,
    label: PROVISION_KEYS[target.key].label,
    lineLabel: PRODUCT_LINE_LABELS[target.productLine],
    input: valueInput(target.key),
    /** Whether it can be settled here: the catalog still records nothing for it. */
    open: question.settles.some((t) => targetId(t) === targetId(target)),
    settled: settled && {
      value: settled.value,
      valueWords: valueInWords(settled.key, settled.value),
      statement: settled.statement,
      questionId: settled.questionId,
      source: writtenAnswerSource(facts.vendorName, settled).title,
      readByRules: !facts.records(settled),
      proposalRefusal: proposalRefusal(facts, settled),
    },
  };
}

export type SettleView = ReturnType<typeof settleView>;

/** After a redirect: what was just done, in a sentence. */
function noticeOf(query: URLSearchParams, questions: readonly AnswerableQuestion[]): string | null {
  const numbered = (id: string | null) => {
    const q = questions.find((x) => x.id === id);
    return q?.number ? `question ${q.number} (${q.id})` : (id ?? "the question");
  };
  const imported = query.get("imported");
  if (imported !== null) {
    const [added, replaced, unchanged] = imported.split(".").map(Number);
    const parts = [
      added > 0 ? `${added} new answer${added === 1 ? "" : "s"}` : "",
      replaced > 0 ? `${replaced} replacing earlier one${replaced === 1 ? "" : "s"}` : "",
      unchanged > 0 ? `${unchanged} already recorded as they are` : "",
    ].filter(Boolean);
    return added + replaced === 0
      ? `Nothing new: every answer in the workbook (${unchanged}) is recorded already.`
      : `Imported the vendor’s workbook: ${parts.join(", ")}. Check each answer below, and record what it settles.`;
  }
  if (query.has("answered")) return `Recorded the vendor’s answer to ${numbered(query.get("answered"))}.`;
  if (query.has("settled"))
    return "Recorded what the answer settles. The findings, the exposure and the documents now use it, with the vendor’s written answer as the source.";
  if (query.has("proposed"))
    return `Proposed to the catalog as version ${query.get("proposed")}: it now counts for every review of this vendor’s line, with the written answer as its source.`;
  return null;
}

/** The vendor-answers page: every question with its answer (or none yet), what it settles, the history. */
export function vendorAnswersPage(db: Db, reviewId: string | undefined, query = new URLSearchParams()) {
  const review = requireReview(db, reviewId);
  const vendorName = vendorNameFor(db, review.answers);
  const base = {
    review: { id: review.id, buyerName: review.buyerName, vendorName },
    questionnaire: { xlsx: questionsPath(review.id, "xlsx"), docx: questionsPath(review.id, "docx") },
  };
  if (!isQuestionnaireComplete(review.answers, review.unconfirmedSteps)) {
    const step = firstIncompleteStep(review.answers, review.unconfirmedSteps);
    return {
      ...base,
      ready: false as const,
      continueAt: { path: stepPath(review.id, step), title: STEPS[step].title },
      // A re-review not yet complete shows the answers it starts from, carried from the review it renews.
      carried: listVendorAnswers(db, review.id).map((a) => ({
        questionId: a.questionId,
        question: a.question,
        answer: a.answer,
        answeredBy: a.answeredBy,
        answeredOn: a.answeredOn,
      })),
    };
  }
  const answers = listVendorAnswers(db, review.id);
  const written = listWrittenProvisions(db, review.id);
  const questions = questionsOf(db, review, answers);
  const facts = catalogFacts(db, review);
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const events = listReviewEvents(db, review.id).filter((e) =>
    (VENDOR_ANSWERS_ACTIONS as readonly string[]).includes(e.action),
  );
  return {
    ...base,
    ready: true as const,
    notice: noticeOf(query, questions),
    vendorInCatalog: facts.inCatalog,
    counts: { answered: questions.filter((q) => byId.has(q.id)).length, questions: questions.length },
    questions: questions.map((q) => {
      const answer = byId.get(q.id) ?? null;
      // What its findings leave unknown, and anything it settled that the catalog has recorded since.
      const targets = [
        ...q.settles,
        ...written.filter((w) => w.questionId === q.id && !q.settles.some((t) => targetId(t) === targetId(w))),
      ];
      return {
        id: q.id,
        number: q.number,
        topic: q.topic,
        question: q.question,
        askedNow: q.askedNow,
        asked: q.asked,
        answer: answer && {
          answer: answer.answer,
          document: answer.document,
          answeredBy: answer.answeredBy,
          answeredOn: answer.answeredOn,
          via: answer.via,
          recordedAt: answer.recordedAt,
        },
        settles: targets.map((t) => settleView(facts, q, t, written)),
      };
    }),
    events,
  };
}

export type VendorAnswersPage = ReturnType<typeof vendorAnswersPage>;
export type VendorAnswersQuestion = Extract<VendorAnswersPage, { ready: true }>["questions"][number];

/**
 * For the review page: how many of the questions the vendor has answered, and where to record more;
 * `evaluation` is the page's own of the review (with its written provisions), so it is not made again.
 */
export function vendorAnswersSummary(db: Db, review: Review, evaluation?: ReviewEvaluation) {
  const answers = listVendorAnswers(db, review.id);
  const questions = questionsOf(db, review, answers, evaluation);
  const answered = new Set(answers.map((a) => a.questionId));
  return {
    answered: questions.filter((q) => answered.has(q.id)).length,
    questions: questions.length,
    path: vendorAnswersPath(review.id),
  };
}

// ---------------------------------------------------------------------------------------------------
// The posts

export type VendorAnswersActionData =
  | { intent: "import"; problems: (FileProblem & { place: string })[] }
  | { intent: "answer"; questionId: string; errors: AnswerFormErrors; values: Record<AnswerField, string> }
  | {
      intent: "settle";
      questionId: string;
      target: string;
      errors: SettleFormErrors;
      values: Record<SettleField, string>;
    }
  | { intent: "propose"; target: string; message: string }
  | { intent: "other"; message: string };

type Result = Outcome<VendorAnswersActionData>;

/** "Row 14, column H (Answered by)": where a problem is, as the spreadsheet shows it. */
const placeOf = (p: FileProblem) =>
  [p.row !== null ? `Row ${p.row}` : "", p.column !== null ? `column ${p.column}` : ""].filter(Boolean).join(", ");

async function importWorkbook(db: Db, review: Review, form: FormData, actor: Actor): Promise<Result> {
  const fail = (message: string, status = 400): Result => ({
    status,
    body: { intent: "import", problems: [{ row: null, column: null, message, place: "" }] },
  });
  const file = form.get(UPLOAD_FIELD);
  // A form without a chosen file still sends the field, as an empty file with no name.
  if (file === null || typeof file === "string" || (file.size === 0 && file.name === "")) {
    return fail("Choose the questionnaire workbook (.xlsx) the vendor filled in.");
  }
  if (file.size > MAX_WORKBOOK_BYTES) {
    return fail(
      `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB is read. Remove any pictures pasted into the workbook, or type the answers below.`,
      413,
    );
  }
  const answered = listVendorAnswers(db, review.id);
  const read = await readVendorAnswersFile(new Uint8Array(await file.arrayBuffer()), {
    questions: expectedQuestions(questionsOf(db, review, answered)),
    buyerName: review.answers.buyerName ?? "",
    today: latestAnswerDate(),
  });
  if (!read.ok) {
    return {
      status: 400,
      body: { intent: "import", problems: read.problems.map((p) => ({ ...p, place: placeOf(p) })) },
    };
  }
  const counts = recordImportedAnswers(
    db,
    review.id,
    read.answers.map(({ row: _row, ...answer }) => answer),
    { by: actor, generatedAt: read.generatedAt },
  );
  return {
    redirect: `${vendorAnswersPath(review.id)}?imported=${counts.added}.${counts.replaced}.${counts.unchanged}`,
  };
}

function typeAnswer(db: Db, review: Review, form: FormData, actor: Actor): Result {
  const fields = formFields(form, ANSWER_FIELDS);
  const values = Object.fromEntries(ANSWER_FIELDS.map((f) => [f, fields[f] ?? ""])) as Record<AnswerField, string>;
  const questionId = values.questionId;
  const refused = (errors: AnswerFormErrors): Result => ({
    status: 400,
    body: { intent: "answer", questionId, errors, values },
  });
  const parsed = answerFormSchema({ latest: latestAnswerDate() }).safeParse(fields);
  if (!parsed.success) return refused(answerErrors(parsed.error));
  const question = questionsOf(db, review, listVendorAnswers(db, review.id)).find(
    (q) => q.id === parsed.data.questionId,
  );
  if (!question) return refused({ questionId: "There is no such question in this review’s questionnaire." });
  recordTypedAnswer(db, review.id, { ...parsed.data, question: question.question }, actor);
  return {
    redirect: `${vendorAnswersPath(review.id)}?answered=${encodeURIComponent(question.id)}#${questionAnchor(question.id)}`,
  };
}

function settle(db: Db, review: Review, form: FormData, actor: Actor): Result {
  const fields = formFields(form, SETTLE_FIELDS);
  const values = Object.fromEntries(SETTLE_FIELDS.map((f) => [f, fields[f] ?? ""])) as Record<SettleField, string>;
  const target = `${values.productLine}.${values.key}`;
  const refused = (errors: SettleFormErrors, status = 400): Result => ({
    status,
    body: { intent: "settle", questionId: values.questionId, target, errors, values },
  });
  const parsed = settleFormSchema.safeParse(fields);
  if (!parsed.success) return refused(settleErrors(parsed.error));
  const input = parsed.data;
  const answers = listVendorAnswers(db, review.id);
  const question = questionsOf(db, review, answers).find((q) => q.id === input.questionId);
  if (!question) return refused({ form: "There is no such question in this review’s questionnaire." });
  if (!answers.some((a) => a.questionId === question.id)) {
    return refused({ form: "Record the vendor’s answer to this question first: what it settles rests on it." }, 409);
  }
  // Only what the catalog leaves unknown for this review: a written answer never overrides a catalog version.
  if (!question.settles.some((t) => t.key === input.key && t.productLine === input.productLine)) {
    const words = `“${PROVISION_KEYS[input.key].label}” for ${PRODUCT_LINE_LABELS[input.productLine]}`;
    return refused(
      {
        form: catalogFacts(db, review).records(input)
          ? `The catalog records ${words} for ${vendorNameFor(db, review.answers)}, so it is not unknown for this review: the catalog’s version is the one read.`
          : `This question’s findings do not leave ${words} unknown, so its answer does not settle it.`,
      },
      409,
    );
  }
  // The exposure with this provision in: on the review's row in the same transaction, so the lists agree.
  const answer = answers.find((a) => a.questionId === question.id)!;
  const settled: WrittenProvision = {
    ...input,
    answeredBy: answer.answeredBy,
    answeredOn: answer.answeredOn,
    document: answer.document,
  };
  const written = [
    ...writtenProvisionsOf(db, review.id).filter((w) => !(w.key === input.key && w.productLine === input.productLine)),
    settled,
  ];
  const exposure = exposureOfAnswers(db, review.answers, { written });
  const recorded = recordWrittenProvision(db, review.id, input, { by: actor, exposure });
  if (!recorded) return refused({ form: "Record the vendor’s answer to this question first." }, 409);
  return {
    redirect: `${vendorAnswersPath(review.id)}?settled=${encodeURIComponent(target)}#${questionAnchor(question.id)}`,
  };
}

function propose(db: Db, review: Review, form: FormData, actor: Actor, role: Role): Result {
  const key = String(form.get("key") ?? "");
  const productLine = String(form.get("productLine") ?? "");
  const target = `${productLine}.${key}`;
  const refused = (status: number, message: string): Result => ({
    status,
    body: { intent: "propose", target, message },
  });
  if (!can(role, "catalog:write")) {
    return refused(
      403,
      "Only legal and admins may propose an answer to the catalog: ask one of them to do it from this page.",
    );
  }
  const settled = listWrittenProvisions(db, review.id).find((w) => w.key === key && w.productLine === productLine);
  if (!settled)
    return refused(404, "Nothing is settled for that provision in this review: record what the answer settles first.");
  const facts = catalogFacts(db, review);
  const { vendorName } = facts;
  const why = proposalRefusal(facts, settled);
  if (why) return refused(409, why);
  const vendorId = review.answers.vendorId!;
  const source = writtenAnswerSource(vendorName, settled);
  // The catalog's version and the review's record of the proposal commit together, or neither does.
  const version = writeTransaction(db, (tx) => {
    const provision = recordProvisionChange(
      tx,
      actor,
      { vendorId, productLine: settled.productLine, key: settled.key },
      {
        value: settled.value,
        statement: settled.statement,
        sources: [source],
        standing: "stated",
        checkedOn: settled.answeredOn,
      },
    );
    if (!provision) return null;
    recordProposal(
      tx,
      review.id,
      { vendorId, vendorName, productLine: settled.productLine, key: settled.key, version: provision.version },
      actor,
    );
    return provision.version;
  });
  if (version === null) {
    return refused(
      409,
      `The catalog has no ${PRODUCT_LINE_LABELS[settled.productLine]} for ${vendorName}: add the line with a catalog file first.`,
    );
  }
  return { redirect: `${vendorAnswersPath(review.id)}?proposed=${version}#${questionAnchor(settled.questionId)}` };
}

/** A post to the page: its `intent` says which form sent it. */
export async function vendorAnswersAction(
  db: Db,
  reviewId: string | undefined,
  form: FormData,
  by: { actor: Actor; role: Role },
): Promise<Result> {
  const review = requireReview(db, reviewId);
  if (!isQuestionnaireComplete(review.answers, review.unconfirmedSteps)) {
    throw refuse(
      409,
      "The review is not finished yet, so there is no vendor questionnaire to answer. Finish its steps first.",
    );
  }
  switch (form.get("intent")) {
    case "import":
      return importWorkbook(db, review, form, by.actor);
    case "answer":
      return typeAnswer(db, review, form, by.actor);
    case "settle":
      return settle(db, review, form, by.actor);
    case "propose":
      return propose(db, review, form, by.actor, by.role);
    default:
      return {
        status: 400,
        body: { intent: "other", message: "The form did not say what to do. Send it again from the page." },
      };
  }
}
