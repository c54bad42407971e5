import { describe, expect, it } from "vitest";

import {
  findForbiddenCharacter,
  formatProblem,
  parseAnswersFile,
  prune,
  toAnswersFile,
  validateAnswers,
  type Answers,
} from "./answers.ts";
import { CATALOG, changed, PUBLIC_DATA_REVIEW } from "../../tests/support/test-answers.ts";

describe("prune", () => {
  it("returns answers it has already pruned as they are, frozen, so pruning again costs nothing", () => {
    const once = prune({ retentionRequirement: "zero", maxRetentionDays: 30 });
    expect(prune(once)).toBe(once);
    expect(Object.isFrozen(once)).toBe(true);
    // Answers that merely look pruned are still copied and checked.
    const given: Answers = { retentionRequirement: "zero" };
    expect(prune(given)).not.toBe(given);
    expect(prune(given)).toEqual(given);
  });

  it.each<[string, Answers, Answers]>([
    [
      "retention switched from limited to zero drops the maximum",
      { retentionRequirement: "zero", maxRetentionDays: 30 },
      { retentionRequirement: "zero" },
    ],
    [
      "no deletion on termination drops its deadline and backups",
      { deletionOnTermination: false, deletionDays: 30, backupsIncluded: true },
      { deletionOnTermination: false },
    ],
    [
      "public data only drops the regulatory answers",
      {
        dataCategories: ["publicOnly"],
        jurisdictions: ["eea"],
        dpaStatus: "needed",
        transferMechanism: "sccs",
        dpiaDone: true,
        baaStatus: "needed",
      },
      { dataCategories: ["publicOnly"], jurisdictions: ["eea"] },
    ],
    [
      "a catalog vendor drops the typed-in vendor name",
      { vendorId: "anthropic", vendorName: "Anthropic PBC" },
      { vendorId: "anthropic" },
    ],
    [
      "employees only drops the question on minors",
      { endUsers: "employees", minorsPossible: true },
      { endUsers: "employees" },
    ],
    [
      "no longer EEA or UK drops transfers and the DPIA, keeps the DPA",
      {
        dataCategories: ["personal"],
        jurisdictions: ["usOther"],
        dpaStatus: "signed",
        transferMechanism: "dpf",
        dpiaDone: false,
      },
      { dataCategories: ["personal"], jurisdictions: ["usOther"], dpaStatus: "signed" },
    ],
    [
      "no PHI drops the BAA",
      { dataCategories: ["personal"], jurisdictions: ["california"], dpaStatus: "needed", baaStatus: "needed" },
      { dataCategories: ["personal"], jurisdictions: ["california"], dpaStatus: "needed" },
    ],
    [
      "a residency in a named region drops the other region",
      { dataResidency: "eea", dataResidencyOther: "Switzerland" },
      { dataResidency: "eea" },
    ],
    ["no change control drops its notice", { changeControl: false, changeNoticeDays: 60 }, { changeControl: false }],
    ["an unanswered condition hides its question", { maxRetentionDays: 30, deletionDays: 30 }, {}],
    [
      "answers that apply stay",
      { retentionRequirement: "limited", maxRetentionDays: 30 },
      { retentionRequirement: "limited", maxRetentionDays: 30 },
    ],
    ["undefined is no answer", { buyerName: undefined, stage: "new" }, { stage: "new" }],
  ])("%s", (_, answers, expected) => {
    expect(prune(answers)).toEqual(expected);
  });

  it("does not change the answers it is given, and is idempotent", () => {
    const answers: Answers = { retentionRequirement: "zero", maxRetentionDays: 30 };
    const pruned = prune(answers);
    expect(answers.maxRetentionDays).toBe(30);
    expect(prune(pruned)).toEqual(pruned);
  });
});

describe("findForbiddenCharacter", () => {
  it.each<[string, string, { name: string; position: number; index: number } | null]>([
    ["plain text", "Example Corp", null],
    ["tab, line feed and carriage return", "a\tb\nc\r\nd", null],
    ["accents, other scripts and emoji", "Société Générale — 株式会社 🚀", null],
    ["a bell", "Acme\u0007 Ltd", { name: "U+0007", position: 5, index: 4 }],
    ["a NUL at the start", "\u0000Acme", { name: "U+0000", position: 1, index: 0 }],
    ["a vertical tab", "a\u000Bb", { name: "U+000B", position: 2, index: 1 }],
    ["U+FFFE", "a\uFFFE", { name: "U+FFFE", position: 2, index: 1 }],
    ["U+FFFF", "\uFFFF", { name: "U+FFFF", position: 1, index: 0 }],
    ["a lone high surrogate", "ab\uD83D", { name: "U+D83D", position: 3, index: 2 }],
    ["a lone low surrogate after an emoji", "🚀\uDE80x", { name: "U+DE80", position: 2, index: 2 }],
  ])("%s", (_, text, expected) => {
    const found = findForbiddenCharacter(text);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });
});

const file = (answers: unknown): unknown => ({ version: 1, answers });
const withChanges = (changes: Record<string, unknown>): unknown => file(changed(PUBLIC_DATA_REVIEW, changes));

describe("parseAnswersFile: bad files name the field and say what is expected", () => {
  // Each bad file has exactly one problem: the field it names and the message.
  it.each<[string, unknown, string, string]>([
    // The envelope
    ["not an object", [], "file", 'An answers file must be a JSON object: { "version": 1, "answers": { … } }.'],
    ["null", null, "file", 'An answers file must be a JSON object: { "version": 1, "answers": { … } }.'],
    [
      "another version",
      { version: 2, answers: {} },
      "version",
      "Version 2 is not supported; this app reads answers files of version 1.",
    ],
    [
      "the version as text",
      { version: "1", answers: {} },
      "version",
      'Version "1" is not supported; this app reads answers files of version 1.',
    ],
    [
      "no version",
      { answers: {} },
      "version",
      'The file has no version; an answers file starts { "version": 1, "answers": { … } }.',
    ],
    [
      "no answers",
      { version: 1 },
      "answers",
      'The file has no answers; an answers file is { "version": 1, "answers": { … } }.',
    ],
    [
      "answers that are a list",
      { version: 1, answers: [] },
      "answers",
      "The answers must be an object that maps question ids to answers.",
    ],
    [
      "something else beside the answers",
      { version: 1, answers: {}, exportedBy: "me" },
      "exportedBy",
      '"exportedBy" does not belong in an answers file, which holds only "version" and "answers".',
    ],
    // Unknown ids
    [
      "an id in the wrong case",
      withChanges({ buyername: "X" }),
      "buyername",
      '"buyername" is not a question of this questionnaire (answers file version 1); did you mean buyerName?',
    ],
    [
      "an id that does not exist",
      withChanges({ colour: "blue" }),
      "colour",
      '"colour" is not a question of this questionnaire (answers file version 1); check the spelling, or remove it.',
    ],
    // Wrong types
    [
      "yes as text",
      withChanges({ usageDataLimits: "yes" }),
      "usageDataLimits",
      "Limit the vendor’s use of usage and aggregated data must be true (yes) or false (no).",
    ],
    [
      "a number as text",
      withChanges({ breachNoticeHours: "72" }),
      "breachNoticeHours",
      "Breach notice (hours) must be a whole number from 1 to 720.",
    ],
    [
      "a fraction",
      withChanges({ termMonths: 12.5 }),
      "termMonths",
      "Term (months) must be a whole number from 1 to 120.",
    ],
    [
      "a list as a single value",
      withChanges({ jurisdictions: "eea" }),
      "jurisdictions",
      "Where the people whose data it is live must be a list of one or more of: eea, uk, switzerland, california, usOther, other.",
    ],
    [
      "null for no answer",
      withChanges({ signatureDate: null }),
      "signatureDate",
      "Target signature date must be a date written YYYY-MM-DD, such as 2026-09-30 (to leave it unanswered, leave it out rather than null).",
    ],
    [
      "a value that is not an option",
      withChanges({ productLine: "enterprise" }),
      "productLine",
      'Product line must be one of: api, business, consumer, marketplace or unsure; "enterprise" is not one of them.',
    ],
    [
      "a list item that is not an option",
      withChanges({ certifications: ["soc2"] }),
      "certifications",
      'Security reports the vendor must provide must be a list of any of: soc2type2, iso27001, iso27701, iso42001, pentestSummary; "soc2" is not one of them.',
    ],
    [
      "a list item twice",
      withChanges({ jurisdictions: ["usOther", "usOther"] }),
      "jurisdictions",
      'Where the people whose data it is live lists "usOther" more than once.',
    ],
    [
      "a vendor not in the catalog",
      withChanges({ vendorId: "acme" }),
      "vendorId",
      'Vendor must be a vendor from the catalog (anthropic, openai, google, microsoft, luma, writer) or other; "acme" is not in the catalog.',
    ],
    [
      "a vendor id in capitals",
      withChanges({ vendorId: "OpenAI" }),
      "vendorId",
      'Vendor must be a vendor from the catalog (anthropic, openai, google, microsoft, luma, writer) or other; "OpenAI" is not in the catalog.',
    ],
    // Out of range
    [
      "retention beyond ten years",
      withChanges({ retentionRequirement: "limited", maxRetentionDays: 4000 }),
      "maxRetentionDays",
      "Maximum retention (days) must be a whole number from 0 to 3650.",
    ],
    [
      "a negative number",
      withChanges({ subprocessorNoticeDays: -1 }),
      "subprocessorNoticeDays",
      "Notice of a new subprocessor (days) must be a whole number from 0 to 180.",
    ],
    [
      "a re-review lead below a week",
      withChanges({ reviewLeadDays: 3 }),
      "reviewLeadDays",
      "Start the re-review (days before renewal) must be a whole number from 7 to 365.",
    ],
    [
      "a name too long",
      withChanges({ buyerName: "x".repeat(201) }),
      "buyerName",
      "Buyer’s legal name must be at most 200 characters long; it has 201.",
    ],
    // Missing required answers
    ["no buyer name", withChanges({ buyerName: undefined }), "buyerName", "Buyer’s legal name is required."],
    [
      "a blank buyer name",
      withChanges({ buyerName: "  \t " }),
      "buyerName",
      "Buyer’s legal name is required and cannot be blank.",
    ],
    [
      "a blank optional text",
      withChanges({ renewalOwner: " " }),
      "renewalOwner",
      "Renewal owner is blank; write it out, or leave the answer out.",
    ],
    [
      "a renewal without its date",
      withChanges({ stage: "renewal" }),
      "renewalDate",
      "Next renewal date is required for a renewal.",
    ],
    [
      "an empty required list",
      withChanges({ dataCategories: [] }),
      "dataCategories",
      "Kinds of data sent to the service is required: choose at least one.",
    ],
    [
      "a maximum retention not given",
      withChanges({ retentionRequirement: "limited" }),
      "maxRetentionDays",
      "Maximum retention (days) is required.",
    ],
    [
      "the DPA status not given for personal data",
      withChanges({ dataCategories: ["personal"] }),
      "dpaStatus",
      "Data processing agreement is required.",
    ],
    // Dates and emails
    [
      "30 February",
      withChanges({ signatureDate: "2026-02-30" }),
      "signatureDate",
      "Target signature date must be a real calendar date; 2026-02-30 does not exist.",
    ],
    [
      "29 February of a common year",
      withChanges({ signatureDate: "2027-02-29" }),
      "signatureDate",
      "Target signature date must be a real calendar date; 2027-02-29 does not exist.",
    ],
    [
      "a date in another format",
      withChanges({ signatureDate: "30/09/2026" }),
      "signatureDate",
      "Target signature date must be a date written YYYY-MM-DD, such as 2026-09-30.",
    ],
    [
      "an email without @",
      withChanges({ renewalOwnerEmail: "jane.example.com" }),
      "renewalOwnerEmail",
      "Renewal owner’s email must be an email address, such as name@example.com.",
    ],
    [
      "an email with a space",
      withChanges({ renewalOwnerEmail: "jane doe@example.com" }),
      "renewalOwnerEmail",
      "Renewal owner’s email must be an email address, such as name@example.com.",
    ],
    // Public data mixed with others
    [
      "public only with personal data",
      withChanges({ dataCategories: ["publicOnly", "personal"] }),
      "dataCategories",
      "Kinds of data sent to the service cannot combine publicOnly (Public information only) with anything else; choose either publicOnly alone or the others that apply.",
    ],
    // Characters a document cannot carry
    [
      "a control character in a name",
      withChanges({ buyerName: "Acme\u0007 Ltd" }),
      "buyerName",
      "Buyer’s legal name contains a character that cannot be stored in a document (U+0007 at position 5); remove it.",
    ],
    [
      "U+FFFF in the renewal owner",
      withChanges({ renewalOwner: "Jane\uFFFF" }),
      "renewalOwner",
      "Renewal owner contains a character that cannot be stored in a document (U+FFFF at position 5); remove it.",
    ],
    // Answers to questions that do not apply
    [
      "a maximum retention with the vendor's standard",
      withChanges({ maxRetentionDays: 30 }),
      "maxRetentionDays",
      "Maximum retention (days) applies only when the retention requirement is a set maximum (retentionRequirement is limited); remove it.",
    ],
    [
      "a vendor name for a catalog vendor",
      withChanges({ vendorName: "OpenAI" }),
      "vendorName",
      "Vendor’s name applies only when the vendor is not in the catalog (vendorId is other); remove it.",
    ],
    [
      "a transfer mechanism for public data",
      withChanges({ jurisdictions: ["eea"], transferMechanism: "sccs" }),
      "transferMechanism",
      "Legal basis for transfers out of the EEA, the UK or Switzerland applies only when personal data of people in the EEA, the UK or Switzerland is in scope (jurisdictions has eea, uk or switzerland, and dataCategories has personal data); remove it.",
    ],
    // A wrong answer does not also make the questions that depend on it look misplaced.
    [
      "a misspelt condition",
      withChanges({ retentionRequirement: "limitd", maxRetentionDays: 30 }),
      "retentionRequirement",
      'Retention requirement must be one of: zero, limited or vendorStandard; "limitd" is not one of them.',
    ],
  ])("%s", (_, json, field, message) => {
    const result = parseAnswersFile(json, CATALOG);
    expect(result).toEqual({ ok: false, problems: [{ field, message }] });
  });

  it("reports every problem at once, unknown ids first, then in the order of the questions", () => {
    const result = parseAnswersFile(withChanges({ breachNoticeHours: 0, buyerName: undefined, extra: 1 }), CATALOG);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'extra: "extra" is not a question of this questionnaire (answers file version 1); check the spelling, or remove it.',
      "buyerName: Buyer’s legal name is required.",
      "breachNoticeHours: Breach notice (hours) must be a whole number from 1 to 720.",
    ]);
  });
});

describe("validateAnswers", () => {
  it("accepts complete answers and keeps text exactly as typed", () => {
    const answers = changed(PUBLIC_DATA_REVIEW, { buyerName: "  Société\tGénérale 🚀 ", renewalOwner: "Jane\r\nDoe" });
    const result = validateAnswers(answers, CATALOG);
    expect(result).toEqual({ ok: true, answers });
  });

  it("counts a name in characters, not in UTF-16 units", () => {
    expect(validateAnswers(changed(PUBLIC_DATA_REVIEW, { buyerName: "🚀".repeat(200) }), CATALOG).ok).toBe(true);
  });

  it("accepts a vendor outside the catalog as other, with its name", () => {
    const answers = changed(PUBLIC_DATA_REVIEW, { vendorId: "other", vendorName: "Acme Models Ltd" });
    expect(validateAnswers(answers, CATALOG).ok).toBe(true);
  });

  it("accepts a draft when told to, but still refuses wrong answers", () => {
    expect(validateAnswers({ buyerName: "Example Corp" }, { ...CATALOG, allowIncomplete: true })).toEqual({
      ok: true,
      answers: { buyerName: "Example Corp" },
    });
    expect(validateAnswers({ termMonths: 0 }, { ...CATALOG, allowIncomplete: true })).toEqual({
      ok: false,
      problems: [{ field: "termMonths", message: "Term (months) must be a whole number from 1 to 120." }],
    });
  });

  it("round-trips through the answers file", () => {
    const json = JSON.parse(JSON.stringify(toAnswersFile(PUBLIC_DATA_REVIEW))) as unknown;
    expect(parseAnswersFile(json, CATALOG)).toEqual({ ok: true, answers: PUBLIC_DATA_REVIEW });
  });
});
