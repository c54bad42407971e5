import { describe, expect, it } from "vitest";
import { freshDb } from "../../../tests/support/test-db.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import { clauseLibraryPage } from "./library-page.server.ts";

const db = freshDb();
const page = (query: string) => clauseLibraryPage(db, new URL(`http://localhost/clauses?${query}`));

describe("the clause library page", () => {
  it("shows the library in force, every clause with its variants side by side", () => {
    const outcome = page("");
    if (!("body" in outcome)) throw new Error("a page expected");
    const library = currentLibrary(db);
    expect(outcome.body.version).toBe(library.version);
    expect(outcome.body.clauses).toHaveLength(library.clauses.length);
    const dpa = outcome.body.clauses.find((c) => c.id === "dpa")!;
    expect(dpa.variants.map((v) => v.id)).toEqual(expect.arrayContaining(["gdpr", "us-state"]));
    expect(dpa.secures).toContain("Data processing agreement");
  });

  it("keeps what the search finds, numbered as in the whole library, and the clauses ticked so far", () => {
    const outcome = page("q=business+associate&clause=dpa&variant.dpa=us-state&clause=unknown");
    if (!("body" in outcome)) throw new Error("a page expected");
    expect(outcome.body.clauses.map((c) => c.id)).toContain("hipaa-baa");
    const number = currentLibrary(db).clauses.findIndex((c) => c.id === "hipaa-baa") + 1;
    expect(outcome.body.clauses.find((c) => c.id === "hipaa-baa")!.number).toBe(number);
    expect(outcome.body.picked).toEqual([{ id: "dpa", title: expect.any(String), variant: "us-state" }]);
  });

  it("answers a filter it cannot read with 400, naming the field", () => {
    const outcome = page("secures=nothing");
    expect(outcome).toMatchObject({ status: 400 });
    if ("body" in outcome) {
      expect(outcome.body.problems).toEqual([
        { field: "secures", message: expect.stringMatching(/^Secures: “nothing”/) },
      ]);
      expect(outcome.body.clauses).toEqual([]);
    }
  });
});
