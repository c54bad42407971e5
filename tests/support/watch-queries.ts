// Test support: what a piece of work asks SQLite — every statement it prepares, with its parameters, the
// rows SQLite hands back, and SQLite's plan for it (EXPLAIN QUERY PLAN with the same parameters). So a test
// can say how many rows a page read, and that it read them through an index, without timing anything.
import type { Db } from "../../app/utils/db.server.ts";

export interface WatchedQuery {
  sql: string;
  params: unknown[];
  /** Rows SQLite returned to the app. */
  rows: number;
  /** The lines of EXPLAIN QUERY PLAN, e.g. "SEARCH reviews USING INDEX reviews_due (review_due>?)". */
  plan: string[];
}

type Statement = ReturnType<Db["$client"]["prepare"]>;

/**
 * Runs `work` and returns what it returned with the queries it ran. Statements prepared before (and kept,
 * as a few hot ones are) are not seen: run it on a connection that has not run the work yet.
 */
export function watchQueries<T>(db: Db, work: () => T): { result: T; queries: WatchedQuery[] } {
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  const runs: { sql: string; params: unknown[]; rows: number }[] = [];
  let watching = true;

  const instrument = (statement: Statement, sql: string): Statement => {
    const proxy: Statement = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          // raw(), pluck() and the like return the statement itself: keep watching it.
          if (result === target) return proxy;
          if (watching && (property === "all" || property === "get")) {
            const rows = property === "all" ? (result as unknown[]).length : result === undefined ? 0 : 1;
            runs.push({ sql, params: args, rows });
          }
          return result;
        };
      },
    });
    return proxy;
  };

  client.prepare = ((sql: string) => instrument(prepare(sql), sql)) as typeof client.prepare;
  let result: T;
  try {
    result = work();
  } finally {
    watching = false;
    client.prepare = prepare as typeof client.prepare;
  }
  const queries = runs.map((run) => ({
    ...run,
    plan: (prepare(`EXPLAIN QUERY PLAN ${run.sql}`).all(...run.params) as { detail: string }[]).map((p) => p.detail),
  }));
  return { result, queries };
}

/**
 * The plan lines that read the reviews table itself from end to end — every row, answers and all — rather
 * than seeking through an index or reading an index alone. None is what a list at scale needs.
 */
export function fullReviewScans(queries: WatchedQuery[]): string[] {
  return queries.flatMap((q) =>
    q.plan.filter((line) => /^SCAN reviews$/.test(line)).map((line) => `${line}: ${q.sql}`),
  );
}
