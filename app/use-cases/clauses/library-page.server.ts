// The clause library page: every clause of the library in force, its conditions in plain words.
import { loadClauseLibrary } from "../../clauses/library.server.ts";
import { describeCondition } from "../../conditions/condition-words.ts";

export function clauseLibraryPage() {
  const library = loadClauseLibrary();
  return {
    version: library.version,
    clauses: library.clauses.map((c) => ({
      id: c.id,
      title: c.title,
      category: c.category,
      appliesWhen: describeCondition(c.appliesWhen),
      variants: c.variants.map((v) => ({ id: v.id, when: describeCondition(v.when) })),
      language: c.language,
      fallbacks: c.fallbacks,
      negotiationNote: c.negotiationNote,
      questions: c.questions,
      reconfirmAtRenewal: c.reconfirmAtRenewal,
      sources: c.sources,
    })),
  };
}
