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
const { evaluateAnswers } = await import("../app/use-cases/reviews/evaluate.server.ts");
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
const { prepareDatabase } = await import("../app/startup.server.ts");
const db = prepareDatabase(getDb());
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

// Loading reads, parses and validates every file (structure, condition ids and values, variable names).
// The exhaustive rendering check (every variant under every variation of the answers) is a further proof
// run at start-up and in the tests; it is timed on its own line.
const load = stats(
  time(20, () => {
    clearClauseLibraryCache();
    loadClauseLibrary(undefined, { checkRendering: false });
  }),
);
line("Load + validate the whole clause library (median of 20)", ms(load.median), "≤ 50 ms");
const renderingCheck = stats(time(5, () => validateClauseLibraryRendering(loadClauseLibrary())));
line("Exhaustive rendering check of every variant (median of 5)", ms(renderingCheck.median), "— (start-up, tests)");

// Issue 5: the clause pack.
const { buildClausePack } = await import("../app/pack/build-pack.ts");
const { renderPackDocx } = await import("../app/pack/docx.server.ts");
const { fullLibraryPack } = await import("../app/pack/full-pack.ts");
const { evaluation, vendorName } = evaluateAnswers(db, answers);
const reviewPack = () =>
  buildClausePack({
    evaluation,
    library,
    vendorName,
    preparedBy: "bench",
    generatedAt: new Date().toISOString(),
    answersVersion: 1,
  });
// "Full pack": every clause of the library (a review never selects them all: some exclude each other).
const fullPack = () => fullLibraryPack(library, new Date().toISOString());
await timeAsync(5, () => renderPackDocx(fullPack()));
const packRuns = stats(await timeAsync(50, () => renderPackDocx(fullPack())));
line(
  `Full pack, all ${fullPack().clauses.length} clauses, model + .docx (median / p99 of 50)`,
  `${ms(packRuns.median)} / ${ms(packRuns.p99)}`,
  "≤ 50 ms / ≤ 150 ms",
);
const reviewRuns = stats(await timeAsync(50, () => renderPackDocx(reviewPack())));
line(
  `Review pack, bank fixture (${reviewPack().clauses.length} clauses, ${evaluation.findings.length} findings; median / p99 of 50)`,
  `${ms(reviewRuns.median)} / ${ms(reviewRuns.p99)}`,
  "—",
);
// Issue 14: a review's documents from one pack model (the memo, the addendum, and the vendor
// questionnaire once it is a document kind), all rendered for the full 26-clause pack.
const { renderDocument } = await import("../app/pack/documents.server.ts");
// The three documents of clauses.md: the memo, the addendum and the questionnaire (its workbook; the Word
// copy of the questionnaire is measured on its own below).
const THREE = ["memo", "addendum", "questionnaire-xlsx"] as const;
const allDocuments = async () => {
  const pack = fullPack();
  for (const kind of THREE) await renderDocument(kind, pack);
};
await timeAsync(5, allDocuments);
const documentRuns = stats(await timeAsync(30, allDocuments));
line(
  `The three documents of the full pack (${THREE.join(", ")}; median / p99 of 30)`,
  `${ms(documentRuns.median)} / ${ms(documentRuns.p99)}`,
  "≤ 150 ms",
);
const questionnaireDocxRuns = stats(await timeAsync(30, () => renderDocument("questionnaire-docx", fullPack())));
line("The vendor questionnaire as .docx, full pack (median of 30)", ms(questionnaireDocxRuns.median), "—");
const stress = fullLibraryPack(library, new Date().toISOString(), 10);
const stressRuns = stats(await timeAsync(5, () => renderPackDocx(stress)));
line(
  `Stress pack, every clause ten times (${stress.clauses.length} clauses, median of 5)`,
  ms(stressRuns.median),
  "≤ 500 ms",
);

// Issue 5: how long /healthz waits while packs are generated back to back on the same server.
{
  const { startReview } = await import("../app/use-cases/reviews/answers.server.ts");
  const { startServer } = await import("./bench-server.ts");
  const PACKS = 30;
  // Each review's first download generates its pack (later ones return the recorded file), so one review
  // per download keeps the server generating.
  const ids = Array.from(
    { length: PACKS },
    (_, i) => startReview(db, { ...answers, buyerName: `Bench Buyer ${i}` }).id,
  );
  const { benchSession } = await import("./bench-session.ts");
  const server = await startServer(process.env.DATABASE_PATH!);
  try {
    const { cookie } = await benchSession(db, server.url);
    let generating = true;
    const waits: number[] = [];
    const poll = (async () => {
      while (generating) {
        const start = performance.now();
        await (await fetch(`${server.url}/healthz`)).arrayBuffer();
        waits.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const generation: number[] = [];
    // Every document of each review, back to back: the memo, then the addendum (and the questionnaire).
    const documents = ["pack.docx", "addendum.docx", "questions.xlsx"];
    for (const id of ids) {
      for (const document of documents) {
        const start = performance.now();
        const response = await fetch(`${server.url}/reviews/${id}/${document}`, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`${document} answered ${response.status}`);
        await response.arrayBuffer();
        if (document === "pack.docx") generation.push(performance.now() - start);
      }
    }
    generating = false;
    await poll;
    const g = stats(generation);
    line(`Pack download over HTTP, first generation (median of ${PACKS})`, ms(g.median), "—");
    line(
      `Longest /healthz wait during back-to-back generation (${waits.length} polls)`,
      `${ms(Math.max(...waits))} (median ${ms(stats(waits).median)})`,
      "≤ 100 ms",
    );
  } finally {
    server.stop();
  }
}

// Issue 4: a step save against a bare route, and the wizard page's client JavaScript.
{
  const { benchWizard } = await import("./bench-wizard.ts");
  console.log("");
  for (const text of await benchWizard()) console.log(text);
}

// Issue 16: the lists at company scale. With 10,000 reviews in the database (topped up to that many with the
// seed the tests use: one transaction, each review with a full set of answers), the Reviews list and the
// Renewals page over HTTP, signed in, as a browser asks for them (compressed); each page's size is its HTML
// as the browser reads it, uncompressed. The catalog page, timed on the same server in the same run, is the
// yardstick: a page that does not grow with the number of reviews.
{
  const { countReviews } = await import("../app/models/review-list.server.ts");
  const { seedManyReviews } = await import("../tests/support/many-reviews.ts");
  const { startServer } = await import("./bench-server.ts");
  const { benchSession } = await import("./bench-session.ts");
  const REVIEWS = 10_000;
  const RUNS = 30;
  const stored = countReviews(db);
  if (stored < REVIEWS) seedManyReviews(db, REVIEWS - stored, new Date().toISOString().slice(0, 10));
  const server = await startServer(process.env.DATABASE_PATH!);
  try {
    const { cookie } = await benchSession(db, server.url);
    const get = async (address: string) => {
      const start = performance.now();
      const response = await fetch(`${server.url}${address}`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200) throw new Error(`${address} answered ${response.status}`);
      return { ms: performance.now() - start, bytes: Buffer.byteLength(html) };
    };
    const pages = [
      ["Reviews list", "/reviews"],
      ["Renewals page", "/renewals"],
      ["Catalog page", "/catalog"],
    ] as const;
    for (const [, address] of pages) for (let i = 0; i < 5; i++) await get(address);
    // Interleaved, so a noisy moment of the machine falls on all three alike.
    const samples = new Map<string, { ms: number[]; bytes: number }>(pages.map(([, a]) => [a, { ms: [], bytes: 0 }]));
    for (let i = 0; i < RUNS; i++) {
      for (const [, address] of pages) {
        const { ms: took, bytes } = await get(address);
        samples.get(address)!.ms.push(took);
        samples.get(address)!.bytes = bytes;
      }
    }
    console.log("");
    const catalog = stats(samples.get("/catalog")!.ms).median;
    for (const [label, address] of pages) {
      const { ms: times, bytes } = samples.get(address)!;
      const median = stats(times).median;
      const reviews = countReviews(db).toLocaleString("en-US");
      const isYardstick = address === "/catalog";
      line(
        `${label}: GET ${address}, ${isYardstick ? "the yardstick" : `${reviews} reviews`} (median of ${RUNS})`,
        `${ms(median)}, ${(bytes / 1024).toFixed(1)} kB${isYardstick ? "" : `, ${(median / catalog).toFixed(1)}× catalog`}`,
        isYardstick ? "—" : "≤ 50 ms, ≤ 300 kB",
      );
    }
  } finally {
    server.stop();
  }
}
