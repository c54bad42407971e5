/**
 * Which clauses a hand-built pack holds, and in which variant, as the workbench's form sends them:
 * `clause` once per clause ticked, and `variant.<clause id>` for the variant chosen. Checked against the
 * library in force: an unknown clause or variant is refused with the field named, never skipped, since a
 * pack that silently drops a clause legal chose is worse than none. Pure.
 */
import type { ClauseSelection } from "../rules/hand-picked.ts";
import type { ClauseLibrary } from "./library.ts";
import { DEFAULT_LANGUAGE } from "./template.ts";

export interface SelectionProblem {
  /** `clause`, or `variant.<id>`. */
  field: string;
  message: string;
}

export type SelectionResult =
  | { ok: true; selections: ClauseSelection[] }
  | { ok: false; selections: ClauseSelection[]; problems: SelectionProblem[] };

/** The most clauses one pack may hold: the whole library, with room for house clauses. */
export const MAX_SELECTED = 100;

const quoted = (value: string) => `“${[...value].length > 40 ? `${[...value].slice(0, 40).join("")}…` : value}”`;

export const variantField = (clauseId: string) => `variant.${clauseId}`;

/** The variants a clause offers, in the rules' order, then its plain language. */
export function variantIdsOf(clause: ClauseLibrary["clauses"][number]): string[] {
  const listed = clause.variants.map((v) => v.id).filter((id) => id in clause.language);
  return DEFAULT_LANGUAGE in clause.language ? [...listed, DEFAULT_LANGUAGE] : listed;
}

/**
 * The selection in the posted (or linked) fields, in the library's order whatever the order of the fields,
 * each clause once. `lenient`: drop what the library does not know instead of refusing it (the workbench
 * page, which only shows what is ticked).
 */
export function readSelection(
  params: URLSearchParams,
  library: Pick<ClauseLibrary, "clauses" | "byId">,
  options: { lenient?: boolean } = {},
): SelectionResult {
  const problems: SelectionProblem[] = [];
  const ids = params.getAll("clause").map((id) => id.trim());
  const chosen = new Set<string>();
  for (const id of ids) {
    if (id === "") continue;
    if (!library.byId.has(id)) {
      problems.push({ field: "clause", message: `Clause: ${quoted(id)} is not a clause of the library.` });
      continue;
    }
    chosen.add(id);
  }
  if (chosen.size > MAX_SELECTED)
    problems.push({ field: "clause", message: `Clause: at most ${MAX_SELECTED} clauses in one pack.` });
  const selections: ClauseSelection[] = [];
  for (const clause of library.clauses) {
    if (!chosen.has(clause.id)) continue;
    const offered = variantIdsOf(clause);
    const posted = (params.get(variantField(clause.id)) ?? "").trim();
    const variant = posted === "" ? offered[0] : posted;
    if (!offered.includes(variant)) {
      problems.push({
        field: variantField(clause.id),
        message: `Variant of “${clause.title}”: ${quoted(posted)} is not one of its variants (${offered.join(", ")}).`,
      });
      if (!options.lenient) continue;
      selections.push({ id: clause.id, variant: offered[0] });
      continue;
    }
    selections.push({ id: clause.id, variant });
  }
  if (options.lenient || problems.length === 0) return { ok: true, selections };
  return { ok: false, selections, problems };
}
