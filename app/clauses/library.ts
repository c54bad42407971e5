/**
 * The clause library as the rest of the app sees it (loaded by library.server.ts). Pure types and
 * look-ups, so the rules and the pack model can take a library without touching the file system.
 */
import type { ClauseTemplate, Definitions } from "./template.ts";

export interface ClauseLibrary {
  /** First 12 hex digits of SHA-256 over the sorted file names and contents: recorded with every pack. */
  version: string;
  /** Sorted by `order`, then id. */
  clauses: readonly ClauseTemplate[];
  byId: ReadonlyMap<string, ClauseTemplate>;
  definitions: Definitions | null;
  /** The directory it was read from. */
  dir: string;
}

export class ClauseLibraryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The clause library has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "ClauseLibraryError";
  }
}
