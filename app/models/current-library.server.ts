// The clause library every pack is made from: the shipped template files, and (issue 17) legal's house
// versions of them stored in the database. The one place the rest of the app asks for "the library now".
import { loadClauseLibrary, type ClauseLibrary } from "../clauses/library.server.ts";
import type { Db } from "../utils/db.server.ts";

/** The library as it stands: for now the shipped files; house versions are layered on here. */
export function currentLibrary(_db: Db): ClauseLibrary {
  return loadClauseLibrary();
}
