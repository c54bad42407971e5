// /packs: the packs legal built by hand, newest first, a page at a time, with the way to build another.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useCan } from "../auth/use-user.ts";
import { HandPacksTable } from "../components/hand-packs-table.tsx";
import { respond } from "../http/outcome.ts";
import { handPacksPage } from "../use-cases/packs/hand-pack-pages.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Packs · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) => respond(handPacksPage(getDb(), new URL(request.url)));

export default function PacksPage() {
  const data = useLoaderData<typeof loader>();
  const canBuild = useCan("catalog:write");
  return (
    <>
      <h1>Packs</h1>
      <p className="lede">
        Packs built by hand from the clause library, without a review: each with its addendum and memo as they were
        handed out, and the library version they used. A review’s own packs are on the review.
      </p>
      {canBuild ? (
        <p>
          <Link to="/clauses" className="button">
            Build a pack: choose clauses in the library
          </Link>
        </p>
      ) : null}
      <HandPacksTable {...data} />
    </>
  );
}
