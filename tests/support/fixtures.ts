// Test support: the answers files in tests/fixtures/answers, read as the command line reads them
// (validated against the seeded catalog), and the pack model a review of them gives.
import fs from "node:fs";
import path from "node:path";

import { listVendors } from "../../app/models/catalog.server.ts";
import type { ClausePack } from "../../app/pack/model.ts";
import { parseAnswersFile, type Answers } from "../../app/questionnaire/answers.ts";
import { packModelFor } from "../../app/use-cases/packs/generate.server.ts";
import { getDb } from "../../app/utils/db.server.ts";

export const FIXTURES_DIR = path.resolve("tests/fixtures/answers");

/** Every fixture's name, without ".json". */
export const FIXTURE_NAMES = fs.readdirSync(FIXTURES_DIR).map((f) => f.replace(/\.json$/, ""));

/** A fixture's answers, validated (and pruned) as an import would; throws if the file is not valid. */
export function fixtureAnswers(name: string): Answers {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.json`), "utf8"));
  const parsed = parseAnswersFile(json, { vendorIds: listVendors(getDb()).map((v) => v.id) });
  if (!parsed.ok) throw new Error(`${name}.json is not a valid answers file`);
  return parsed.answers;
}

/** The pack model of a fixture's review, generated at `now` (a fixed time, so documents compare). */
export function fixturePack(name: string, now = new Date("2026-12-01T10:00:00Z")): ClausePack {
  return packModelFor(getDb(), fixtureAnswers(name), { preparedBy: "Dana Whitfield", now }).pack;
}
