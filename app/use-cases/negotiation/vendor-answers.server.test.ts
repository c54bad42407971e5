// The vendor's written answers, through the page's loader and action as a browser without JavaScript
// posts them: the questionnaire downloaded, filled in and imported (or refused whole), an answer typed in,
// what it settles for the review (the findings, the exposure and the documents then cite it), and
// proposing it to the catalog.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { auditEvents, reviews, writtenProvisions } from "../../../db/schema.ts";
import { eq } from "drizzle-orm";
import { paragraphs, part, readDocx } from "../../../tests/support/read-docx.ts";
import { readXlsx } from "../../../tests/support/read-xlsx.ts";
import { answersWith, WIZARD_PUBLIC_DATA_REVIEW } from "../../../tests/support/test-answers.ts";
import { createTestUser, testContext } from "../../../tests/support/test-context.ts";
import { fixtureAnswers } from "../../../tests/support/fixtures.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { actorOf, type SessionUser } from "../../models/user.server.ts";
import { listReviewEvents } from "../../models/audit.server.ts";
import { provisionHistory } from "../../models/catalog.server.ts";
import { getReview } from "../../models/review.server.ts";
import {
  carryVendorAnswers,
  listVendorAnswers,
  listWrittenProvisions,
  recordImportedAnswers,
} from "../../models/vendor-answers.server.ts";
import { QUESTIONS_SHEET } from "../../pack/questionnaire-xlsx.server.ts";
import { renderQuestionnaireDocx } from "../../pack/questionnaire-docx.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { decideRouteAccess } from "../../auth/handle-access.server.ts";
import { action, loader } from "../../routes/reviews.$reviewId.vendor-answers.tsx";
import { getDb, writeTransaction, type Db } from "../../utils/db.server.ts";
import { documentForReview } from "../packs/download-pack.server.ts";
import { packModelFor } from "../packs/generate.server.ts";
import { startReview } from "../reviews/answers.server.ts";
import { reviewPage } from "../reviews/review-page.server.ts";
import { vendorAnswersAction, vendorAnswersPage } from "./vendor-answers.server.ts";

// A database of this file's own, so what is proposed to the catalog here stays out of other tests' catalog;
// the proposal's tests take one of their own again, so that the others here keep an unknown to settle.
let db: Db = freshDb();
let procurement = createTestUser("procurement", db);
let legal = createTestUser("legal", db);

/** Anthropic's business seats with an on-site audit asked for: the catalog records no audit right for the line. */
const AUDIT_UNKNOWN: Answers = answersWith(
  { vendorId: "anthropic", productLine: "business", auditRight: "onsite" },
  WIZARD_PUBLIC_DATA_REVIEW,
);
const AUDIT_QUESTION = "Q-audit-verification-1";

function newReview(answers: Answers = AUDIT_UNKNOWN) {
  const review = startReview(db, answers);
  expect(review.status).toBe("complete");
  return review;
}

/** A post as the page's forms send it, to the use case the route calls (the route itself: "who may post"). */
async function post(reviewId: string, fields: Record<string, string | Blob>, user: SessionUser = procurement) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const form = await new Request(`http://localhost/reviews/${reviewId}/vendor-answers`, {
    method: "POST",
    body,
  }).formData();
  const result = await vendorAnswersAction(db, reviewId, form, { actor: actorOf(user), role: user.role });
  if ("redirect" in result) return { status: 302, location: result.redirect, body: null };
  return { status: result.status ?? 200, location: null, body: result.body };
}

const page = (reviewId: string, query = "") => {
  const data = vendorAnswersPage(db, reviewId, new URLSearchParams(query));
  if (!data.ready) throw new Error("the review is not complete");
  return data;
};

/** The questionnaire as downloaded from the review, filled in by `fill` as the vendor's spreadsheet would. */
async function filledQuestionnaire(
  reviewId: string,
  fill: (sheet: ExcelJS.Worksheet, rows: Map<string, number>) => void,
): Promise<Blob> {
  const review = getReview(db, reviewId)!;
  const { file } = await documentForReview(db, review, "questionnaire-xlsx", { by: null });
  const workbook = await readXlsx(file);
  const sheet = workbook.getWorksheet(QUESTIONS_SHEET)!;
  const rows = new Map<string, number>();
  let header = 0;
  sheet.eachRow((row, n) => {
    const a = row.getCell(1).value;
    if (header === 0 && a === "Question id") header = n;
    else if (header > 0 && typeof a === "string") rows.set(a, n);
  });
  fill(sheet, rows);
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

function answerRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  answer: string,
  by = "Jane Roe, Deputy General Counsel",
  on = "2026-03-01",
) {
  const r = sheet.getRow(row);
  r.getCell(6).value = answer;
  r.getCell(7).value = "Anthropic Trust Center";
  r.getCell(8).value = by;
  r.getCell(9).value = on;
}

const events = (reviewId: string, prefix = "negotiation.") =>
  listReviewEvents(db, reviewId).filter((e) => e.action.startsWith(prefix));

const file = (blob: Blob, name = "answered.xlsx") => new File([blob], name, { type: blob.type });

describe("importing the questionnaire the vendor filled in", () => {
  it("records every answer with who gave it and when, in one audited change", async () => {
    const review = newReview();
    const workbook = await filledQuestionnaire(review.id, (sheet, rows) => {
      answerRow(sheet, rows.get(AUDIT_QUESTION)!, "We accept one audit a year\nby an independent auditor.");
      answerRow(sheet, rows.get("Q-covered-services-1")!, "No.", "J. Roe");
    });
    const result = await post(review.id, { intent: "import", workbook: file(workbook) });
    expect(result).toMatchObject({ status: 302, location: `/reviews/${review.id}/vendor-answers?imported=2.0.0` });

    const answers = listVendorAnswers(db, review.id);
    // In the order of the questionnaire's rows.
    expect(answers.map((a) => [a.questionId, a.answer, a.answeredBy, a.answeredOn, a.via, a.recordedBy])).toEqual([
      ["Q-covered-services-1", "No.", "J. Roe", "2026-03-01", "import", procurement.id],
      [
        AUDIT_QUESTION,
        "We accept one audit a year\nby an independent auditor.",
        "Jane Roe, Deputy General Counsel",
        "2026-03-01",
        "import",
        procurement.id,
      ],
    ]);
    expect(events(review.id).map((e) => e.what)).toEqual(["Imported the vendor’s written answers (2 answers)"]);

    const shown = page(review.id, "imported=2.0.0");
    expect(shown.notice).toMatch(/^Imported the vendor’s workbook: 2 new answers\./);
    expect(shown.counts.answered).toBe(2);
    const audit = shown.questions.find((q) => q.id === AUDIT_QUESTION)!;
    expect(audit.answer).toMatchObject({
      answeredBy: "Jane Roe, Deputy General Counsel",
      document: "Anthropic Trust Center",
    });
    expect(audit.settles.map((s) => [s.key, s.productLine, s.open, s.settled])).toEqual([
      ["audit_right", "business", true, null],
    ]);
    expect(shown.questions.filter((q) => q.answer === null).length).toBe(shown.counts.questions - 2);

    // The same file again changes nothing; a changed answer replaces the old one, which the trail keeps.
    expect((await post(review.id, { intent: "import", workbook: file(workbook) })).location).toMatch(
      /imported=0\.0\.2$/,
    );
    expect(events(review.id)).toHaveLength(1);
    const changed = await filledQuestionnaire(review.id, (sheet, rows) =>
      answerRow(sheet, rows.get("Q-covered-services-1")!, "No, never.", "J. Roe", "2026-03-05"),
    );
    expect((await post(review.id, { intent: "import", workbook: file(changed) })).location).toMatch(
      /imported=0\.1\.0$/,
    );
    const last = events(review.id).at(-1)!;
    expect(last.what).toBe("Imported the vendor’s written answers (1 answer, 1 replacing an earlier one)");
    expect(last.details).toMatchObject({
      replaced: [
        {
          questionId: "Q-covered-services-1",
          answer: "No.",
          answeredBy: "J. Roe",
          answeredOn: "2026-03-01",
          via: "import",
        },
      ],
    });
    expect(listVendorAnswers(db, review.id).find((a) => a.questionId === "Q-covered-services-1")?.answer).toBe(
      "No, never.",
    );
  });

  it("refuses a changed row, a missing row or another kind of file whole, listing each problem, and saves nothing", async () => {
    const review = newReview();
    const changedRow = await filledQuestionnaire(review.id, (sheet, rows) => {
      answerRow(sheet, rows.get(AUDIT_QUESTION)!, "Yes.");
      sheet.getRow(rows.get("Q-covered-services-1")!).getCell(4).value = "Do you train on anything at all?";
    });
    const changed = await post(review.id, { intent: "import", workbook: file(changedRow) });
    expect(changed.status).toBe(400);
    expect(changed.body).toMatchObject({
      intent: "import",
      problems: [{ column: "D (Question)", place: expect.stringMatching(/^Row \d+, column D \(Question\)$/) }],
    });

    const missingRow = await filledQuestionnaire(review.id, (sheet, rows) => {
      answerRow(sheet, rows.get(AUDIT_QUESTION)!, "Yes.");
      sheet.spliceRows(rows.get("Q-covered-services-1")!, 1);
    });
    const missing = await post(review.id, { intent: "import", workbook: file(missingRow) });
    expect(missing.status).toBe(400);
    expect(missing.body?.intent === "import" && missing.body.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Question \d+ \(Q-covered-services-1\) is missing: its row was deleted/),
    ]);

    const pack = packModelFor(db, review.answers, { preparedBy: "x", reviewId: review.id }).pack;
    const docx = new Blob([new Uint8Array(await renderQuestionnaireDocx(pack))]);
    const wrong = await post(review.id, { intent: "import", workbook: file(docx, "questions.docx") });
    expect(wrong.body?.intent === "import" && wrong.body.problems[0].message).toMatch(/^This is a Word document/);
    const none = await post(review.id, { intent: "import", workbook: new File([], "") });
    expect(none.body?.intent === "import" && none.body.problems[0].message).toBe(
      "Choose the questionnaire workbook (.xlsx) the vendor filled in.",
    );

    expect(listVendorAnswers(db, review.id)).toEqual([]);
    expect(events(review.id)).toEqual([]);
  });

  it("is all or nothing: an answer that cannot be stored leaves none stored, and no event", () => {
    const review = newReview();
    const good = {
      questionId: "Q-a",
      question: "A?",
      answer: "Yes.",
      document: "",
      answeredBy: "J",
      answeredOn: "2026-03-01",
    };
    const broken = { ...good, questionId: "Q-b", answeredOn: null as unknown as string };
    expect(() => recordImportedAnswers(db, review.id, [good, broken], { by: null, generatedAt: "" })).toThrow(
      /NOT NULL/,
    );
    expect(listVendorAnswers(db, review.id)).toEqual([]);
    expect(events(review.id)).toEqual([]);
  });
});

describe("an answer typed in", () => {
  it("is refused with each field's problem and what was typed, then recorded and replaced, each audited", async () => {
    const review = newReview();
    const typed = {
      intent: "answer",
      questionId: AUDIT_QUESTION,
      answer: "  We agree to one audit a year.  ",
      document: "",
      answeredBy: "",
      answeredOn: "01/03/2027",
    };
    const refused = await post(review.id, typed);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      intent: "answer",
      questionId: AUDIT_QUESTION,
      errors: {
        answeredBy: "Answered by is required.",
        answeredOn: "Date of the answer must be a date written YYYY-MM-DD, e.g. 2027-03-01.",
      },
      values: {
        questionId: AUDIT_QUESTION,
        answer: "  We agree to one audit a year.  ",
        document: "",
        answeredBy: "",
        answeredOn: "01/03/2027",
      },
    });
    const bell = await post(review.id, {
      ...typed,
      answer: "Yes\u0007",
      answeredBy: "J. Roe",
      answeredOn: "2026-03-01",
    });
    expect(bell.body?.intent === "answer" && bell.body.errors.answer).toMatch(
      /cannot be stored in a document \(U\+0007/,
    );
    const unknown = await post(review.id, {
      ...typed,
      questionId: "Q-nothing",
      answeredBy: "J. Roe",
      answeredOn: "2026-03-01",
    });
    expect(unknown.body?.intent === "answer" && unknown.body.errors.questionId).toMatch(/no such question/);
    expect(listVendorAnswers(db, review.id)).toEqual([]);

    const recorded = await post(review.id, { ...typed, answeredBy: "Jane Roe", answeredOn: "2026-03-01" });
    expect(recorded.location).toBe(
      `/reviews/${review.id}/vendor-answers?answered=${AUDIT_QUESTION}#question-${AUDIT_QUESTION}`,
    );
    expect(listVendorAnswers(db, review.id)).toMatchObject([
      { questionId: AUDIT_QUESTION, answer: "We agree to one audit a year.", answeredBy: "Jane Roe", via: "typed" },
    ]);
    await post(review.id, { ...typed, answer: "Two audits a year.", answeredBy: "Jane Roe", answeredOn: "2026-03-02" });
    expect(events(review.id).map((e) => [e.what, e.details])).toEqual([
      [`Recorded the vendor’s written answer to ${AUDIT_QUESTION}`, { questionId: AUDIT_QUESTION, replaced: null }],
      [
        `Replaced the vendor’s written answer to ${AUDIT_QUESTION}`,
        {
          questionId: AUDIT_QUESTION,
          replaced: expect.objectContaining({
            answer: "We agree to one audit a year.",
            answeredOn: "2026-03-01",
            via: "typed",
          }),
        },
      ],
    ]);
  });
});

/** A review whose audit-right question is answered, ready to settle. */
async function answered(answers: Answers = AUDIT_UNKNOWN, questionId = AUDIT_QUESTION) {
  const review = newReview(answers);
  const typed = {
    intent: "answer",
    questionId,
    answer: "Yes, one audit a year.",
    document: "Security addendum v2",
    answeredBy: "Jane Roe",
    answeredOn: "2026-03-01",
  };
  expect((await post(review.id, typed)).status).toBe(302);
  return review;
}

const settleFields = (value: string, changes: Record<string, string> = {}) => ({
  intent: "settle",
  questionId: AUDIT_QUESTION,
  key: "audit_right",
  productLine: "business",
  value,
  statement: "Anthropic will accept one audit a year by an independent auditor.",
  ...changes,
});

const finding = (reviewId: string, id: string) =>
  reviewPage(db, reviewId).evaluation!.findings.find((f) => f.id === id);

describe("an answer settling an unknown for this review", () => {
  it("turns the finding's evidence known, with the written answer as its source, and changes the finding and the exposure", async () => {
    const review = await answered();
    expect(finding(review.id, "no-audit-right")).toMatchObject({
      status: "unknown",
      unknownProvisions: ["audit_right"],
    });
    const before = getReview(db, review.id)!.exposure;

    const gap = await post(review.id, settleFields("reports"));
    expect(gap.location).toBe(
      `/reviews/${review.id}/vendor-answers?settled=business.audit_right#question-${AUDIT_QUESTION}`,
    );
    const settled = finding(review.id, "no-audit-right")!;
    expect(settled.status).toBe("gap");
    expect(settled.because.provisions[0]).toMatchObject({
      known: true,
      value: "reports",
      sourceTitle: "Anthropic’s written answer of 2026-03-01",
      sources: [
        {
          title: "Anthropic’s written answer of 2026-03-01",
          publisher: "Anthropic",
          kind: "primary",
          dateNote: "answered by Jane Roe, resting on “Security addendum v2”",
        },
      ],
    });

    expect((await post(review.id, settleFields("yes"))).status).toBe(302);
    expect(finding(review.id, "no-audit-right")).toBeUndefined();
    // The review's row (the lists' exposure column) follows, in the same change.
    expect(getReview(db, review.id)!.exposure).toBe(reviewPage(db, review.id).evaluation!.exposure);
    expect(before).toBe("medium");
    expect(listWrittenProvisions(db, review.id)).toMatchObject([
      { key: "audit_right", productLine: "business", value: "yes", questionId: AUDIT_QUESTION },
    ]);
    expect(events(review.id, "negotiation.written").map((e) => e.what)).toEqual([
      `Recorded what the vendor’s answer to ${AUDIT_QUESTION} settles: “Audit right” for Business or enterprise seats`,
      `Recorded what the vendor’s answer to ${AUDIT_QUESTION} settles: “Audit right” for Business or enterprise seats (replacing an earlier one)`,
    ]);
    const shown = page(review.id).questions.find((q) => q.id === AUDIT_QUESTION)!;
    expect(shown.settles[0].settled).toMatchObject({
      valueWords: "yes",
      source: "Anthropic’s written answer of 2026-03-01",
      readByRules: true,
      proposalRefusal: null,
    });
    // The audit clause still asks it (the finding it held is settled, so no longer asks it).
    expect(shown.askedNow).toBe(true);
  });

  it("refuses what is not unknown for this review, before it is answered, and a value the provision does not take", async () => {
    const review = newReview();
    expect((await post(review.id, settleFields("yes"))).body).toMatchObject({
      intent: "settle",
      errors: { form: "Record the vendor’s answer to this question first: what it settles rests on it." },
    });
    await post(review.id, {
      intent: "answer",
      questionId: AUDIT_QUESTION,
      answer: "Yes.",
      answeredBy: "J",
      answeredOn: "2026-03-01",
    });
    const recorded = await post(review.id, settleFields("no", { key: "training_use_of_input" }));
    expect(recorded.status).toBe(409);
    expect(recorded.body?.intent === "settle" && recorded.body.errors.form).toMatch(
      /^The catalog records “Training on your inputs” for Business or enterprise seats for Anthropic, so it is not unknown for this review/,
    );
    const badValue = await post(review.id, settleFields("sometimes", { statement: "" }));
    expect(badValue.body).toMatchObject({
      errors: {
        value:
          "What the answer says for “Audit right” must be one of none, reports (audit reports only), yes, adminLog (an administrator's activity log); “sometimes” is not.",
        statement: "The position in one sentence is required.",
      },
      values: { value: "sometimes", statement: "" },
    });
    expect(listWrittenProvisions(db, review.id)).toEqual([]);
  });

  it("settles an unknown for a vendor outside the catalog, but cannot be proposed to it", async () => {
    const answers = fixtureAnswers("eu-insurer-other-vendor");
    const review = newReview(answers);
    const question = page(review.id).questions.find((q) => q.settles.some((s) => s.key === "audit_right"))!;
    await post(review.id, {
      intent: "answer",
      questionId: question.id,
      answer: "Yes.",
      answeredBy: "Sam Lee",
      answeredOn: "2026-02-01",
    });
    const result = await post(
      review.id,
      settleFields("yes", { questionId: question.id, productLine: "api", statement: "The vendor accepts an audit." }),
    );
    expect(result.status).toBe(302);
    expect(finding(review.id, "no-audit-right")).toBeUndefined();
    const settled = page(review.id)
      .questions.find((q) => q.id === question.id)!
      .settles.find((s) => s.key === "audit_right")!.settled!;
    expect(settled.source).toBe(`${answers.vendorName}’s written answer of 2026-02-01`);
    expect(settled.proposalRefusal).toMatch(/is not in the catalog, so this answer counts for this review only/);
    const proposed = await post(review.id, { intent: "propose", key: "audit_right", productLine: "api" }, legal);
    expect(proposed).toMatchObject({
      status: 409,
      body: { intent: "propose", message: expect.stringMatching(/is not in the catalog/) },
    });
  });

  it("is cited by the documents generated after it, as a new document rather than the one recorded before", async () => {
    const review = await answered();
    const memoBefore = await documentForReview(db, getReview(db, review.id)!, "memo", { by: null });
    await post(review.id, settleFields("reports"));
    const memoAfter = await documentForReview(db, getReview(db, review.id)!, "memo", { by: null });
    expect(memoAfter.created).toBe(true);
    expect(memoAfter.record.id).not.toBe(memoBefore.record.id);
    const text = paragraphs(part(await readDocx(memoAfter.file), "word/document.xml")).map((p) => p.text);
    expect(text).toContain("The vendor’s written answers to the questionnaire");
    expect(text).toContain(
      "Anthropic’s written answer of 2026-03-01 — Anthropic\nanswered by Jane Roe, resting on “Security addendum v2”",
    );
    expect(text.some((t) => t.includes("Audit right, the vendor’s written answer"))).toBe(true);
    expect(text.some((t) => t.includes("Anthropic will accept one audit a year by an independent auditor."))).toBe(
      true,
    );
    const before = paragraphs(part(await readDocx(memoBefore.file), "word/document.xml")).map((p) => p.text);
    expect(before.some((t) => t.includes("written answer of"))).toBe(false);
    // Asked again for the same inputs, the recorded document is the one handed out.
    expect((await documentForReview(db, getReview(db, review.id)!, "memo", { by: null })).record.id).toBe(
      memoAfter.record.id,
    );
  });
});

describe("proposing a written answer to the catalog", () => {
  let shared: { db: Db; procurement: SessionUser; legal: SessionUser };
  beforeAll(() => {
    shared = { db, procurement, legal };
    db = freshDb();
    procurement = createTestUser("procurement", db);
    legal = createTestUser("legal", db);
  });
  afterAll(() => ({ db, procurement, legal } = shared));

  it("records version N+1 of the vendor's provision with the written answer as its source, audited on the review and the catalog", async () => {
    const review = await answered();
    await post(review.id, settleFields("reports"));
    const versions = provisionHistory(db, "anthropic", "business", "audit_right").length;

    const refused = await post(
      review.id,
      { intent: "propose", key: "audit_right", productLine: "business" },
      procurement,
    );
    expect(refused).toMatchObject({
      status: 403,
      body: {
        intent: "propose",
        target: "business.audit_right",
        message: expect.stringMatching(/^Only legal and admins may propose/),
      },
    });
    expect(provisionHistory(db, "anthropic", "business", "audit_right")).toHaveLength(versions);

    const proposed = await post(review.id, { intent: "propose", key: "audit_right", productLine: "business" }, legal);
    expect(proposed.status).toBe(302);
    const [latest] = provisionHistory(db, "anthropic", "business", "audit_right");
    expect(latest).toMatchObject({
      version: versions + 1,
      current: true,
      origin: "user",
      value: "reports",
      statement: "Anthropic will accept one audit a year by an independent auditor.",
      sourceTitle: "Anthropic’s written answer of 2026-03-01",
      sourceUrl: null,
      standing: "stated",
      checkedOn: "2026-03-01",
      sources: [{ title: "Anthropic’s written answer of 2026-03-01", publisher: "Anthropic", kind: "primary" }],
    });
    expect(proposed.location).toBe(
      `/reviews/${review.id}/vendor-answers?proposed=${versions + 1}#question-${AUDIT_QUESTION}`,
    );
    expect(events(review.id).at(-1)).toMatchObject({
      actor: legal.name,
      what: `Proposed the vendor’s written answer on “Audit right” for Business or enterprise seats to the catalog (version ${versions + 1} for Anthropic)`,
    });
    const catalogEvent = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "catalog.provision_recorded"))
      .all()
      .at(-1)!;
    expect(catalogEvent.details).toMatchObject({
      vendorId: "anthropic",
      productLine: "business",
      key: "audit_right",
      version: versions + 1,
    });
    // Now the catalog's version is the one read, and a second proposal is refused.
    expect(page(review.id).questions.find((q) => q.id === AUDIT_QUESTION)!.settles[0].settled).toMatchObject({
      readByRules: false,
    });
    expect(
      (await post(review.id, { intent: "propose", key: "audit_right", productLine: "business" }, legal)).status,
    ).toBe(409);
  });
});

describe("who may post", () => {
  it("every role that records the negotiation; nobody signed out (sent to sign in, or 401 if the action is reached)", async () => {
    const route = "routes/reviews.$reviewId.vendor-answers";
    const decide = (role: SessionUser["role"] | null, method: string) =>
      decideRouteAccess({
        routeId: route,
        method,
        url: new URL("http://localhost/reviews/x/vendor-answers"),
        user: role ? { ...procurement, role } : null,
        hasUsers: true,
        fromAnotherSite: false,
      }).kind;
    for (const role of ["admin", "legal", "procurement"] as const) {
      expect(decide(role, "GET"), role).toBe("continue");
      expect(decide(role, "POST"), role).toBe("continue");
    }
    expect(decide(null, "POST")).toBe("redirect");
    // Reached without anyone signed in (a unit test, a bug in the guard), the action refuses before anything.
    const request = new Request("http://localhost/reviews/x/vendor-answers", { method: "POST", body: new FormData() });
    await expect(action({ params: { reviewId: "x" }, request, context: testContext(null) })).rejects.toMatchObject({
      init: { status: 401 },
    });
  });

  it("a draft has no questionnaire yet: the page says so and a post is refused", async () => {
    const draft = startReview(db, answersWith({ auditRight: undefined }, AUDIT_UNKNOWN));
    expect(draft.status).toBe("draft");
    const shown = vendorAnswersPage(db, draft.id);
    expect(shown).toMatchObject({ ready: false, continueAt: { title: expect.any(String) } });
    await expect(post(draft.id, { intent: "answer" })).rejects.toMatchObject({ init: { status: 409 } });
  });
});

describe("carrying the written answers to a re-review", () => {
  it("copies each answer as it was answered, and what it settles, with one event on the re-review", async () => {
    const from = await answered();
    await post(from.id, settleFields("yes"));
    const to = newReview();
    const carried = writeTransaction(db, (tx) =>
      carryVendorAnswers(tx, from.id, to.id, { id: legal.id, name: legal.name }),
    );
    expect(carried).toEqual({ answers: 1, provisions: 1 });
    expect(listVendorAnswers(db, to.id)).toMatchObject([
      {
        questionId: AUDIT_QUESTION,
        answer: "Yes, one audit a year.",
        answeredBy: "Jane Roe",
        answeredOn: "2026-03-01",
        via: "carried",
      },
    ]);
    expect(listWrittenProvisions(db, to.id)).toMatchObject([
      { key: "audit_right", value: "yes", questionId: AUDIT_QUESTION },
    ]);
    expect(events(to.id).map((e) => e.what)).toEqual([
      "Carried over the vendor’s written answers from the review it renews (1 answer, 1 settled provision)",
    ]);
    expect(finding(to.id, "no-audit-right")).toBeUndefined();
    // Nothing to carry: nothing written, no event.
    const empty = newReview();
    expect(writeTransaction(db, (tx) => carryVendorAnswers(tx, empty.id, newReview().id))).toEqual({
      answers: 0,
      provisions: 0,
    });
    expect(db.select().from(writtenProvisions).where(eq(writtenProvisions.reviewId, empty.id)).all()).toEqual([]);
    expect(db.select().from(reviews).where(eq(reviews.id, to.id)).get()).toBeDefined();
  });
});

describe("the page", () => {
  it("lists every question of the questionnaire, each not answered yet, with the way to the questionnaire", async () => {
    // Through the route's loader, on the app's own database.
    const review = startReview(getDb(), AUDIT_UNKNOWN);
    const data = await loader({
      params: { reviewId: review.id },
      request: new Request("http://localhost/"),
      context: testContext(createTestUser("legal")),
    });
    if (!data.ready) throw new Error("not ready");
    expect(data.questionnaire.xlsx).toBe(`/reviews/${review.id}/questions.xlsx`);
    expect(data.counts).toEqual({ answered: 0, questions: data.questions.length });
    expect(data.questions.every((q) => q.answer === null && q.number !== null)).toBe(true);
    expect(reviewPage(getDb(), review.id).vendorAnswers).toEqual({
      answered: 0,
      questions: data.questions.length,
      path: `/reviews/${review.id}/vendor-answers`,
    });
  });
});
