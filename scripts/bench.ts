/**
 * `npm run bench`: performance figures as medians over several runs (these machines are noisy, so no test
 * carries a time limit; the figures are printed here and compared with the issues' targets by a person).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

process.env.DATABASE_PATH ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-bench-")), "bench.db");

const { clearClauseLibraryCache, loadClauseLibrary } = await import("../app/clauses/library.server.ts");
const { validateClauseLibraryRendering } = await import("../app/clauses/library.server.ts");
const { evaluateAnswers } = await import("../app/pack/generate.server.ts");
const { getDb } = await import("../app/utils/db.server.ts");
const { parseAnswersFile } = await import("../app/questionnaire/answers.ts");
const { evaluateReview } = await import("../app/rules/evaluate.ts");
const { currentProvisions, listVendors } = await import("../app/models/catalog.server.ts");

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p99: at(0.99), n: samples.length };
}

function time(runs: number, work: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
function line(label: string, value: string, target: string) {
  console.log(`${label.padEnd(58)} ${value.padEnd(30)} target ${target}`);
}

console.log(`Clausewise benchmarks — node ${process.version}, ${os.cpus().length} cores\n`);

// Issue 3: rules evaluation and library loading.
const db = getDb();
const vendorIds = listVendors(db).map((v) => v.id);
const file = JSON.parse(fs.readFileSync("tests/fixtures/answers/bank-api-eu.json", "utf8"));
const parsed = parseAnswersFile(file, { vendorIds });
if (!parsed.ok) throw new Error("fixture invalid");
const answers = parsed.answers;
const library = loadClauseLibrary();
const provisions = currentProvisions(db, answers.vendorId!);
time(200, () => evaluateReview({ answers, provisions, library, vendorName: "Anthropic" }));
const rules = stats(time(1000, () => evaluateReview({ answers, provisions, library, vendorName: "Anthropic" })));
line("Rules evaluation, one review (median of 1,000)", `${ms(rules.median)} (p99 ${ms(rules.p99)})`, "≤ 1 ms");

const load = stats(
  time(20, () => {
    clearClauseLibraryCache();
    validateClauseLibraryRendering(loadClauseLibrary());
  }),
);
line("Load + validate the whole clause library (median of 20)", ms(load.median), "≤ 50 ms");

// Issue 5: the clause pack.
const { buildClausePack } = await import("../app/pack/build-pack.ts");
const { renderPackDocx } = await import("../app/pack/docx.server.ts");
const { everyClausePack } = await import("../app/pack/sample-pack.ts");
const { evaluation, vendorName } = evaluateAnswers(db, answers);
const fullPack = () =>
  buildClausePack({ evaluation, library, vendorName, preparedBy: "bench", generatedAt: new Date().toISOString(), answersVersion: 1 });
await timeAsync(5, () => renderPackDocx(fullPack()));
const packRuns = stats(await timeAsync(50, () => renderPackDocx(fullPack())));
line("Full pack generation, model + .docx (median / p99 of 50)", `${ms(packRuns.median)} / ${ms(packRuns.p99)}`, "≤ 50 ms / ≤ 150 ms");
const stress = everyClausePack(10);
const stressRuns = stats(await timeAsync(5, () => renderPackDocx(stress)));
line(`Stress pack, every clause ten times (${stress.clauses.length} clauses, median of 5)`, ms(stressRuns.median), "≤ 500 ms");
