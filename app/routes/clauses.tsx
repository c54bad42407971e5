// /clauses: the clause library as legal's workbench: search and filter it (GET, so a search is an
// address), read each clause with its variants side by side, and tick clauses into a hand-built pack.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useCan } from "../auth/use-user.ts";
import { ClauseWorkbench } from "../components/clause-workbench.tsx";
import { respond } from "../http/outcome.ts";
import { clauseLibraryPage } from "../use-cases/clauses/library-page.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Clause library · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) => respond(clauseLibraryPage(getDb(), new URL(request.url)));

export default function ClauseLibraryPage() {
  const { version, total, clauses, filter, problems, picked } = useLoaderData<typeof loader>();
  const canPick = useCan("catalog:write");
  return (
    <>
      <h1>Clause library</h1>
      <p className="lede">
        The contract language Clausewise proposes, with fallbacks, negotiation notes and questions for the vendor. A
        review brings in each clause when its condition holds; legal can also pick clauses here into a pack built by
        hand. Variables such as {"{{buyerName}}"} are filled from the review’s answers, or asked when a pack is built.
        Library version <code>{version}</code>, {total} clauses.
      </p>
      <ClauseWorkbench
        filter={filter}
        problems={problems}
        clauses={clauses}
        picked={picked}
        canPick={canPick}
        total={total}
      />
    </>
  );
}
