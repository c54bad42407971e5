/**
 * Legal's hand-built packs: a list of clauses (each in a chosen variant) and the variable values, without a
 * questionnaire. Gives the same evaluation shape as a review, with no findings, so one pack builder and
 * one renderer serve both. Pure.
 */
import type { ClauseLibrary } from "../clauses/library.ts";
import { DEFAULT_LANGUAGE } from "../clauses/template.ts";
import type { VariableValues } from "../clauses/variables.ts";
import type { Answers } from "../questionnaire/answers.ts";
import { clauseResult, type ReviewEvaluation, type VendorQuestionItem } from "./evaluate.ts";

export interface ClauseSelection {
  id: string;
  /** The variant to print; the clause's first variant (or its plain language) when absent. */
  variant?: string;
}

export function handPickedEvaluation(input: {
  library: Pick<ClauseLibrary, "clauses" | "byId" | "version">;
  selections: readonly ClauseSelection[];
  values: VariableValues;
  /** Answers the cover and the renewal checklist read (buyer, dates, owner), if known. */
  answers?: Answers;
}): ReviewEvaluation {
  const clauses = input.selections.map((selection) => {
    const clause = input.library.byId.get(selection.id);
    if (!clause) throw new Error(`There is no clause “${selection.id}” in the clause library.`);
    const variant = selection.variant ?? clause.variants[0]?.id ?? DEFAULT_LANGUAGE;
    if (!(variant in clause.language)) {
      const known = Object.keys(clause.language).join(", ");
      throw new Error(`Clause “${clause.id}” has no variant “${variant}” (it has: ${known}).`);
    }
    return clauseResult(clause, variant, input.values, { answers: [] });
  });
  const questions: VendorQuestionItem[] = clauses.flatMap((c) =>
    c.rendered.questions.map((question) => ({ question, from: [{ kind: "clause" as const, id: c.id }] })),
  );
  return {
    exposure: "none",
    counts: { high: 0, medium: 0, low: 0, info: 0 },
    split: {
      high: { confirmed: 0, unknown: 0 },
      medium: { confirmed: 0, unknown: 0 },
      low: { confirmed: 0, unknown: 0 },
      info: { confirmed: 0, unknown: 0 },
    },
    productLineAdvice: null,
    findings: [],
    clauses,
    vendorQuestions: questions,
    answers: input.answers ?? {},
    libraryVersion: input.library.version,
  };
}
