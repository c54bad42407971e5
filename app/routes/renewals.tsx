// /renewals: every agreement with a renewal date, the soonest re-review first.
import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useCan } from "../auth/use-user.ts";
import { PRODUCT_LINE_LABELS, type ProductLine } from "../catalog/types.ts";
import { ReReviewAction } from "../components/re-review-action.tsx";
import { renewalsPage } from "../use-cases/renewals/renewals-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Renewals · Clausewise" }];

export const loader = () => renewalsPage(getDb(), new Date());

function when(daysLeft: number): string {
  if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? "" : "s"} overdue`;
  if (daysLeft === 0) return "today";
  return `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
}

export default function RenewalsPage() {
  const { today, renewals } = useLoaderData<typeof loader>();
  const canStart = useCan("reviews:write");
  return (
    <>
      <h1>Renewals</h1>
      <p className="lede">
        Agreements renew, and vendors’ terms change in between. Each review that names a renewal date is listed here
        with the date its re-review should start (the renewal date less the lead time chosen in the review), soonest
        first. Reconfirm every data commitment with the vendor before the agreement renews: a re-review starts from last
        time’s answers and shows what changed in the vendor’s terms since.
      </p>
      {renewals.length === 0 ? (
        <p className="notice">
          No review names a renewal date yet. Add one on the first step of a review (“Next renewal date”) and it will
          appear here.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Renewals as of {today}</caption>
            <thead>
              <tr>
                <th scope="col">Buyer and vendor</th>
                <th scope="col">Product line</th>
                <th scope="col">Start the re-review</th>
                <th scope="col">Renewal date</th>
                <th scope="col">Owner</th>
                <th scope="col">Re-review</th>
              </tr>
            </thead>
            <tbody>
              {renewals.map((r) => (
                <tr key={r.reviewId}>
                  <td>
                    <Link to={`/reviews/${encodeURIComponent(r.reviewId)}/review`}>
                      {r.buyerName ?? "Unnamed buyer"} — {r.vendorName ?? "vendor not chosen"}
                    </Link>
                    {r.isReReview ? <span className="source">Re-review at renewal</span> : null}
                    {r.status === "draft" ? <span className="source">Review still a draft</span> : null}
                  </td>
                  <td>{r.productLine ? (PRODUCT_LINE_LABELS[r.productLine as ProductLine] ?? "Not sure") : "—"}</td>
                  <td>
                    {r.reviewDue ?? "—"}{" "}
                    <span
                      className={`badge ${r.daysLeft < 0 ? "badge--high" : r.daysLeft <= 30 ? "badge--medium" : ""}`}
                    >
                      {when(r.daysLeft)}
                    </span>
                  </td>
                  <td>{r.renewalDate}</td>
                  <td>{r.owner ?? <span className="muted">Not named</span>}</td>
                  <td>
                    {r.status === "complete" || r.reReview ? (
                      <ReReviewAction reviewId={r.reviewId} reReview={r.reReview} canStart={canStart} small />
                    ) : (
                      <span className="muted">Finish the review first</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
