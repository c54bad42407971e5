// The clause library every pack is made from: the shipped template files, and (issue 17) legal's house
// versions of them stored in the database. The one place the rest of the app asks for "the library now".
import {
  ClauseLibraryError,
  buildClauseLibrary,
  loadClauseLibrary,
  readClauseLibraryFiles,
  validateClauseLibraryRendering,
  type ClauseLibrary,
  type LibraryFile,
} from "../clauses/library.server.ts";
import type { Db } from "../utils/db.server.ts";
import { houseGeneration, latestHouseTexts } from "./house-clauses.server.ts";

/** The template file a clause is read from, as named in the library's folder. */
export const clauseFileName = (clauseId: string) => `${clauseId}.md`;

/**
 * The shipped files with each house-edited clause's file replaced by its house text. A house version of a
 * clause the shipped files no longer hold is left out: a house version edits a shipped clause, it does
 * not add one. Its version string is `libraryVersion` of these files, so it names shipped and house text.
 */
export function layerHouseTexts(
  shipped: readonly LibraryFile[],
  house: ReadonlyMap<string, string | null>,
): LibraryFile[] {
  return shipped.map((f) => {
    const text = house.get(f.name.replace(/\.md$/, ""));
    return typeof text === "string" ? { name: f.name, text } : f;
  });
}

/**
 * The library made of `files`, checked as the loader checks a folder; the clauses whose text differs from
 * the shipped files are also rendered in every variant (the shipped ones were at start-up). A problem
 * throws a ClauseLibraryError that names the file and the field as the loader does.
 */
export function libraryOfFiles(files: readonly LibraryFile[], shipped: ClauseLibrary): ClauseLibrary {
  const shippedFiles = new Map(readClauseLibraryFiles(shipped.dir).map((f) => [f.name, f.text]));
  const library = buildClauseLibrary(files, shipped.dir, { checkRendering: false });
  const changed = library.clauses.filter((c) => shippedFiles.get(clauseFileName(c.id)) !== filesText(files, c.id));
  const problems = validateClauseLibraryRendering({ clauses: changed });
  if (problems.length > 0) throw new ClauseLibraryError(problems);
  return library;
}

const filesText = (files: readonly LibraryFile[], clauseId: string) =>
  files.find((f) => f.name === clauseFileName(clauseId))?.text;

/** The files of the library in force: what `clausewise clauses export` writes, and the library is made of. */
export function currentLibraryFiles(db: Db): LibraryFile[] {
  return layerHouseTexts(readClauseLibraryFiles(loadClauseLibrary().dir), latestHouseTexts(db));
}

// Kept while no house version is recorded and the shipped library is the same object: every pack, review
// save and page asks for the library, and asking costs one indexed max(id).
const cache = new WeakMap<Db, { generation: number; shipped: ClauseLibrary; library: ClauseLibrary }>();

/** The library as it stands: the shipped files with the newest house version of each clause in place. */
export function currentLibrary(db: Db): ClauseLibrary {
  const shipped = loadClauseLibrary();
  const generation = houseGeneration(db);
  if (generation === 0) return shipped;
  const cached = cache.get(db);
  if (cached && cached.generation === generation && cached.shipped === shipped) return cached.library;
  const house = latestHouseTexts(db);
  const files = layerHouseTexts(readClauseLibraryFiles(shipped.dir), house);
  // Every house version went back to the shipped text: the shipped library itself, with its version.
  const library = [...house.values()].every((t) => t === null) ? shipped : libraryOfFiles(files, shipped);
  cache.set(db, { generation, shipped, library });
  return library;
}

/**
 * The library as it would stand with `text` as the clause's newest version (null: its shipped text), for
 * checking a version before it is recorded: throws the loader's ClauseLibraryError when it does not load.
 */
export function libraryWithHouseText(db: Db, clauseId: string, text: string | null): ClauseLibrary {
  const shipped = loadClauseLibrary();
  const house = new Map(latestHouseTexts(db));
  house.set(clauseId, text);
  return libraryOfFiles(layerHouseTexts(readClauseLibraryFiles(shipped.dir), house), shipped);
}
