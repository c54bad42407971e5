// A review's answers judged against the current catalog and clause library: the one place that gathers
// what the rules need (the vendor's provisions, its name, the library) from the database.
import { contractingEntity, type CatalogEntity } from "../../catalog/catalog-file.ts";
import type { VendorProvision } from "../../catalog/types.ts";
import {
  catalogGeneration,
  currentProvisions,
  getVendor,
  provisionHistoryOf,
  provisionsAsOf,
  vendorLineNames,
} from "../../models/catalog.server.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import { listWrittenProvisions } from "../../models/vendor-answers.server.ts";
import type { Answers } from "../../questionnaire/answers.ts";
import { OTHER_VENDOR_ID } from "../../questionnaire/questions.ts";
import {
  evaluateReview,
  exposureOf,
  type Exposure,
  type ProvisionHistoryEntry,
  type WrittenProvision,
} from "../../rules/evaluate.ts";
import type { Db } from "../../utils/db.server.ts";

/**
 * The company that contracts for the vendor with this buyer (its product line, its people's
 * jurisdictions), from the catalog; null where the catalog records none, or the jurisdictions fall to
 * different companies, or the vendor is not in the catalog (the addendum then names the vendor as typed).
 */
/**
 * The vendor's company that contracts with this buyer, from the catalog: `name` where one entity serves
 * every jurisdiction of the buyer's for the line bought; otherwise null, with the `candidates` the catalog
 * names for the line (several where the buyer's jurisdictions are served by different companies).
 */
export function contractingPartyFor(db: Db, answers: Answers): { name: string | null; candidates: string[] } {
  const none = { name: null, candidates: [] };
  if (!answers.vendorId || answers.vendorId === OTHER_VENDOR_ID) return none;
  const line = answers.productLine;
  if (!line || line === "unsure") return none;
  const vendor = getVendor(db, answers.vendorId);
  if (!vendor) return none;
  const entities = vendor.entities as CatalogEntity[];
  const chosen = contractingEntity(entities, line, answers.jurisdictions ?? []);
  const forLine = entities.filter((e) => !e.lines || e.lines.includes(line)).map((e) => e.name);
  return { name: chosen?.name ?? null, candidates: [...new Set(forLine)] };
}

/** The vendor's name as the pages and the pack print it: the catalog's, or the one typed for another vendor. */
export function vendorNameFor(db: Db, answers: Answers): string {
  if (answers.vendorId === OTHER_VENDOR_ID || !answers.vendorId) return answers.vendorName ?? "the vendor";
  return getVendor(db, answers.vendorId)?.name ?? answers.vendorId;
}

type VendorTerms = { provisions: VendorProvision[]; history: ProvisionHistoryEntry[] };

// A vendor's current provisions and their history, kept while the catalog's generation is unchanged: every
// save of a complete review works out its exposure from them, and the catalog changes rarely.
const termsCache = new WeakMap<Db, { generation: number; byVendor: Map<string, VendorTerms> }>();

function vendorTerms(db: Db, vendorId: string): VendorTerms {
  const generation = catalogGeneration(db);
  let cached = termsCache.get(db);
  if (!cached || cached.generation !== generation) {
    cached = { generation, byVendor: new Map() };
    termsCache.set(db, cached);
  }
  let terms = cached.byVendor.get(vendorId);
  if (!terms) {
    terms = { provisions: currentProvisions(db, vendorId), history: provisionHistoryOf(db, vendorId) };
    cached.byVendor.set(vendorId, terms);
  }
  return terms;
}

/** What the vendor's written answers settle for a review, as the rules read them (none without a review). */
export function writtenProvisionsOf(db: Db, reviewId: string | undefined): WrittenProvision[] {
  if (!reviewId) return [];
  return listWrittenProvisions(db, reviewId).map((p) => ({
    productLine: p.productLine,
    key: p.key,
    value: p.value,
    statement: p.statement,
    questionId: p.questionId,
    answeredBy: p.answeredBy,
    answeredOn: p.answeredOn,
    document: p.document,
  }));
}

/**
 * Whose answers these are: a review's, whose vendor's written answers then count where the catalog is
 * silent; none (a file on the command line, a review not saved yet), and only the catalog counts.
 */
export interface EvaluationScope {
  reviewId?: string;
  /** The written provisions to count instead of the review's stored ones (what a change would make them). */
  written?: readonly WrittenProvision[];
}

function rulesInput(db: Db, answers: Answers, scope: EvaluationScope) {
  const inCatalog = answers.vendorId && answers.vendorId !== OTHER_VENDOR_ID ? answers.vendorId : null;
  const terms = inCatalog ? vendorTerms(db, inCatalog) : { provisions: [], history: [] };
  return {
    answers,
    ...terms,
    vendorName: vendorNameFor(db, answers),
    writtenProvisions: scope.written ?? writtenProvisionsOf(db, scope.reviewId),
  };
}

/** Evaluates valid, complete answers: findings, exposure, the clauses selected and the vendor questions. */
export function evaluateAnswers(db: Db, answers: Answers, scope: EvaluationScope = {}) {
  const library = currentLibrary(db);
  const inCatalog = answers.vendorId && answers.vendorId !== OTHER_VENDOR_ID ? answers.vendorId : null;
  // The vendor's lines and their names feed the product-line advice only, not the exposure of a save.
  const input = { ...rulesInput(db, answers, scope), vendorLines: inCatalog ? vendorLineNames(db, inCatalog) : [] };
  return { evaluation: evaluateReview({ ...input, library }), library, vendorName: input.vendorName };
}

/** The exposure of complete answers, without the clauses (for the reviews list). */
export function exposureOfAnswers(db: Db, answers: Answers, scope: EvaluationScope = {}): Exposure {
  return exposureOf(rulesInput(db, answers, scope));
}

/**
 * Complete answers judged against the catalog as it stood at `at` (ISO 8601), with the current library:
 * what a review asked and found then, for a re-review to compare with now.
 */
export function evaluateAnswersAsOf(db: Db, answers: Answers, at: string) {
  const library = currentLibrary(db);
  const inCatalog = answers.vendorId && answers.vendorId !== OTHER_VENDOR_ID ? answers.vendorId : null;
  const provisions = inCatalog ? provisionsAsOf(db, inCatalog, at) : [];
  const history = inCatalog ? provisionHistoryOf(db, inCatalog).filter((h) => h.recordedAt <= at) : [];
  const vendorName = vendorNameFor(db, answers);
  return evaluateReview({ answers, provisions, history, vendorName, library });
}
