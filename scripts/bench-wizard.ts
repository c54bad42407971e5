/**
 * The wizard's figures (issue 4), measured on the built app (`npm run build` first; this builds nothing):
 * - requests per second of a step save (validate + write + redirect) as a ratio of GET /ping, a route that
 *   does no work, on the same server, over loopback with autocannon — median of 3 runs each; both signed
 *   in (the session check runs for both, as for every request);
 * - the client JavaScript a step page loads, gzipped.
 *
 * Run alone with `npx tsx scripts/bench-wizard.ts`, or through `npm run bench` (scripts/bench.ts).
 */
import autocannon from "autocannon";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

import { openDatabase } from "../app/utils/db.server.ts";
import { startServer } from "./bench-server.ts";
import { benchSession } from "./bench-session.ts";

/** The signed-in session's Cookie and the Origin of a form post, sent with every request. */
type SessionHeaders = { cookie: string; origin: string };

const DURATION_SECONDS = 5;
const CONNECTIONS = 4;
const RUNS = 3;

/**
 * Each save must carry the version of the review it is based on, or it is refused (409) without a write.
 * So every connection gets a review of its own and keeps its version: a connection sends one request at
 * a time, every 302 means exactly one write (the version went up by one), and nothing else touches the
 * review. Each save also flips one answer, so every request really writes (saving unchanged answers
 * writes nothing).
 *
 * The headline figure is the wizard's usual save: a draft, part-way through the questionnaire (the first
 * two steps answered, the training step being saved). A save to a complete review costs more — it
 * works out the findings again for the list's exposure column — and is printed beside it (issue 11: ≥ 0.45).
 */
interface BenchReview {
  id: string;
  version: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function createReviewOnServer(
  url: string,
  session: SessionHeaders,
  answers: Record<string, unknown>,
): Promise<BenchReview> {
  const body = new FormData();
  body.append("intent", "import");
  body.append("answersText", JSON.stringify({ version: 1, answers }));
  const response = await fetch(`${url}/reviews/new`, { method: "POST", body, redirect: "manual", headers: session });
  const location = response.headers.get("location") ?? "";
  const id = /\/reviews\/([\w-]+)\//.exec(location)?.[1];
  if (response.status !== 302 || !id) throw new Error(`creating a bench review answered ${response.status}`);
  return { id, version: 1 };
}

/** A valid post of the training step; usageDataLimits alternates with the version (the reviews start without it or with true). */
function trainingStepBody(review: BenchReview): string {
  return new URLSearchParams({
    intent: "next",
    version: String(review.version),
    trainingRequirement: "never",
    feedbackUse: "no",
    safetyReview: "abuseDetectionOnly",
    usageDataLimits: review.version % 2 === 1 ? "no" : "yes",
  }).toString();
}

async function measurePing(url: string, session: SessionHeaders): Promise<number> {
  const result = await autocannon({
    url: `${url}/ping`,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers: session,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`GET /ping: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * The version the server holds now. A run ends with requests in flight whose saves may land although
 * their responses are never read, so each run starts from the server's word, not from the count.
 */
async function currentVersion(url: string, session: SessionHeaders, reviewId: string): Promise<number> {
  const html = await (await fetch(`${url}/reviews/${reviewId}/training`, { headers: session })).text();
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  if (!version) throw new Error("the step page carries no version");
  return Number(version);
}

async function measureStepSave(url: string, session: SessionHeaders, reviews: BenchReview[]): Promise<number> {
  for (const review of reviews) review.version = await currentVersion(url, session, review.id);
  const free = [...reviews];
  let refused = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    // Called once per connection: it takes a review of its own for the whole run.
    setupClient(client) {
      const review = free.shift();
      if (!review) throw new Error("fewer bench reviews than connections");
      client.setRequests([
        {
          method: "POST",
          path: `/reviews/${review.id}/training`,
          headers: { "content-type": "application/x-www-form-urlencoded", ...session },
          setupRequest: (request) => ({ ...request, body: trainingStepBody(review) }),
          onResponse: (status) => {
            if (status === 302) review.version += 1;
            else refused += 1;
          },
        },
      ]);
    },
  });
  if (refused > 0 || result.errors > 0) {
    throw new Error(`step save: ${refused} responses were not a redirect, ${result.errors} errors`);
  }
  return result.requests.average;
}

/** The JavaScript modules a step page loads (its modulepreload links), gzipped, in bytes. */
async function stepPageJavaScript(
  url: string,
  session: SessionHeaders,
  reviewId: string,
): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(`${url}/reviews/${reviewId}/training`, { headers: session })).text();
  const modules = new Set<string>();
  for (const match of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) modules.add(match[1]);
  for (const match of html.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) modules.add(match[1]);
  let bytes = 0;
  for (const file of modules) bytes += zlib.gzipSync(fs.readFileSync(path.join("build/client", file))).length;
  return { bytes, files: modules.size };
}

const CONTEXT_AND_DATA = [
  "buyerName",
  "vendorId",
  "productLine",
  "otherProductsInUse",
  "stage",
  "signatureDate",
  "renewalDate",
  "termMonths",
  "dataCategories",
  "jurisdictions",
  "endUsers",
  "minorsPossible",
];

async function createReviews(
  url: string,
  session: SessionHeaders,
  answers: Record<string, unknown>,
): Promise<BenchReview[]> {
  const reviews: BenchReview[] = [];
  for (let i = 0; i < CONNECTIONS; i++) reviews.push(await createReviewOnServer(url, session, answers));
  return reviews;
}

/** Runs the wizard's benchmarks and returns the lines to print. */
export async function benchWizard(): Promise<string[]> {
  const databasePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-bench-wizard-")), "bench.db");
  const server = await startServer(databasePath);
  const db = openDatabase(databasePath);
  try {
    const session = await benchSession(db, server.url);
    const complete = JSON.parse(fs.readFileSync("tests/fixtures/answers/bank-api-eu.json", "utf8")).answers;
    const draft = Object.fromEntries(Object.entries(complete).filter(([id]) => CONTEXT_AND_DATA.includes(id)));
    const drafts = await createReviews(server.url, session, draft);
    const completes = await createReviews(server.url, session, complete);

    // Warm up both routes (JIT, caches) before measuring.
    await autocannon({ url: `${server.url}/ping`, connections: CONNECTIONS, duration: 1, headers: session });
    await measureStepSave(server.url, session, drafts);

    const ping: number[] = [];
    const save: number[] = [];
    const saveComplete: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ping.push(await measurePing(server.url, session));
      save.push(await measureStepSave(server.url, session, drafts));
      saveComplete.push(await measureStepSave(server.url, session, completes));
    }
    const js = await stepPageJavaScript(server.url, session, drafts[0].id);
    const perSecond = (n: number) => `${n.toFixed(0)} req/s`;
    return [
      `GET /ping ${perSecond(median(ping))}; step save ${perSecond(median(save))}; step save of a complete review ` +
        `${perSecond(median(saveComplete))} (${CONNECTIONS} connections, ${DURATION_SECONDS} s per run)`,
      `Step save / bare route: ${(median(save) / median(ping)).toFixed(2)} (median of ${RUNS})  target ≥ 0.5`,
      `Step save of a complete review / bare route: ${(median(saveComplete) / median(ping)).toFixed(2)} (median of ${RUNS})  target ≥ 0.45`,
      `Wizard page client JS: ${(js.bytes / 1024).toFixed(1)} kB gzipped (${js.files} modules)  target ≤ 120 kB`,
    ];
  } finally {
    db.$client.close();
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchWizard()) console.log(line);
}
