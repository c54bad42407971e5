// The clause library page, legal's workbench: the clauses of the library in force (house versions
// included, through currentLibrary) that pass the filter of the address, each with its conditions in plain
// words and its variants, ready to be picked into a hand-built pack. A filter that cannot be read is
// answered 400 with what is wrong, field by field.
import { describeCondition } from "../../conditions/condition-words.ts";
import type { Outcome } from "../../http/outcome.ts";
import {
  CATEGORY_WORDS,
  clauseMatches,
  parseClauseFilter,
  type ClauseFilter,
  type ClauseFilterProblem,
} from "../../lists/clause-filter.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import { provisionsOfClause } from "../../negotiation/commitments.ts";
import { PROVISION_KEYS } from "../../catalog/types.ts";
import { readSelection } from "../../clauses/selection.ts";
import { DEFAULT_LANGUAGE } from "../../clauses/template.ts";
import type { Db } from "../../utils/db.server.ts";

export interface LibraryVariant {
  id: string;
  /** "Plain language" for the clause's `## Language`, else the variant's id. */
  name: string;
  /** When the rules choose it, in words; null for the plain language. */
  when: string | null;
  paragraphs: string[];
}

export function clauseLibraryPage(
  db: Db,
  url: URL,
): Outcome<ReturnType<typeof pageBody> & { picked: { id: string; title: string; variant: string }[] }> {
  const library = currentLibrary(db);
  const parsed = parseClauseFilter(url.searchParams);
  // The clauses ticked so far travel with every search; what the library does not know is dropped here
  // (the pack's own page refuses it, naming it).
  const picked = readSelection(url.searchParams, library, { lenient: true }).selections.map((s) => ({
    id: s.id,
    title: library.byId.get(s.id)!.title,
    variant: s.variant ?? DEFAULT_LANGUAGE,
  }));
  if (!parsed.ok) return { status: 400, body: { ...pageBody(library, parsed.filter, parsed.problems, false), picked } };
  return { body: { ...pageBody(library, parsed.filter, [], true), picked } };
}

function pageBody(
  library: ReturnType<typeof currentLibrary>,
  filter: ClauseFilter,
  problems: ClauseFilterProblem[],
  apply: boolean,
) {
  const shown = apply ? library.clauses.filter((c) => clauseMatches(c, filter)) : [];
  return {
    version: library.version,
    total: library.clauses.length,
    filter,
    problems,
    clauses: shown.map((c) => ({
      id: c.id,
      title: c.title,
      /** Its place in the library, so a filtered list keeps the numbers of the whole. */
      number: library.clauses.indexOf(c) + 1,
      category: c.category,
      categoryWords: CATEGORY_WORDS[c.category],
      secures: provisionsOfClause(c.id).map((key) => PROVISION_KEYS[key].label),
      appliesWhen: describeCondition(c.appliesWhen),
      variants: variantsOf(c),
      fallbacks: c.fallbacks,
      negotiationNote: c.negotiationNote,
      questions: c.questions,
      reconfirmAtRenewal: c.reconfirmAtRenewal,
      sources: c.sources.map((s) => (s.publisher ? `${s.title} — ${s.publisher}` : s.title)),
    })),
  };
}

/** The clause's variants in the rules' order, then its plain language where it has one. */
function variantsOf(c: ReturnType<typeof currentLibrary>["clauses"][number]): LibraryVariant[] {
  const listed: LibraryVariant[] = c.variants
    .filter((v) => v.id in c.language)
    .map((v) => ({ id: v.id, name: v.id, when: describeCondition(v.when), paragraphs: c.language[v.id] }));
  const plain = c.language[DEFAULT_LANGUAGE];
  return plain ? [...listed, { id: DEFAULT_LANGUAGE, name: "Plain language", when: null, paragraphs: plain }] : listed;
}
