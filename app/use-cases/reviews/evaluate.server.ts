// A review's answers judged against the current catalog and clause library: the one place that gathers
// what the rules need (the vendor's provisions, its name, the library) from the database.
import { loadClauseLibrary } from "../../clauses/library.server.ts";
import { currentProvisions, getVendor, provisionHistoryOf, vendorLineNames } from "../../models/catalog.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { OTHER_VENDOR_ID } from "../../questionnaire/questions.ts";
import { evaluateReview, exposureOf, type Exposure } from "../../rules/evaluate.ts";
import type { Db } from "../../utils/db.server.ts";

/** The vendor's name as the pages and the pack print it: the catalog's, or the one typed for another vendor. */
export function vendorNameFor(db: Db, answers: Answers): string {
  if (answers.vendorId === OTHER_VENDOR_ID || !answers.vendorId) return answers.vendorName ?? "the vendor";
  return getVendor(db, answers.vendorId)?.name ?? answers.vendorId;
}

function rulesInput(db: Db, answers: Answers) {
  const inCatalog = answers.vendorId && answers.vendorId !== OTHER_VENDOR_ID ? answers.vendorId : null;
  return {
    answers,
    provisions: inCatalog ? currentProvisions(db, inCatalog) : [],
    history: inCatalog ? provisionHistoryOf(db, inCatalog) : [],
    vendorLines: inCatalog ? vendorLineNames(db, inCatalog) : [],
    vendorName: vendorNameFor(db, answers),
  };
}

/** Evaluates valid, complete answers: findings, exposure, the clauses selected and the vendor questions. */
export function evaluateAnswers(db: Db, answers: Answers) {
  const library = loadClauseLibrary();
  const input = rulesInput(db, answers);
  return { evaluation: evaluateReview({ ...input, library }), library, vendorName: input.vendorName };
}

/** The exposure of complete answers, without the clauses (for the reviews list). */
export function exposureOfAnswers(db: Db, answers: Answers): Exposure {
  return exposureOf(rulesInput(db, answers));
}
