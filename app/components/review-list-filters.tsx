// The filter form and the pager of the review lists (/reviews, /renewals). A GET form and plain links, so
// a filtered page is an address to bookmark or send, and everything works without JavaScript.
import { Form, Link } from "@remix-run/react";
import {
  FILTER_CHOICES,
  FILTER_LABELS,
  isFiltered,
  listSearch,
  type FilterProblem,
  type PageWindow,
  type ReviewFilter,
  type ReviewFilterField,
} from "../lists/review-filter.ts";
import { ErrorSummary } from "./error-summary.tsx";

const fieldId = (field: ReviewFilterField) => `filter-${field}`;

/** Thousands with commas, as the rest of the app writes counts. */
export const countWords = (n: number) => n.toLocaleString("en-US");

function ChoiceFilter({
  field,
  filter,
  invalid,
  any,
}: {
  field: keyof typeof FILTER_CHOICES;
  filter: ReviewFilter;
  invalid: boolean;
  any: string;
}) {
  return (
    <div className="filters__field">
      <label htmlFor={fieldId(field)}>{FILTER_LABELS[field]}</label>
      <select
        id={fieldId(field)}
        name={field}
        className="input"
        defaultValue={invalid ? "" : filter[field]}
        aria-invalid={invalid || undefined}
      >
        <option value="">{any}</option>
        {FILTER_CHOICES[field].map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SearchFilter({
  field,
  filter,
  invalid,
}: {
  field: "buyer" | "owner";
  filter: ReviewFilter;
  invalid: boolean;
}) {
  return (
    <div className="filters__field">
      <label htmlFor={fieldId(field)}>{FILTER_LABELS[field]}</label>
      <input
        id={fieldId(field)}
        name={field}
        type="search"
        className="input"
        defaultValue={filter[field]}
        aria-invalid={invalid || undefined}
      />
    </div>
  );
}

/**
 * The filters of a list at `path`. The buyer, vendor and status are always in view; the others fold away
 * (open when one is set), so on a phone the list is not pushed a screen down.
 */
export function ReviewListFilters({
  path,
  filter,
  vendors,
  problems,
  label,
}: {
  path: string;
  filter: ReviewFilter;
  vendors: { id: string; name: string }[];
  problems: FilterProblem[];
  label: string;
}) {
  const invalid = (field: ReviewFilterField) => problems.some((p) => p.field === field);
  const more = (["stage", "exposure", "owner", "due"] as const).some((f) => filter[f] !== "" || invalid(f));
  return (
    <>
      <ErrorSummary
        title="This filter cannot be used"
        items={problems.map((p) => ({
          message: p.message,
          target: p.field === "page" ? undefined : fieldId(p.field),
        }))}
        autoFocus
      />
      {/* Keyed by the filter, so following a link to another filter shows its values, not the last typed. */}
      <Form method="get" action={path} className="filters" aria-label={label} key={listSearch(filter)}>
        <SearchFilter field="buyer" filter={filter} invalid={invalid("buyer")} />
        <div className="filters__field">
          <label htmlFor={fieldId("vendor")}>{FILTER_LABELS.vendor}</label>
          <select
            id={fieldId("vendor")}
            name="vendor"
            className="input"
            defaultValue={invalid("vendor") ? "" : filter.vendor}
            aria-invalid={invalid("vendor") || undefined}
          >
            <option value="">Any vendor</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <ChoiceFilter field="status" filter={filter} invalid={invalid("status")} any="Any status" />
        <details className="filters__more" open={more}>
          <summary>More filters</summary>
          <div className="filters__more-fields">
            <ChoiceFilter field="stage" filter={filter} invalid={invalid("stage")} any="Any stage" />
            <ChoiceFilter field="exposure" filter={filter} invalid={invalid("exposure")} any="Any exposure" />
            <SearchFilter field="owner" filter={filter} invalid={invalid("owner")} />
            <ChoiceFilter field="due" filter={filter} invalid={invalid("due")} any="Any date" />
          </div>
        </details>
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            Filter
          </button>
          {isFiltered(filter) || problems.length > 0 ? <Link to={path}>Show all</Link> : null}
        </div>
      </Form>
    </>
  );
}

/** "1–50 of 10,000 reviews", for the list's caption and the pager. */
export function rangeWords(page: PageWindow, noun: string): string {
  if (page.total === 0) return `No ${noun}s`;
  const of = `${countWords(page.total)} ${noun}${page.total === 1 ? "" : "s"}`;
  return `${countWords(page.first)}–${countWords(page.last)} of ${of}`;
}

/** Where this page is in the list, above it: "1–50 of 10,000 reviews · page 1 of 200". */
export function ListRange({ page, noun }: { page: PageWindow; noun: string }) {
  if (page.total === 0) return null;
  return (
    <p className="pager__range">
      {rangeWords(page, noun)}
      {page.pages > 1 ? (
        <span className="muted">
          {" "}
          · page {countWords(page.page)} of {countWords(page.pages)}
        </span>
      ) : null}
    </p>
  );
}

/** Previous and next below the list, keeping the filter; with where this page is in the list. */
export function ListPager({
  path,
  filter,
  page,
  noun,
}: {
  path: string;
  filter: ReviewFilter;
  page: PageWindow;
  noun: string;
}) {
  if (page.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of the ${noun}s`}>
      <ListRange page={page} noun={noun} />
      <p className="pager__links">
        {page.page > 1 ? (
          <Link to={`${path}${listSearch(filter, page.page - 1)}`} rel="prev">
            ← Previous
          </Link>
        ) : (
          <span className="muted">← Previous</span>
        )}
        {page.page < page.pages ? (
          <Link to={`${path}${listSearch(filter, page.page + 1)}`} rel="next">
            Next →
          </Link>
        ) : (
          <span className="muted">Next →</span>
        )}
      </p>
    </nav>
  );
}
