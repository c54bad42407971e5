// /reviews: the reviews, the latest change first, a page at a time, filtered by the query string.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { useCan } from "../auth/use-user.ts";
import { ListPager, ListRange, ReviewListFilters } from "../components/review-list-filters.tsx";
import { ReviewsTable } from "../components/reviews-table.tsx";
import { respond } from "../http/outcome.ts";
import { isFiltered } from "../lists/review-filter.ts";
import { reviewsPage } from "../use-cases/reviews/list-reviews.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Reviews · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) => respond(reviewsPage(getDb(), new URL(request.url)));

export default function ReviewsPage() {
  const { reviews, vendors, filter, problems, page } = useLoaderData<typeof loader>();
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
      <ReviewListFilters
        path="/reviews"
        filter={filter}
        vendors={vendors}
        problems={problems}
        label="Filter the reviews"
      />
      {problems.length > 0 ? null : reviews.length === 0 ? (
        <div className="notice">
          {isFiltered(filter) ? (
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
        <>
          <ListRange page={page} noun="review" />
          <ReviewsTable reviews={reviews} page={page} canStart={canStart} />
          <ListPager path="/reviews" filter={filter} page={page} noun="review" />
        </>
      )}
    </>
  );
}
