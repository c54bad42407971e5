/**
 * The clause library's filter as its query string carries it (/clauses?q=…&category=…&secures=…): a GET
 * form, so a search is an address to bookmark and works without JavaScript. One zod schema reads it, and
 * every problem names its field, as the review lists' filter does. Pure.
 */
import * as z from "zod";
import { PROVISION_KEYS, type ProvisionKey } from "../catalog/types.ts";
import { CLAUSE_CATEGORIES, type ClauseCategory, type ClauseTemplate } from "../clauses/template.ts";
import { CLAUSE_PROVISIONS } from "../negotiation/commitments.ts";
import { choiceParam } from "./query-fields.ts";

/** The longest search accepted: a phrase, not a document. */
const SEARCH_MAX = 200;

export interface ClauseFilter {
  /** Words that must all appear in the clause's title, language, fallbacks or negotiation note. */
  q: string;
  category: ClauseCategory | "";
  /** A provision of the vendor's terms the clause's commitment rests on. */
  secures: ProvisionKey | "";
}

export type ClauseFilterField = keyof ClauseFilter;
export const CLAUSE_FILTER_FIELDS = ["q", "category", "secures"] as const satisfies readonly ClauseFilterField[];
export const NO_CLAUSE_FILTER: ClauseFilter = { q: "", category: "", secures: "" };

export const CLAUSE_FILTER_LABELS: Record<ClauseFilterField, string> = {
  q: "Words",
  category: "Category",
  secures: "Secures",
};

/** The categories in words, in the library's order. */
export const CATEGORY_WORDS: Record<ClauseCategory, string> = {
  training: "Training on your data",
  retention: "Retention and deletion",
  access: "Access and security",
  outputs: "Outputs and intellectual property",
  assurance: "Verification and change control",
  regulatory: "Regulatory",
  renewal: "Renewal",
  scope: "Scope of the services",
};

/** The provisions some clause rests on, in the catalog's order of keys: the choices of "Secures". */
const SECURED_KEYS = (Object.keys(PROVISION_KEYS) as ProvisionKey[]).filter((key) =>
  Object.values(CLAUSE_PROVISIONS).some((keys) => keys.includes(key)),
);

export const CLAUSE_FILTER_CHOICES = {
  category: CLAUSE_CATEGORIES.map((value) => ({ value, label: CATEGORY_WORDS[value] })),
  secures: SECURED_KEYS.map((value) => ({ value, label: PROVISION_KEYS[value].label })),
};

const choice = <const T extends string>(field: ClauseFilterField, choices: readonly { value: T; label: string }[]) =>
  choiceParam(CLAUSE_FILTER_LABELS[field], choices);

const querySchema = z.object({
  q: z
    .string()
    .transform((v) => v.trim())
    .refine((value) => [...value].length <= SEARCH_MAX, {
      message: `${CLAUSE_FILTER_LABELS.q}: at most ${SEARCH_MAX} characters; search for a few words.`,
    }),
  category: choice("category", CLAUSE_FILTER_CHOICES.category),
  secures: choice("secures", CLAUSE_FILTER_CHOICES.secures),
});

export interface ClauseFilterProblem {
  field: ClauseFilterField;
  message: string;
}

export type ParsedClauseFilter =
  | { ok: true; filter: ClauseFilter }
  /** `filter` holds the values as typed, so the form shows them beside the messages. */
  | { ok: false; filter: ClauseFilter; problems: ClauseFilterProblem[] };

/** Reads the filter from a query string; parameters it does not know (a pack's selection) are ignored. */
export function parseClauseFilter(params: URLSearchParams): ParsedClauseFilter {
  const raw = Object.fromEntries(CLAUSE_FILTER_FIELDS.map((f) => [f, params.get(f) ?? ""]));
  const parsed = querySchema.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return {
    ok: false,
    filter: raw as unknown as ClauseFilter,
    problems: parsed.error.issues.map((issue) => ({
      field: issue.path[0] as ClauseFilterField,
      message: issue.message,
    })),
  };
}

export function isClauseFilterActive(filter: ClauseFilter): boolean {
  return CLAUSE_FILTER_FIELDS.some((f) => filter[f] !== "");
}

/** Lower case without accents, so “Datenschutz” finds “datenschutz” and “deja” finds “déjà”. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a search: split on spaces, each folded; quotes around a word are not needed. */
export function searchWords(q: string): string[] {
  return fold(q)
    .split(/\s+/)
    .map((w) => w.replace(/^["“”']+|["“”']+$/g, ""))
    .filter((w) => w !== "");
}

type Searchable = Pick<ClauseTemplate, "id" | "title" | "category" | "language" | "fallbacks" | "negotiationNote">;

/** Whether the clause passes the filter: every word somewhere in its text, its category, what it rests on. */
export function clauseMatches(clause: Searchable, filter: ClauseFilter): boolean {
  if (filter.category !== "" && clause.category !== filter.category) return false;
  if (filter.secures !== "" && !(CLAUSE_PROVISIONS[clause.id] ?? []).includes(filter.secures)) return false;
  const words = searchWords(filter.q);
  if (words.length === 0) return true;
  const text = fold(
    [clause.title, ...Object.values(clause.language).flat(), ...clause.fallbacks, clause.negotiationNote].join("\n"),
  );
  return words.every((w) => text.includes(w));
}

/** The query string of a filter ("" when none is set): links and the pack's form keep it. */
export function clauseFilterSearch(filter: ClauseFilter): string {
  const params = new URLSearchParams();
  for (const field of CLAUSE_FILTER_FIELDS) if (filter[field] !== "") params.set(field, filter[field]);
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}
