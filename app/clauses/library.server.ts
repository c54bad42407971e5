/**
 * Reads the clause library from templates/, validates it, and caches it for the life of the process.
 * A broken library is one ClauseLibraryError listing every problem with its file, so start-up can print
 * it and stop.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../utils/project-root.server.ts";

import { ClauseLibraryError, type ClauseLibrary } from "./library.ts";
import { validateClauseLibraryRendering } from "./rendering-check.ts";
import { parseClauseTemplate, parseDefinitions, type ClauseTemplate, type Definitions } from "./template.ts";

export { ClauseLibraryError, type ClauseLibrary } from "./library.ts";
export { validateClauseLibraryRendering } from "./rendering-check.ts";

// Relative to the project, not the working directory, so `npx clausewise` works from any folder.
export const DEFAULT_TEMPLATES_DIR = path.join(projectRoot(), "templates");
const NOT_CLAUSES = new Set(["README.md", "definitions.md"]);

export interface LoadOptions {
  /** Also render every clause in every variant (validateClauseLibraryRendering). Default true. */
  checkRendering?: boolean;
  /** Read the files again even when this directory is cached. */
  fresh?: boolean;
}

const cache = new Map<string, ClauseLibrary>();

/** Forgets every cached library (tests; a reload after editing templates). */
export function clearClauseLibraryCache(): void {
  cache.clear();
  filesCache.clear();
}

/** First 12 hex digits of SHA-256 over the sorted file names and contents. */
export function libraryVersion(files: readonly { name: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(f.name).update("\0").update(f.text).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

/** One file of the library as the loader reads it: its name in the folder and its whole text. */
export interface LibraryFile {
  name: string;
  text: string;
}

const filesCache = new Map<string, readonly LibraryFile[]>();

/**
 * The files of `dir` that make up the library (every .md but README.md), sorted by name, as read from
 * disk: cached per directory, so layering house versions over them reads nothing again.
 */
export function readClauseLibraryFiles(
  dir: string = DEFAULT_TEMPLATES_DIR,
  options: Pick<LoadOptions, "fresh"> = {},
): readonly LibraryFile[] {
  const resolved = path.resolve(dir);
  const cached = options.fresh ? undefined : filesCache.get(resolved);
  if (cached) return cached;
  let names: string[];
  try {
    names = fs
      .readdirSync(resolved, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".md") && e.name !== "README.md")
      .map((e) => e.name)
      .sort();
  } catch (e) {
    throw new ClauseLibraryError([`${resolved}: cannot read the clause library (${(e as Error).message})`]);
  }
  const files = names.map((name) => ({ name, text: fs.readFileSync(path.join(resolved, name), "utf8") }));
  filesCache.set(resolved, files);
  return files;
}

/** Reads, parses and validates every clause file of `dir` (cached per directory). */
export function loadClauseLibrary(dir: string = DEFAULT_TEMPLATES_DIR, options: LoadOptions = {}): ClauseLibrary {
  const resolved = path.resolve(dir);
  const cached = options.fresh ? undefined : cache.get(resolved);
  if (cached) return cached;
  const library = buildClauseLibrary(readClauseLibraryFiles(resolved, options), resolved, options);
  cache.set(resolved, library);
  return library;
}

/**
 * Parses and validates a library from its files, as they would be read from `dir` (named so in every
 * problem: "templates/no-training.md: id: …"). The loader's one way of checking a library, used both for
 * the shipped folder and for the shipped files with legal's house versions in place of some of them, so a
 * house version is refused exactly as the same text in a file would be.
 */
export function buildClauseLibrary(
  files: readonly LibraryFile[],
  dir: string = DEFAULT_TEMPLATES_DIR,
  options: Pick<LoadOptions, "checkRendering"> = {},
): ClauseLibrary {
  const resolved = path.resolve(dir);
  const shown = path.basename(resolved);
  const problems: string[] = [];
  const clauses: ClauseTemplate[] = [];
  let definitions: Definitions | null = null;

  for (const f of files) {
    const file = `${shown}/${f.name}`;
    if (f.name === "definitions.md") {
      const result = parseDefinitions(f.text, { file });
      if (result.ok) definitions = result.value;
      else problems.push(...result.errors);
      continue;
    }
    if (NOT_CLAUSES.has(f.name)) continue;
    const result = parseClauseTemplate(f.text, { file });
    if (result.ok) clauses.push(result.value);
    else problems.push(...result.errors);
  }
  if (clauses.length === 0 && problems.length === 0) {
    problems.push(`${resolved}: holds no clause files (templates/<clause-id>.md)`);
  }

  const byOrder = new Map<number, ClauseTemplate>();
  for (const c of clauses) {
    const other = byOrder.get(c.order);
    if (other)
      problems.push(
        `${c.file}: order: ${c.order} is also the order of ${other.file}; give each clause its own position`,
      );
    else byOrder.set(c.order, c);
  }
  clauses.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  if (problems.length === 0 && options.checkRendering !== false) {
    problems.push(...validateClauseLibraryRendering({ clauses, definitions }));
  }
  if (problems.length > 0) throw new ClauseLibraryError(problems);

  return {
    version: libraryVersion(files),
    clauses,
    byId: new Map(clauses.map((c) => [c.id, c])),
    definitions,
    dir: resolved,
  };
}
