// The Packs page's table: every hand-built pack, newest first, with its documents, and a pager of plain links.
import { Link } from "@remix-run/react";
import { formatGeneratedAt } from "../pack/format.ts";
import type { PacksPage } from "../use-cases/packs/hand-pack-pages.server.ts";
import { ErrorSummary } from "./error-summary.tsx";

export function HandPacksTable({ packs, page, problems }: PacksPage) {
  if (problems.length > 0)
    return (
      <ErrorSummary title="This page cannot be shown" items={problems.map((p) => ({ message: p.message }))} autoFocus />
    );
  if (packs.length === 0) return <p>No pack has been built by hand yet.</p>;
  return (
    <>
      <p className="muted">
        Packs {page.first}–{page.last} of {page.total}, newest first.
      </p>
      <div className="table-wrap">
        <table className="data stack">
          <thead>
            <tr>
              <th scope="col">Buyer and vendor</th>
              <th scope="col">Product lines</th>
              <th scope="col">Clauses</th>
              <th scope="col">Built</th>
              <th scope="col">Documents</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/packs/${p.id}`}>
                    {p.buyerName} and {p.vendorName}
                  </Link>
                  {p.vendorInCatalog ? null : <span className="muted"> (vendor not in the catalog)</span>}
                </th>
                <td>
                  <span className="cell-label">Product lines: </span>
                  {p.productLines.join(", ")}
                </td>
                <td>
                  <span className="cell-label">Clauses: </span>
                  {p.clauses}
                </td>
                <td>
                  <span className="cell-label">Built: </span>
                  {formatGeneratedAt(p.createdAt)} by {p.createdBy}
                  <br />
                  <span className="muted">
                    Library <code>{p.libraryVersion}</code>
                  </span>
                </td>
                <td>
                  <span className="cell-label">Documents: </span>
                  <a href={`/packs/${p.id}/addendum.docx`}>Addendum</a> · <a href={`/packs/${p.id}/memo.docx`}>Memo</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.pages > 1 ? (
        <nav className="pager" aria-label="Pages of packs">
          {page.page > 1 ? (
            <Link to={page.page === 2 ? "/packs" : `/packs?page=${page.page - 1}`}>← Newer</Link>
          ) : (
            <span />
          )}
          <span>
            Page {page.page} of {page.pages}
          </span>
          {page.page < page.pages ? <Link to={`/packs?page=${page.page + 1}`}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
