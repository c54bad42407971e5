import { describe, expect, it } from "vitest";
import { PROVISION_KEYS } from "../catalog/types.ts";
import { loadClauseLibrary } from "../clauses/library.server.ts";
import { CLAUSE_PROVISIONS, clausesTouchedBy } from "./commitments.ts";
import { positionWords, termEnds } from "./outcomes.ts";

describe("what each clause's commitment rests on", () => {
  it("names only clauses of the library and provisions of the catalog", () => {
    const ids = new Set(loadClauseLibrary().clauses.map((c) => c.id));
    for (const [clause, keys] of Object.entries(CLAUSE_PROVISIONS)) {
      expect(ids.has(clause), clause).toBe(true);
      for (const key of keys) expect(key in PROVISION_KEYS, `${clause}: ${key}`).toBe(true);
    }
  });

  it("finds the clauses a change to a provision touches", () => {
    expect(clausesTouchedBy("audit_right", ["no-training", "audit-verification", "dpa"])).toEqual([
      "audit-verification",
    ]);
    expect(clausesTouchedBy("retention_days", ["retention-limit", "zero-data-retention", "dpa"])).toEqual([
      "retention-limit",
      "zero-data-retention",
    ]);
  });
});

describe("the words of an outcome", () => {
  it("names the fallback by its letter and the risk by who accepted it until when", () => {
    expect(positionWords({ position: "fallback", fallback: 2, approver: null, expiresOn: null })).toBe(
      "Fallback (c) agreed",
    );
    expect(positionWords({ position: "riskAccepted", fallback: null, approver: "CRO", expiresOn: "2027-06-30" })).toBe(
      "Risk accepted by CRO until 2027-06-30",
    );
  });

  it("ends a term the day before the same date, or on the last day of a shorter month", () => {
    expect(termEnds("2026-03-15", 12)).toBe("2027-03-14");
    expect(termEnds("2026-03-01", 1)).toBe("2026-03-31");
    expect(termEnds("2026-01-31", 1)).toBe("2026-02-28");
    expect(termEnds("2024-02-29", 12)).toBe("2025-02-28");
    expect(termEnds("2026-12-01", 1)).toBe("2026-12-31");
  });
});
