// The Renewals page's lists: how many renewals fall in each group (each a link to that group alone), and
// this page's renewals, group by group. On a phone each row stacks into a card, the re-review's action
// right under the names, so nothing needs scrolling sideways.
import { Link } from "@remix-run/react";
import { PRODUCT_LINE_LABELS, type ProductLine } from "../catalog/types.ts";
import { listSearch, type ReviewFilter } from "../lists/review-filter.ts";
import { DUE_BAND_WORDS, type DueBand } from "../renewal/due-date.ts";
import type { Renewal, RenewalsPage } from "../use-cases/renewals/renewals-page.server.ts";
import { reviewPath } from "../wizard/paths.ts";
import { ReReviewAction } from "./re-review-action.tsx";
import { countWords } from "./review-list-filters.tsx";

function when(daysLeft: number): string {
  if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? "" : "s"} overdue`;
  if (daysLeft === 0) return "today";
  return `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
}

const BADGE: Record<DueBand, string> = { overdue: "badge--high", soon: "badge--medium", later: "", none: "" };

/** The groups' counts, as links that show one group (or all of them again). */
export function RenewalGroupCounts({ counts, filter }: { counts: RenewalsPage["counts"]; filter: ReviewFilter }) {
  return (
    <ul className="group-counts" aria-label="Renewals by when the re-review is due">
      {counts.map(({ group, count }) => {
        const current = filter.due === group;
        return (
          <li key={group}>
            <Link
              to={`/renewals${listSearch({ ...filter, due: current ? "" : group })}`}
              aria-current={current ? "true" : undefined}
              className={current ? "group-counts__current" : undefined}
            >
              {DUE_BAND_WORDS[group]} <strong>{countWords(count)}</strong>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** What the row offers (the page model decides): a re-review's own row leads to the review it renews. */
function RenewalAction({ renewal, canStart }: { renewal: Renewal; canStart: boolean }) {
  switch (renewal.offers) {
    case "renewedReview":
      return (
        <Link to={reviewPath(renewal.renewsReviewId!)} className="muted">
          This is a re-review: open the review it renews
        </Link>
      );
    case "start":
    case "continue":
      return <ReReviewAction reviewId={renewal.reviewId} reReview={renewal.reReview} canStart={canStart} small />;
    case "finishFirst":
      return <span className="muted">Finish the review first</span>;
  }
}

function RenewalRow({ renewal: r, group, canStart }: { renewal: Renewal; group: DueBand; canStart: boolean }) {
  return (
    <tr data-review={r.reviewId}>
      <td>
        <Link to={`/reviews/${encodeURIComponent(r.reviewId)}/review`}>
          {r.buyerName ?? "Unnamed buyer"} — {r.vendorName ?? "vendor not chosen"}
        </Link>
        {r.renewsReviewId ? <span className="source">Re-review at renewal</span> : null}
        {r.status === "draft" ? <span className="source">Review still a draft</span> : null}
      </td>
      <td>
        <span className="cell-label">Re-review due: </span>
        {r.reviewDue && r.daysLeft !== null ? (
          <>
            {r.atRenewal ? `${r.reviewDue} (at renewal: no lead time answered yet)` : r.reviewDue}{" "}
            <span className={`badge ${BADGE[group]}`}>{when(r.daysLeft)}</span>
          </>
        ) : (
          <span className="muted">No renewal date</span>
        )}
      </td>
      <td className="renewals__action">
        <RenewalAction renewal={r} canStart={canStart} />
      </td>
      <td>
        <span className="cell-label">Renewal date: </span>
        {r.renewalDate ?? "—"}
      </td>
      <td>
        <span className="cell-label">Owner: </span>
        {r.owner ?? <span className="muted">Not named</span>}
      </td>
      <td>
        <span className="cell-label">Product line: </span>
        {r.productLine ? (PRODUCT_LINE_LABELS[r.productLine as ProductLine] ?? "Not sure") : "—"}
      </td>
    </tr>
  );
}

/** One group's renewals on this page, as a table under the group's heading. */
export function RenewalGroup({
  group,
  renewals,
  count,
  today,
  canStart,
}: {
  group: DueBand;
  renewals: Renewal[];
  count: number;
  today: string;
  canStart: boolean;
}) {
  const id = `renewals-${group}`;
  return (
    <section aria-labelledby={id} className="renewal-group">
      <h2 id={id}>
        {DUE_BAND_WORDS[group]} <span className="muted">({countWords(count)})</span>
      </h2>
      {group === "none" ? (
        <p className="muted">No renewal date: add one on the first step of the review (“Next renewal date”).</p>
      ) : null}
      <div className="table-wrap">
        <table className="data stack renewals-table">
          <caption className="visually-hidden">
            {DUE_BAND_WORDS[group]}, as of {today}
          </caption>
          <thead>
            <tr>
              <th scope="col">Buyer and vendor</th>
              <th scope="col">Re-review due</th>
              <th scope="col">Re-review</th>
              <th scope="col">Renewal date</th>
              <th scope="col">Owner</th>
              <th scope="col">Product line</th>
            </tr>
          </thead>
          <tbody>
            {renewals.map((r) => (
              <RenewalRow key={r.reviewId} renewal={r} group={group} canStart={canStart} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
