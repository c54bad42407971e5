import { describe, expect, it } from "vitest";

import { loadClauseLibrary } from "../clauses/library.server.ts";
import { FINDINGS } from "../rules/findings.ts";
import { handPickedEvaluation } from "../rules/hand-picked.ts";
import { evaluateAnswers } from "../use-cases/reviews/evaluate.server.ts";
import { getDb } from "../utils/db.server.ts";
import { FIXTURE_NAMES, fixtureAnswers } from "../../tests/support/fixtures.ts";
import { FULL_PACK_VALUES } from "./full-pack.ts";
import { FALLBACK_LEAD, requestVoice } from "./question-voice.ts";

/** Every question the library and the findings can ask: each clause's (its variables filled), each finding's. */
function everyQuestion(): string[] {
  const library = loadClauseLibrary();
  const all = handPickedEvaluation({
    library,
    selections: library.clauses.map((c) => ({ id: c.id })),
    values: FULL_PACK_VALUES,
  });
  const findings = FINDINGS.flatMap((f) => [
    f.vendorQuestion,
    ...(f.wordings ?? []).flatMap((w) => (w.vendorQuestion ? [w.vendorQuestion] : [])),
  ]);
  const fixtures = FIXTURE_NAMES.flatMap((name) =>
    evaluateAnswers(getDb(), fixtureAnswers(name)).evaluation.vendorQuestions.map((q) => q.question),
  );
  return [...new Set([...findings, ...all.vendorQuestions.map((q) => q.question), ...fixtures])];
}

describe("the questionnaire's one voice", () => {
  // Read one by one: each shape of question the library and the findings use, and what it becomes.
  it.each([
    [
      "Which documents, and which versions of them, make up the agreement for the commercial API, and which of them can the Provider change without the Customer’s signature?",
      "Please state which documents, and which versions of them, make up the agreement for the commercial API, and which of them you can change without our signature.",
    ],
    [
      "Will the Provider state its commitments on training, retention and access to Customer Data in the signed agreement or a schedule to it, and confirm that they prevail over any policy incorporated by link?",
      "Please confirm whether you will state your commitments on training, retention and access to Customer Data in the signed agreement or a schedule to it, and confirm that they prevail over any policy incorporated by link.",
    ],
    [
      "If Authorized Users use the Provider’s consumer product, can the Provider identify accounts registered on the Customer’s domains and bring them under this Agreement or block them?",
      "Please confirm whether, if Authorized Users use your consumer product, you can identify accounts registered on our domains and bring them under this Agreement or block them.",
    ],
    [
      "In the consumer product, does opting out of training also exclude conversations that a user has rated and content flagged for safety review?",
      "Please confirm whether, in the consumer product, opting out of training also excludes conversations that a user has rated and content flagged for safety review.",
    ],
    [
      "For the commercial API, how long are Inputs, Outputs, Feedback and Flagged Content kept, in which systems (including logs and backups), and for what purpose?",
      "Please state, for the commercial API, how long Inputs, Outputs, Feedback and Flagged Content are kept, in which systems (including logs and backups), and for what purpose.",
    ],
    [
      "What is the shortest retention period that can be set for the Customer’s accounts, and how is deletion verified?",
      "Please state the shortest retention period that can be set for our accounts, and how deletion is verified.",
    ],
    [
      "In which circumstances does the Provider keep data longer, and will it tell the Customer when it does?",
      "Please state in which circumstances you keep data longer, and whether you will tell us when you do.",
    ],
    [
      "How long after termination are Inputs, Outputs, stored files, logs, Feedback and Flagged Content deleted from production systems, from Subprocessors and from backups?",
      "Please state how long after termination Inputs, Outputs, stored files, logs, Feedback and Flagged Content are deleted from production systems, from Subprocessors and from backups.",
    ],
    [
      "Which Subprocessors Process Customer Data for the commercial API, in which locations, and does any of them, including any third-party model provider, have a right to use it for its own purposes?",
      "Please state which Subprocessors Process Customer Data for the commercial API, in which locations, and whether any of them, including any third-party model provider, has a right to use it for its own purposes.",
    ],
    [
      "How will the Provider notify the Customer of changes to its Subprocessors, and how much notice will it give?",
      "Please state how you will notify us of changes to your Subprocessors, and how much notice you will give.",
    ],
    [
      "Will the Provider sign a business associate agreement for the commercial API, and which products, features and models does it cover?",
      "Please state whether you will sign a business associate agreement for the commercial API, and which products, features and models it covers.",
    ],
    [
      "Did the latest reports contain any qualified opinion or exception, and has it been remediated?",
      "Please confirm whether the latest reports contained any qualified opinion or exception, and whether it has been remediated.",
    ],
    [
      "Which data processing agreement applies to the commercial API, and does it apply automatically or must it be signed?",
      "Please state which data processing agreement applies to the commercial API, and whether it applies automatically or whether it must be signed.",
    ],
    [
      "Is the entity contracting with the Customer certified under the EU-U.S. Data Privacy Framework, and under its UK Extension, for the categories of data concerned?",
      "Please confirm whether the entity contracting with us is certified under the EU-U.S. Data Privacy Framework, and under its UK Extension, for the categories of data concerned.",
    ],
    [
      "Is financial information submitted to the Services used for any purpose other than providing the Services to the Customer?",
      "Please confirm whether financial information submitted to the Services is used for any purpose other than providing the Services to us.",
    ],
    [
      "How quickly would the Provider notify the Customer of an incident involving financial information, so that the Customer can meet its regulatory deadlines?",
      "Please state how quickly you would notify us of an incident involving financial information, so that we can meet our regulatory deadlines.",
    ],
    [
      "Does the Provider permit an audit where a regulator of the Customer requires one?",
      "Please confirm whether you permit an audit where a regulator of ours requires one.",
    ],
    [
      "Are the Customer’s rights in Outputs conditional on compliance with the Provider’s terms or usage policy, and what happens to Outputs already in use if the Provider alleges a breach?",
      "Please state whether our rights in Outputs are conditional on compliance with your terms or usage policy, and what happens to Outputs already in use if you allege a breach.",
    ],
    [
      "How can we verify that you comply with your commitments on training, retention and access: will you agree to an audit, or to yearly independent reports with an officer’s written certificate of compliance?",
      "Please state how we can verify that you comply with your commitments on training, retention and access, and whether you will agree to an audit, or to yearly independent reports with an officer’s written certificate of compliance.",
    ],
    [
      "When content is flagged for safety review, who may read it, how long is it kept, and is it used to train models even where the user has opted out of training?",
      "Please state, when content is flagged for safety review, who may read it, how long it is kept, and whether it is used to train models even where the user has opted out of training.",
    ],
    [
      "Do your consumer products use conversations for training by default, and can our staff’s use of them be brought under our agreement or kept apart from company data?",
      "Please confirm whether your consumer products use conversations for training by default, and whether our staff’s use of them can be brought under our agreement or kept apart from company data.",
    ],
    [
      "Which of the terms that govern our data have you changed in the last two years, and how will you notify us of future changes?",
      "Please state which of the terms that govern our data you have changed in the last two years, and how you will notify us of future changes.",
    ],
    [
      "What, if anything, is still retained under Zero Data Retention, such as metadata, classifier results or Flagged Content, and for how long?",
      "Please state what, if anything, is still retained under Zero Data Retention, such as metadata, classifier results or Flagged Content, and for how long.",
    ],
    [
      "Does the data processing agreement cover the commercial API and the consumer app (free or individual paid plans) in full, and if not, which products or features does it leave out?",
      "Please state whether the data processing agreement covers the commercial API and the consumer app (free or individual paid plans) in full, and if not, which products or features it leaves out.",
    ],
    [
      "Please send your data processing agreement and confirm that it meets GDPR Art. 28, including the subprocessor list and the terms for international transfers.",
      "Please send your data processing agreement and confirm that it meets GDPR Art. 28, including the subprocessor list and the terms for international transfers.",
    ],
  ])("%s", (question, request) => {
    expect(requestVoice(question)).toEqual({ text: request, rewritten: true });
  });

  it("reads every question the clause library, the findings and the fixtures' reviews ask, in the same voice", () => {
    const questions = everyQuestion();
    expect(questions.length).toBeGreaterThan(90);
    const problems = questions.flatMap((q) => {
      const { text, rewritten } = requestVoice(q);
      const wrong = [
        !rewritten && "not rewritten",
        !/^Please (confirm whether|state|send)[ ,]/.test(text) && "does not open with the request",
        !/[^.?]\.$/.test(text) && "does not end with one full stop",
        text.includes("?") && "still a question",
        /\bthe (Provider|Customer)\b(?! Data)/.test(text) && "still speaks of the Provider or the Customer",
        /\b(do|does|did) (you|we|it|they|the|any|your|our)\b/.test(text) && "keeps a question's word order",
        /\b(you|we) (is|has|does|was|needs|requires|alleges|keeps|gives)\b/.test(text) && "a verb disagrees",
        /\b(you|we|us) (you|we|us)\b/.test(text) && "two persons in a row",
      ].filter(Boolean);
      return wrong.length > 0 ? [`${q}\n  → ${text}\n  (${wrong.join(", ")})`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("keeps a question it cannot read whole, behind a plain request, rather than mangle it", () => {
    expect(requestVoice("Describe your incident response process.")).toEqual({
      text: `${FALLBACK_LEAD} Describe your incident response process.`,
      rewritten: false,
    });
    expect(requestVoice("Tell us about your incident process?").rewritten).toBe(false);
  });
});
