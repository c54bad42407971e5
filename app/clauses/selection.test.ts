import { describe, expect, it } from "vitest";
import { loadClauseLibrary } from "./library.server.ts";
import { readSelection, variantIdsOf } from "./selection.ts";

const library = loadClauseLibrary();
const read = (query: string, lenient = false) => readSelection(new URLSearchParams(query), library, { lenient });

describe("readSelection", () => {
  it("gives the clauses ticked in the library's order, each with its variant or its first", () => {
    const dpa = library.byId.get("dpa")!;
    const [first, second] = variantIdsOf(dpa);
    expect(second).toBeDefined();
    const result = read(`clause=breach-notification&clause=dpa&variant.dpa=${second}&clause=dpa`);
    expect(result.ok).toBe(true);
    const order = library.clauses.map((c) => c.id);
    const expected = [
      { id: "dpa", variant: second },
      { id: "breach-notification", variant: variantIdsOf(library.byId.get("breach-notification")!)[0] },
    ].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    expect(result.selections).toEqual(expected);
    expect(first).not.toBe(second);
  });

  it("refuses an unknown clause, naming the field", () => {
    const result = read("clause=no-such-clause&clause=dpa");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { field: "clause", message: expect.stringContaining("“no-such-clause” is not a clause") },
      ]);
  });

  it("refuses an unknown variant, naming the clause's variant field", () => {
    const result = read("clause=dpa&variant.dpa=klingon");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0].field).toBe("variant.dpa");
      expect(result.problems[0].message).toContain("“klingon” is not one of its variants");
    }
  });

  it("drops what it does not know when lenient (the workbench only shows what is ticked)", () => {
    expect(read("clause=nope&clause=dpa&variant.dpa=klingon", true)).toMatchObject({
      ok: true,
      selections: [{ id: "dpa" }],
    });
  });
});
