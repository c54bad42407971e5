import { describe, expect, it } from "vitest";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { clauseFilterSearch, clauseMatches, NO_CLAUSE_FILTER, parseClauseFilter } from "./clause-filter.ts";

const parse = (query: string) => parseClauseFilter(new URLSearchParams(query));
const library = loadClauseLibrary();
const matching = (query: string) => {
  const parsed = parse(query);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return library.clauses.filter((c) => clauseMatches(c, parsed.filter)).map((c) => c.id);
};

describe("parseClauseFilter", () => {
  it("reads the words, the category and what a clause secures; ignores what it does not know", () => {
    expect(parse("")).toEqual({ ok: true, filter: NO_CLAUSE_FILTER });
    expect(parse("q=+breach+&category=access&secures=baa&clause=dpa")).toEqual({
      ok: true,
      filter: { q: "breach", category: "access", secures: "baa" },
    });
  });

  it("refuses a category or a provision it does not know, naming the field, and keeps what was typed", () => {
    const result = parse("category=nonsense&secures=baaa&q=x");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(["category", "secures"]);
    expect(result.problems[0].message).toMatch(/^Category: “nonsense” is not one of/);
    expect(result.problems[1].message).toMatch(/^Secures: “baaa” is not one of/);
    expect(result.filter.q).toBe("x");
  });

  it("refuses a search longer than a phrase", () => {
    const result = parse(`q=${"a".repeat(201)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ field: "q" });
  });
});

describe("clauseMatches", () => {
  it("finds a clause by every word of its title, language or note, in any case", () => {
    expect(matching("q=BREACH+hours")).toContain("breach-notification");
    expect(matching("q=business+associate")).toContain("hipaa-baa");
    expect(matching("q=zzzunheardof")).toEqual([]);
  });

  it("filters by category and by the provision a clause rests on", () => {
    const access = matching("category=access");
    expect(access.length).toBeGreaterThan(0);
    for (const id of access) expect(library.byId.get(id)!.category).toBe("access");
    expect(matching("secures=baa")).toEqual(["hipaa-baa"]);
  });
});

describe("clauseFilterSearch", () => {
  it("writes only what is set", () => {
    expect(clauseFilterSearch(NO_CLAUSE_FILTER)).toBe("");
    expect(clauseFilterSearch({ ...NO_CLAUSE_FILTER, q: "a&b" })).toBe("?q=a%26b");
  });
});
