/**
 * The filter of the review lists (Reviews and Renewals) as their query string carries it — a GET form, so a
 * filtered page can be bookmarked and works without JavaScript. One zod schema reads it; every problem
 * names its field, so a mistyped address is told what is wrong rather than shown an error page. Also the
 * page arithmetic both lists share. Pure.
 */
import * as z from "zod";
import { REVIEW_STATUS_WORDS, REVIEW_STATUSES, type ReviewStatus } from "../models/review-status.ts";
import { SEVERITY_LABELS } from "../pack/format.ts";
import { questionById, STAGES, type Stage } from "../questionnaire/questions.ts";
import { DUE_BAND_WORDS, DUE_BANDS, type DueBand } from "../renewal/due-date.ts";
import type { Exposure } from "../rules/evaluate.ts";
import { SEVERITIES } from "../rules/findings.ts";
import { choiceParam, quoted } from "./query-fields.ts";

/** Rows on one page of a list: enough to scan, few enough that a page stays small on a phone's connection. */
export const PAGE_SIZE = 50;

/** The longest search text accepted: the longest buyer name or owner a review can hold. */
const SEARCH_MAX = 200;
/** The highest page number accepted: far beyond any list, short of a number that means nothing. */
const PAGE_MAX = 100_000;

export const EXPOSURES = [...SEVERITIES, "none"] as const satisfies readonly Exposure[];

/** What the lists filter on; "" is "any". The buyer and the owner match any part of the name, in any case. */
export interface ReviewFilter {
  buyer: string;
  vendor: string;
  status: ReviewStatus | "";
  stage: Stage | "";
  exposure: Exposure | "";
  owner: string;
  due: DueBand | "";
}

export type ReviewFilterField = keyof ReviewFilter;

export const FILTER_FIELDS = ["buyer", "vendor", "status", "stage", "exposure", "owner", "due"] as const;

export const NO_FILTER: ReviewFilter = {
  buyer: "",
  vendor: "",
  status: "",
  stage: "",
  exposure: "",
  owner: "",
  due: "",
};

export const FILTER_LABELS: Record<ReviewFilterField | "page", string> = {
  buyer: "Buyer",
  vendor: "Vendor",
  status: "Status",
  stage: "Stage",
  exposure: "Exposure",
  owner: "Renewal owner",
  due: "Re-review due",
  page: "Page",
};

const stageQuestion = questionById("stage");

/** The choices of each choice filter, value and words, in the order the form offers them. */
export const FILTER_CHOICES = {
  status: REVIEW_STATUSES.map((value) => ({ value, label: REVIEW_STATUS_WORDS[value] })),
  stage: STAGES.map((value) => ({
    value,
    label: (stageQuestion?.kind === "choice" && stageQuestion.options.find((o) => o.value === value)?.label) || value,
  })),
  exposure: EXPOSURES.map((value) => ({ value, label: SEVERITY_LABELS[value] })),
  due: DUE_BANDS.map((value) => ({ value, label: DUE_BAND_WORDS[value] })),
};

function choice<const T extends string>(field: ReviewFilterField, choices: readonly { value: T; label: string }[]) {
  return choiceParam(FILTER_LABELS[field], choices);
}

function search(field: ReviewFilterField) {
  return z
    .string()
    .transform((v) => v.trim())
    .refine((value) => [...value].length <= SEARCH_MAX, {
      message: `${FILTER_LABELS[field]}: at most ${SEARCH_MAX} characters, as no name is longer.`,
    });
}

function querySchema(vendorIds: readonly string[]) {
  return z.object({
    buyer: search("buyer"),
    vendor: z
      .string()
      .transform((v) => v.trim())
      .refine((value) => value === "" || vendorIds.includes(value), {
        error: (issue) =>
          `${FILTER_LABELS.vendor}: ${quoted(String(issue.input))} is not a vendor of the catalog. Choose one from the list.`,
      }),
    status: choice("status", FILTER_CHOICES.status),
    stage: choice("stage", FILTER_CHOICES.stage),
    exposure: choice("exposure", FILTER_CHOICES.exposure),
    owner: search("owner"),
    due: choice("due", FILTER_CHOICES.due),
    page: z
      .string()
      .transform((v) => v.trim())
      .refine((value) => value === "" || (/^\d{1,6}$/.test(value) && Number(value) >= 1 && Number(value) <= PAGE_MAX), {
        error: (issue) =>
          `${FILTER_LABELS.page}: ${quoted(String(issue.input))} is not a page number; a page is a whole number from 1.`,
      })
      .transform((value) => (value === "" ? 1 : Number(value))),
  });
}

export interface ReviewListQuery {
  filter: ReviewFilter;
  /** 1-based, as the address writes it; a page past the last is shown as the last. */
  page: number;
}

export interface FilterProblem {
  field: ReviewFilterField | "page";
  message: string;
}

export type ParsedReviewListQuery =
  | { ok: true; query: ReviewListQuery }
  /** `filter` holds the values as typed, so the form shows them beside the messages. */
  | { ok: false; filter: ReviewFilter; problems: FilterProblem[] };

/**
 * Reads a list's filter and page from its query string. `vendorIds` are the vendors a review can name (the
 * catalog's and "other"). Parameters the lists do not know are ignored: an address may carry others.
 */
export function parseReviewListQuery(params: URLSearchParams, vendorIds: readonly string[]): ParsedReviewListQuery {
  const raw = Object.fromEntries([...FILTER_FIELDS, "page"].map((f) => [f, params.get(f) ?? ""]));
  const parsed = querySchema(vendorIds).safeParse(raw);
  if (parsed.success) {
    const { page, ...filter } = parsed.data;
    return { ok: true, query: { filter, page } };
  }
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path[0] as FilterProblem["field"],
    message: issue.message,
  }));
  const typed = Object.fromEntries(FILTER_FIELDS.map((f) => [f, raw[f]])) as unknown as ReviewFilter;
  return { ok: false, filter: typed, problems };
}

export function isFiltered(filter: ReviewFilter): boolean {
  return FILTER_FIELDS.some((f) => filter[f] !== "");
}

/** The query string of a filter at a page ("" for the first page unfiltered): links keep the filter. */
export function listSearch(filter: ReviewFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (filter[field] !== "") params.set(field, filter[field]);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search === "" ? "" : `?${search}`;
}

/** One page of a list of `total` rows: which page it really is, and its rows' positions (1-based). */
export interface PageWindow {
  page: number;
  pages: number;
  total: number;
  /** The first row's position, or 0 for an empty list. */
  first: number;
  last: number;
  offset: number;
  limit: number;
}

/** The window of `page` over `total` rows; a page past the last is the last (a list may have shrunk since). */
export function pageWindow(total: number, page: number, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, page), pages);
  const offset = (shown - 1) * size;
  return {
    page: shown,
    pages,
    total,
    first: total === 0 ? 0 : offset + 1,
    last: Math.min(total, offset + size),
    offset,
    limit: size,
  };
}

/**
 * Where a page falls in a list made of consecutive groups of `counts` rows (the Renewals page's due bands,
 * in order): for each group the page reaches, how many of its rows to skip and to read.
 */
export function groupSlices<G extends string>(
  counts: readonly { group: G; count: number }[],
  window: Pick<PageWindow, "offset" | "limit">,
): { group: G; offset: number; limit: number }[] {
  const slices: { group: G; offset: number; limit: number }[] = [];
  let start = 0;
  const end = window.offset + window.limit;
  for (const { group, count } of counts) {
    const from = Math.max(window.offset, start);
    const to = Math.min(end, start + count);
    if (to > from) slices.push({ group, offset: from - start, limit: to - from });
    start += count;
  }
  return slices;
}
