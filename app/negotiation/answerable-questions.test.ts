// Which questions a vendor may answer, and what an answer may settle: the questionnaire as sent, as asked
// now, and the questions already answered.
import { describe, expect, it } from "vitest";

import type { FindingResult } from "../rules/evaluate.ts";
import type { VendorQuestionnaireItem } from "../pack/vendor-questionnaire.ts";
import { answerableQuestions, expectedQuestions } from "./answerable-questions.ts";

const item = (id: string, number: number, question: string, from: VendorQuestionnaireItem["from"]) =>
  ({
    id,
    number,
    question,
    from,
    topic: "assurance",
    topicHeading: "Assurance",
    recorded: [],
    seeAlso: [],
  }) as VendorQuestionnaireItem;

const finding = (id: string, provisions: FindingResult["because"]["provisions"]) =>
  ({ id, because: { answers: [], provisions } }) as unknown as FindingResult;

const unknown = (key: "audit_right" | "dpa", productLine: "api" | "unsure") => ({
  known: false as const,
  key,
  productLine,
  reason: "notInCatalog" as const,
  statement: "",
});

describe("the questions a vendor may answer", () => {
  const sent = [
    item("Q-audit-verification-1", 1, "How can we verify it, and will you agree to an audit?", [
      { kind: "clause", id: "audit-verification" },
      { kind: "finding", id: "no-audit-right" },
    ]),
    item("Q-dpa-missing", 2, "Which DPA applies?", [{ kind: "finding", id: "dpa-missing" }]),
  ];
  const sentFindings = [
    finding("no-audit-right", [unknown("audit_right", "api")]),
    // Unknown because the product line is not known: an answer about one line cannot settle it.
    finding("dpa-missing", [unknown("dpa", "unsure")]),
  ];
  // Asked now, with the audit right settled: the clause's own words, the finding's question gone.
  const now = [
    item("Q-audit-verification-1", 1, "How can we verify it?", [{ kind: "clause", id: "audit-verification" }]),
  ];

  it("are the questionnaire's as sent, each with every wording a copy may hold and what its findings leave unknown", () => {
    const questions = answerableQuestions({ sent, sentFindings, now, answered: [] });
    expect(questions.map((q) => [q.id, q.number, q.words, q.askedNow, q.asked, q.settles])).toEqual([
      [
        "Q-audit-verification-1",
        1,
        ["How can we verify it, and will you agree to an audit?", "How can we verify it?"],
        true,
        true,
        [{ key: "audit_right", productLine: "api" }],
      ],
      ["Q-dpa-missing", 2, ["Which DPA applies?"], false, true, []],
    ]);
  });

  it("keep a question answered that the review no longer asks, in the words it was answered", () => {
    const questions = answerableQuestions({
      sent,
      sentFindings,
      now,
      answered: [{ questionId: "Q-old-1", question: "An old question?" }],
    });
    expect(questions.at(-1)).toMatchObject({
      id: "Q-old-1",
      number: null,
      asked: false,
      askedNow: false,
      words: ["An old question?"],
    });
    expect(expectedQuestions(questions).map((q) => [q.id, q.number])).toEqual([
      ["Q-audit-verification-1", 1],
      ["Q-dpa-missing", 2],
      ["Q-old-1", 3],
    ]);
  });
});
