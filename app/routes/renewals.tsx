// /renewals: the agreements' re-reviews grouped by when they fall due, the soonest first, a page at a time.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useCan } from "../auth/use-user.ts";
import { RenewalGroup, RenewalGroupCounts } from "../components/renewals-table.tsx";
import { ListPager, ListRange, ReviewListFilters } from "../components/review-list-filters.tsx";
import { respond } from "../http/outcome.ts";
import { renewalsPage } from "../use-cases/renewals/renewals-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Renewals · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) =>
  respond(renewalsPage(getDb(), new URL(request.url), new Date()));

export default function RenewalsPage() {
  const { today, filter, vendors, problems, counts, groups, page } = useLoaderData<typeof loader>();
  const canStart = useCan("reviews:write");
  return (
    <>
      <h1>Renewals</h1>
      <p className="lede">
        Agreements renew, and vendors’ terms change in between. Each review is listed here by the date its re-review
        should start (the renewal date less the lead time chosen in the review), soonest first. Reconfirm every data
        commitment with the vendor before the agreement renews: a re-review starts from last time’s answers and shows
        what changed in the vendor’s terms since.
      </p>
      <p>
        <a href="/renewals.ics" download>
          Add every re-review date to your calendar (.ics)
        </a>{" "}
        <span className="muted">— one event per agreement, with reminders two weeks and a day before.</span>
      </p>
      <ReviewListFilters
        path="/renewals"
        filter={filter}
        vendors={vendors}
        problems={problems}
        label="Filter the renewals"
      />
      {problems.length > 0 ? null : (
        <>
          <RenewalGroupCounts counts={counts} filter={filter} />
          {groups.length === 0 ? <p className="notice">No review matches this filter.</p> : null}
          <ListRange page={page} noun="review" />
          {groups.map(({ group, renewals }) => (
            <RenewalGroup
              key={group}
              group={group}
              renewals={renewals}
              count={counts.find((c) => c.group === group)?.count ?? 0}
              today={today}
              canStart={canStart}
            />
          ))}
          <ListPager path="/renewals" filter={filter} page={page} noun="review" />
        </>
      )}
    </>
  );
}
