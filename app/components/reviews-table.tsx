// The table of the reviews list (/reviews): one page of it (the filter form and the pager are
// review-list-filters.tsx).
import { Link } from "@remix-run/react";
import { PRODUCT_LINE_LABELS, type ProductLine } from "../catalog/types.ts";
import type { PageWindow } from "../lists/review-filter.ts";
import { REVIEW_STATUS_WORDS as STATUS_WORDS } from "../models/review-status.ts";
import { SEVERITY_LABELS } from "../pack/format.ts";
import { questionById, type Stage } from "../questionnaire/questions.ts";
import type { ReviewsPage } from "../use-cases/reviews/list-reviews.server.ts";
import { rangeWords } from "./review-list-filters.tsx";
import { utcMinute } from "../utils/format-time.ts";
import { reviewPath } from "../wizard/paths.ts";

function stageWords(stage: string | null): string {
  const question = questionById("stage");
  const option = question?.kind === "choice" ? question.options.find((o) => o.value === (stage as Stage)) : undefined;
  return option?.label ?? "—";
}

function lineWords(line: string | null): string {
  if (!line) return "—";
  return line === "unsure" ? "Not sure" : (PRODUCT_LINE_LABELS[line as ProductLine] ?? line);
}

export function ReviewsTable({
  reviews,
  page,
  canStart,
}: {
  reviews: ReviewsPage["reviews"];
  page: PageWindow;
  canStart: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="data stack reviews-table">
        <caption className="visually-hidden">Reviews {rangeWords(page, "review")}, the latest change first</caption>
        <thead>
          <tr>
            <th scope="col">Buyer</th>
            <th scope="col">Vendor</th>
            <th scope="col">Product line</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Exposure</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id} data-review={r.id}>
              <td>
                <Link to={reviewPath(r.id)}>{r.buyerName ?? "Untitled review"}</Link>
                {/* Who to ask about it; and, for those who may edit, that a draft can be picked up again. */}
                {r.createdBy ? <span className="source">Started by {r.createdBy}</span> : null}
                {r.status === "draft" && canStart ? <span className="source">Continue where you left off</span> : null}
              </td>
              <td>
                <span className="cell-label">Vendor: </span>
                {r.vendorName ?? "—"}
              </td>
              <td>
                <span className="cell-label">Product line: </span>
                {lineWords(r.productLine)}
              </td>
              <td>
                <span className="cell-label">Stage: </span>
                {stageWords(r.stage)}
              </td>
              <td>
                <span className="cell-label">Status: </span>
                <span className={`badge${r.status === "complete" ? " badge--ok" : ""}`}>{STATUS_WORDS[r.status]}</span>
              </td>
              <td>
                <span className="cell-label">Exposure: </span>
                {r.exposure ? (
                  <span className={`badge badge--${r.exposure}`}>{SEVERITY_LABELS[r.exposure]}</span>
                ) : (
                  <span className="muted">Known when complete</span>
                )}
              </td>
              <td>
                <span className="cell-label">Last change: </span>
                {utcMinute(r.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
