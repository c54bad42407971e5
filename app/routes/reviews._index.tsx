// /reviews: every review, the latest change first, filtered by status and vendor.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";
import { ReviewFilters, ReviewsTable } from "../components/reviews-table.tsx";
import { reviewsPage } from "../use-cases/reviews/list-reviews.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Reviews · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) => reviewsPage(getDb(), new URL(request.url));

export default function ReviewsPage() {
  const { reviews, vendors, filter } = useLoaderData<typeof loader>();
  const filtered = filter.status !== "" || filter.vendor !== "";
  const canStart = useCan("reviews:write");
  return (
    <>
      <div className="page-heading">
        <h1>Reviews</h1>
        {canStart ? (
          <Link className="button" to="/reviews/new">
            Start a review
          </Link>
        ) : null}
      </div>
      <p className="lede">
        One review per vendor and product line: the questionnaire, the findings and the clause pack.{" "}
        {canStart
          ? "Your answers are saved at every step, so you can leave a review and pick it up here later, from any browser."
          : "Your role reads every review and downloads its clause pack; procurement and admins edit them."}
      </p>
      <ReviewFilters filter={filter} vendors={vendors} filtered={filtered} />
      {reviews.length === 0 ? (
        <div className="notice">
          {filtered ? (
            <p>No review matches this filter.</p>
          ) : (
            <>
              <h2>No reviews yet</h2>
              <p>
                Start a review to answer the questionnaire for one vendor and product line, or start from an answers
                file someone has sent you.
              </p>
            </>
          )}
        </div>
      ) : (
        <ReviewsTable reviews={reviews} canStart={canStart} />
      )}
    </>
  );
}
