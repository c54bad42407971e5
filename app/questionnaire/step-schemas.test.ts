import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";

import type { Answers } from "./answers.ts";
import { STEP_IDS, type StepId } from "./questions.ts";
import {
  formEntriesFromFormData,
  parseStepForm,
  previewStepAnswers,
  stepFormValues,
  stepSchema,
  type FormEntries,
  type StepErrors,
} from "./step-schemas.ts";
import { CATALOG, PUBLIC_DATA_REVIEW, WIZARD_PUBLIC_DATA_REVIEW } from "../../tests/support/test-answers.ts";

const CONTEXT_POST: FormEntries = {
  buyerName: "  Example Corp ",
  vendorId: "anthropic",
  productLine: "api",
  otherProductsInUse: ["business", "consumer"],
  stage: "new",
  signatureDate: "",
  renewalDate: "",
  termMonths: " 24 ",
  paperSize: "a4",
  intent: "next",
};

const LIMITED_RETENTION: FormEntries = {
  retentionRequirement: "limited",
  maxRetentionDays: "30",
  deletionOnTermination: "yes",
  deletionDays: "45",
  backupsIncluded: "no",
};

describe("parseStepForm: valid posts", () => {
  it.each<[string, StepId, FormEntries, Answers, Answers]>([
    [
      "strings become the answers' types; text is kept as typed; empty fields are not answers",
      "context",
      CONTEXT_POST,
      {},
      {
        buyerName: "  Example Corp ",
        vendorId: "anthropic",
        productLine: "api",
        otherProductsInUse: ["business", "consumer"],
        stage: "new",
        termMonths: 24,
        paperSize: "a4",
      },
    ],
    [
      "a list with one box ticked arrives as a single string",
      "data",
      {
        dataCategories: "personal",
        jurisdictions: ["eea", "uk"],
        regulatedSectors: "euFinancialEntity",
        endUsers: "customers",
        minorsPossible: "no",
      },
      {},
      {
        dataCategories: ["personal"],
        jurisdictions: ["eea", "uk"],
        regulatedSectors: ["euFinancialEntity"],
        endUsers: "customers",
        minorsPossible: false,
      },
    ],
    [
      "yes / no radios and numbers typed as text",
      "retention",
      LIMITED_RETENTION,
      {},
      {
        retentionRequirement: "limited",
        maxRetentionDays: 30,
        deletionOnTermination: true,
        deletionDays: 45,
        backupsIncluded: false,
      },
    ],
    [
      "fields hidden by an answer on the same page are ignored, even when wrong, and pruned",
      "retention",
      {
        retentionRequirement: "zero",
        maxRetentionDays: "12x",
        deletionOnTermination: "no",
        deletionDays: "30",
        backupsIncluded: "maybe",
      },
      {
        retentionRequirement: "limited",
        maxRetentionDays: 30,
        deletionOnTermination: true,
        deletionDays: 30,
        backupsIncluded: true,
      },
      { retentionRequirement: "zero", deletionOnTermination: false },
    ],
    [
      "fields of other steps are ignored, and saved answers of other steps are kept",
      "renewal",
      { reconfirmAtRenewal: "yes", reviewLeadDays: "90", breachNoticeHours: "5", buyerName: "Someone Else" },
      { buyerName: "Example Corp", breachNoticeHours: 72 },
      { buyerName: "Example Corp", breachNoticeHours: 72, reconfirmAtRenewal: true, reviewLeadDays: 90 },
    ],
    [
      "an optional field cleared removes its saved answer; no box ticked is the answer none",
      "renewal",
      { reconfirmAtRenewal: "no", reviewLeadDays: "60", renewalOwner: "", renewalOwnerEmail: "" },
      { renewalOwner: "Jane Doe", renewalOwnerEmail: "jane@example.com" },
      { reconfirmAtRenewal: false, reviewLeadDays: 60 },
    ],
    [
      "public data only on the data step prunes the regulatory answers saved earlier",
      "data",
      { dataCategories: "publicOnly", jurisdictions: "eea", regulatedSectors: "none", endUsers: "employees" },
      {
        dataCategories: ["personal"],
        jurisdictions: ["eea"],
        dpaStatus: "needed",
        transferMechanism: "sccs",
        dpiaDone: false,
      },
      { dataCategories: ["publicOnly"], jurisdictions: ["eea"], regulatedSectors: ["none"], endUsers: "employees" },
    ],
    [
      "the review step asks nothing",
      "review",
      { intent: "generate" },
      { buyerName: "Example Corp" },
      { buyerName: "Example Corp" },
    ],
  ])("%s", (_, step, post, existing, expected) => {
    expect(parseStepForm(step, post, existing, CATALOG)).toEqual({ ok: true, answers: expected });
  });

  it("offers no box for 'none' of a list: nothing posted is an empty list", () => {
    const result = parseStepForm(
      "access",
      {
        humanReview: "none",
        subprocessorNoticeDays: "30",
        subprocessorObjection: "yes",
        dataResidency: "none",
        breachNoticeHours: "72",
      },
      {},
      CATALOG,
    );
    expect(result.ok && result.answers.certifications).toEqual([]);
  });
});

describe("parseStepForm: errors name the field in a buyer's words", () => {
  it.each<[string, StepId, FormEntries, Answers, StepErrors]>([
    [
      "an option the question does not have",
      "context",
      { ...CONTEXT_POST, productLine: "maybe" },
      {},
      {
        productLine:
          'Product line must be one of: api, business, consumer, marketplace or unsure; "maybe" is not one of them.',
      },
    ],
    [
      "letters in a number",
      "retention",
      { ...LIMITED_RETENTION, maxRetentionDays: "12x" },
      {},
      { maxRetentionDays: "Maximum retention (days) must be a whole number from 0 to 3650." },
    ],
    [
      "a decimal number",
      "access",
      {
        humanReview: "none",
        subprocessorNoticeDays: "30.5",
        subprocessorObjection: "yes",
        dataResidency: "none",
        breachNoticeHours: "72",
      },
      {},
      { subprocessorNoticeDays: "Notice of a new subprocessor (days) must be a whole number from 0 to 180." },
    ],
    [
      "a megabyte of text",
      "context",
      { ...CONTEXT_POST, buyerName: "x".repeat(1024 * 1024) },
      {},
      { buyerName: "Buyer’s legal name must be at most 200 characters long; it has 1,048,576." },
    ],
    [
      "a character a document cannot carry",
      "context",
      { ...CONTEXT_POST, buyerName: "Acme\u0007 Ltd" },
      {},
      {
        buyerName:
          "Buyer’s legal name contains a character that cannot be stored in a document (U+0007 at position 5); remove it.",
      },
    ],
    [
      "required answers missing, text of spaces only counting as missing",
      "context",
      { buyerName: "   ", vendorId: "", productLine: "api", stage: "renewal", renewalDate: "" },
      {},
      {
        buyerName: "Buyer’s legal name is required.",
        vendorId: "Vendor is required.",
        renewalDate: "Next renewal date is required for a renewal.",
        paperSize: "Paper size of the documents is required.",
      },
    ],
    [
      "another vendor without its name",
      "context",
      { ...CONTEXT_POST, vendorId: "other", vendorName: "" },
      {},
      { vendorName: "Vendor’s name is required." },
    ],
    [
      "a vendor that is not in the catalog",
      "context",
      { ...CONTEXT_POST, vendorId: "acme" },
      {},
      {
        vendorId:
          'Vendor must be a vendor from the catalog (anthropic, openai, google, microsoft, luma, writer) or other; "acme" is not in the catalog.',
      },
    ],
    [
      "no box ticked for a required list, a radio not chosen, a question shown by an answer on the page",
      "data",
      { endUsers: "both" },
      {},
      {
        dataCategories: "Kinds of data sent to the service is required: choose at least one.",
        jurisdictions: "Where the people whose data it is live is required: choose at least one.",
        regulatedSectors: "Regulated sectors your organization is in is required: choose at least one.",
        minorsPossible: "Could any users be under 18? is required.",
      },
    ],
    [
      "yes / no answered with something else",
      "training",
      { trainingRequirement: "never", feedbackUse: "no", safetyReview: "acceptable", usageDataLimits: "maybe" },
      {},
      { usageDataLimits: "Limit the vendor’s use of usage and aggregated data must be yes or no." },
    ],
    [
      "public data combined with personal data",
      "data",
      {
        dataCategories: ["publicOnly", "personal"],
        jurisdictions: "eea",
        regulatedSectors: "none",
        endUsers: "employees",
      },
      {},
      {
        dataCategories:
          "Kinds of data sent to the service cannot combine publicOnly (Public information only) with anything else; choose either publicOnly alone or the others that apply.",
      },
    ],
    [
      "a regulatory question called for by the data step",
      "regulatory",
      { dpaStatus: "needed" },
      { dataCategories: ["phi"], jurisdictions: ["usOther"] },
      { baaStatus: "Business associate agreement (HIPAA) is required." },
    ],
    [
      "an email address without @",
      "renewal",
      { reconfirmAtRenewal: "yes", reviewLeadDays: "90", renewalOwnerEmail: "jane.example.com" },
      {},
      { renewalOwnerEmail: "Renewal owner’s email must be an email address, such as name@example.com." },
    ],
  ])("%s", (_, step, post, existing, expected) => {
    expect(parseStepForm(step, post, existing, CATALOG)).toEqual({ ok: false, errors: expected });
  });

  it("saves a draft without the required answers, but not with wrong ones", () => {
    expect(parseStepForm("context", { buyerName: "Example Corp" }, {}, { ...CATALOG, allowIncomplete: true })).toEqual({
      ok: true,
      answers: { buyerName: "Example Corp", otherProductsInUse: [] },
    });
    expect(
      parseStepForm("context", { signatureDate: "2026-02-30" }, {}, { ...CATALOG, allowIncomplete: true }),
    ).toEqual({
      ok: false,
      errors: { signatureDate: "Target signature date must be a real calendar date; 2026-02-30 does not exist." },
    });
  });
});

describe("stepSchema", () => {
  it("outputs the step's answers and gives issues the question id as their path", () => {
    const schema = stepSchema("retention", { ...CATALOG });
    expect(schema.safeParse(LIMITED_RETENTION)).toMatchObject({
      success: true,
      data: {
        retentionRequirement: "limited",
        maxRetentionDays: 30,
        deletionOnTermination: true,
        deletionDays: 45,
        backupsIncluded: false,
      },
    });
    const result = schema.safeParse({ ...LIMITED_RETENTION, deletionDays: "0" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["deletionDays"], "Deletion deadline (days after the agreement ends) must be a whole number from 1 to 365."],
    ]);
  });

  it("works with react-hook-form's zodResolver, values as the browser holds them", async () => {
    const resolver = zodResolver(stepSchema("assurance", { ...CATALOG, existingAnswers: PUBLIC_DATA_REVIEW }));
    const options = { fields: {}, shouldUseNativeValidation: false } as const;
    const bad = await resolver(
      { auditRight: "reports", changeControl: "yes", changeNoticeDays: "", writtenCommitment: "yes" },
      undefined,
      options,
    );
    expect(bad.errors).toMatchObject({
      changeNoticeDays: { message: "Notice of any change to the terms (days) is required." },
    });
    const good = await resolver(
      {
        auditRight: "reports",
        changeControl: "yes",
        changeNoticeDays: 60,
        writtenCommitment: "no",
        modelChangeNoticeDays: "120",
      },
      undefined,
      options,
    );
    expect(good).toEqual({
      values: {
        auditRight: "reports",
        changeControl: true,
        changeNoticeDays: 60,
        writtenCommitment: false,
        modelChangeNoticeDays: 120,
      },
      errors: {},
    });
  });
});

describe("form helpers", () => {
  it("reads a FormData, a repeated name as a list", () => {
    const data = new FormData();
    data.append("dataCategories", "personal");
    data.append("dataCategories", "financial");
    data.append("jurisdictions", "eea");
    data.append("intent", "next");
    expect(formEntriesFromFormData(data)).toEqual({
      dataCategories: ["personal", "financial"],
      jurisdictions: "eea",
      intent: "next",
    });
  });

  it("fills a step's fields from the saved answers, else from the defaults", () => {
    expect(stepFormValues("retention", { retentionRequirement: "limited", maxRetentionDays: 14 })).toEqual({
      retentionRequirement: "limited",
      maxRetentionDays: "14",
      deletionOnTermination: "",
      deletionDays: "30",
      backupsIncluded: "",
    });
    expect(stepFormValues("assurance", {})).toMatchObject({
      writtenCommitment: "yes",
      changeNoticeDays: "60",
      modelChangeNoticeDays: "90",
    });
    expect(stepFormValues("outputs", {})).toMatchObject({
      liabilityPosition: "superCap",
      superCapMultiple: "3",
      insuranceRequired: "yes",
    });
    // The paper follows the jurisdictions; before they are named, a new review starts on Letter.
    expect(stepFormValues("context", {})).toMatchObject({ paperSize: "letter" });
    expect(stepFormValues("context", { jurisdictions: ["usOther"] })).toMatchObject({ paperSize: "letter" });
    expect(stepFormValues("context", { jurisdictions: ["usOther", "eea"] })).toMatchObject({ paperSize: "a4" });
    expect(stepFormValues("data", { dataCategories: ["personal"] })).toMatchObject({
      dataCategories: ["personal"],
      jurisdictions: [],
    });
  });

  it("previews the answers while the buyer types, so the page can show the questions that now apply", () => {
    const preview = previewStepAnswers(
      "retention",
      { retentionRequirement: "limited", maxRetentionDays: "1x" },
      {},
      CATALOG,
    );
    expect(preview).toEqual({ retentionRequirement: "limited" });
  });

  it("round-trips a complete review through the forms of every step", () => {
    let answers: Answers = {};
    // Every step that asks questions but the regulatory one, which public data does not reach.
    for (const step of STEP_IDS.filter((id) => id !== "regulatory" && id !== "review")) {
      const result = parseStepForm(step, stepFormValues(step, WIZARD_PUBLIC_DATA_REVIEW), answers, CATALOG);
      if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result.errors)}`);
      answers = result.answers;
    }
    expect(answers).toEqual({ ...WIZARD_PUBLIC_DATA_REVIEW, otherProductsInUse: [] });
  });
});
