/**
 * Test support: every string of a clause pack with its field path (`cover.buyerName`,
 * `clauses[2].language[1]`), and a copy of a pack with its strings replaced.
 */
import type { ClausePack } from "./model.ts";

/** Strings that are not free text: a machine value, or an enumeration. */
const NOT_FREE_TEXT = /^(cover\.generatedAt|summary\.exposure|findings\[\d+\]\.severity|paper|sources\[\d+\]\.group)$/;
/** Free text the memo does not print: the parties as the addendum names them. */
const ADDENDUM_ONLY = /^parties\./;

export function isFreeText(path: string): boolean {
  return !NOT_FREE_TEXT.test(path);
}

/** Free text that the memo prints. */
export function isMemoText(path: string): boolean {
  return isFreeText(path) && !ADDENDUM_ONLY.test(path);
}

/** Free text that the addendum prints: the parties, the clause titles and language. */
export function isAddendumText(path: string): boolean {
  return /^(parties\.(buyer|vendor)|clauses\[\d+\]\.(title|language\[\d+\]))$/.test(path);
}

export function stringPaths(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, path === "" ? k : `${path}.${k}`));
  }
  return [];
}

/** A copy of the pack with each string replaced by `replace(path, value)`. */
export function mapStrings(pack: ClausePack, replace: (path: string, value: string) => string): ClausePack {
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === "string") return replace(path, value);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, path === "" ? k : `${path}.${k}`)]));
    }
    return value;
  };
  return walk(pack, "") as ClausePack;
}
