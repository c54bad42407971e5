// The clause library as legal's workbench: a GET form that searches and filters the library, and the
// clauses with their variants side by side, each with a box to pick it (and a variant) into a hand-built
// pack. Two plain forms, so all of it works without JavaScript: the filter reloads the page; the pick is
// sent to /packs/new as `clause` (repeated) and `variant.<id>`.
import { Form, Link } from "@remix-run/react";
import {
  CLAUSE_FILTER_CHOICES,
  CLAUSE_FILTER_LABELS,
  clauseFilterSearch,
  isClauseFilterActive,
  type ClauseFilter,
  type ClauseFilterField,
  type ClauseFilterProblem,
} from "../lists/clause-filter.ts";
import type { LibraryVariant } from "../use-cases/clauses/library-page.server.ts";
import { ErrorSummary } from "./error-summary.tsx";

const fieldId = (field: ClauseFilterField) => `clause-filter-${field}`;

export interface WorkbenchClause {
  id: string;
  title: string;
  number: number;
  categoryWords: string;
  secures: string[];
  appliesWhen: string;
  variants: LibraryVariant[];
  fallbacks: string[];
  negotiationNote: string;
  questions: string[];
  reconfirmAtRenewal: string;
  sources: string[];
}

/** The variants of one clause side by side (stacked on a narrow screen), each numbered as the pack numbers it. */
function Variants({ clause }: { clause: WorkbenchClause }) {
  return (
    <div className="variant-grid">
      {clause.variants.map((v) => (
        <div className="variant" key={v.id}>
          {clause.variants.length > 1 || v.when !== null ? (
            <h3 className="variant__name">
              {v.when === null ? v.name : `Variant “${v.name}”`}
              {v.when === null ? null : <span className="muted"> — when {v.when}</span>}
            </h3>
          ) : null}
          <ol className="clause-language">
            {v.paragraphs.map((p, j) => (
              <li key={j} value={j + 1}>
                {p}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Pick the clause into the pack, and which of its variants to print. */
function Pick({ clause, picked }: { clause: WorkbenchClause; picked: string | null }) {
  const boxId = `pick-${clause.id}`;
  return (
    <div className="clause-pick">
      <input type="checkbox" id={boxId} name="clause" value={clause.id} defaultChecked={picked !== null} />
      <label htmlFor={boxId}>Add “{clause.title}” to a pack</label>
      {clause.variants.length > 1 ? (
        <>
          <label htmlFor={`variant-${clause.id}`} className="clause-pick__variant">
            Variant
          </label>
          <select
            id={`variant-${clause.id}`}
            name={`variant.${clause.id}`}
            className="input"
            defaultValue={picked ?? clause.variants[0].id}
          >
            {clause.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}

/** `picked`: the variant ticked for the pack so far, null when the clause is not picked; undefined: no picking. */
export function ClauseCard({ clause, picked }: { clause: WorkbenchClause; picked?: string | null }) {
  return (
    <section id={`clause-${clause.id}`} className="vendor clause-card" aria-labelledby={`h-${clause.id}`}>
      <h2 id={`h-${clause.id}`}>
        {clause.number}. {clause.title} <span className="muted">({clause.id})</span>
      </h2>
      <p>
        <span className="badge">{clause.categoryWords}</span> Applies when {clause.appliesWhen}.
        {clause.secures.length > 0 ? <> Rests on the vendor’s terms on {clause.secures.join(", ")}.</> : null}
      </p>
      {picked !== undefined ? (
        <>
          <Pick clause={clause} picked={picked} />
          {/* Whoever may build packs (legal, admin) may also keep the company's own wording of the clause. */}
          <p>
            <Link to={`/clauses/${encodeURIComponent(clause.id)}/edit`}>House wording of “{clause.title}”</Link>
          </p>
        </>
      ) : null}
      <Variants clause={clause} />
      <h3>Fallback positions</h3>
      <ol type="a">
        {clause.fallbacks.map((f, j) => (
          <li key={j}>{f}</li>
        ))}
      </ol>
      <h3>Negotiation note</h3>
      {clause.negotiationNote.split("\n\n").map((p, j) => (
        <p key={j}>{p}</p>
      ))}
      <h3>Questions for the vendor</h3>
      <ul>
        {clause.questions.map((q, j) => (
          <li key={j}>{q}</li>
        ))}
      </ul>
      <h3>Reconfirm at renewal</h3>
      <p>{clause.reconfirmAtRenewal}</p>
      <p className="source">Sources: {clause.sources.join(" · ")}</p>
    </section>
  );
}

export interface Picked {
  id: string;
  title: string;
  variant: string;
}

/**
 * The whole workbench is one GET form, so a search keeps the clauses ticked so far: those the filter
 * hides travel as hidden fields and are listed. Search reloads /clauses; Build sends the same fields to
 * /packs/new. Those who may not build packs get the search alone.
 */
export function ClauseWorkbench({
  filter,
  problems,
  clauses,
  picked,
  canPick,
  total,
}: {
  total: number;
  filter: ClauseFilter;
  problems: ClauseFilterProblem[];
  clauses: WorkbenchClause[];
  picked: Picked[];
  canPick: boolean;
}) {
  const invalid = (field: ClauseFilterField) => problems.some((p) => p.field === field) || undefined;
  const shown = new Set(clauses.map((c) => c.id));
  const pickedVariant = (id: string) => picked.find((p) => p.id === id)?.variant ?? null;
  const hidden = picked.filter((p) => !shown.has(p.id));
  return (
    <>
      <ErrorSummary
        title="This search cannot be used"
        items={problems.map((p) => ({ message: p.message, target: fieldId(p.field) }))}
        autoFocus
      />
      <Form method="get" action="/clauses" aria-label="The clause library" key={clauseFilterSearch(filter)}>
        <div className="filters" role="search">
          <div className="filters__field">
            <label htmlFor={fieldId("q")}>{CLAUSE_FILTER_LABELS.q}</label>
            <input
              id={fieldId("q")}
              name="q"
              type="search"
              className="input"
              defaultValue={filter.q}
              aria-invalid={invalid("q")}
              aria-describedby="clause-filter-q-help"
            />
            <p className="muted" id="clause-filter-q-help">
              Every word, in the title, the language, the fallbacks or the note.
            </p>
          </div>
          {(["category", "secures"] as const).map((field) => (
            <div className="filters__field" key={field}>
              <label htmlFor={fieldId(field)}>{CLAUSE_FILTER_LABELS[field]}</label>
              <select
                id={fieldId(field)}
                name={field}
                className="input"
                defaultValue={invalid(field) ? "" : filter[field]}
                aria-invalid={invalid(field)}
              >
                <option value="">{field === "category" ? "Any category" : "Any provision"}</option>
                {CLAUSE_FILTER_CHOICES[field].map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="filters__actions">
            {/* First in the form, so Enter in the search box searches rather than builds. */}
            <button type="submit" className="button button--secondary">
              Search
            </button>
            {isClauseFilterActive(filter) || problems.length > 0 ? <Link to="/clauses">Show all</Link> : null}
          </div>
        </div>
        {canPick ? (
          <div className="workbench__picked" aria-live="polite">
            {hidden.map((p) => (
              <span key={p.id}>
                <input type="hidden" name="clause" value={p.id} />
                <input type="hidden" name={`variant.${p.id}`} value={p.variant} />
              </span>
            ))}
            <p>
              {picked.length === 0
                ? "Tick the clauses for a pack; a new search keeps what you ticked."
                : `Picked so far: ${picked.map((p) => p.title).join(", ")}.`}{" "}
              The pack holds them in the library’s order.
            </p>
            <button type="submit" className="button" formAction="/packs/new">
              Build a pack from the clauses ticked
            </button>
          </div>
        ) : null}
        {problems.length === 0 ? (
          <p className="muted" role="status">
            {clauses.length === total ? `All ${total} clauses shown.` : `${clauses.length} of ${total} clauses match.`}
          </p>
        ) : null}
        {clauses.map((c) => (
          <ClauseCard key={c.id} clause={c} picked={canPick ? pickedVariant(c.id) : undefined} />
        ))}
      </Form>
    </>
  );
}
