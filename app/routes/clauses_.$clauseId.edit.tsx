// /clauses/:clauseId/edit: legal's house wording of one clause: edit it as a new version with a reason, go
// back to the shipped text, and see every version with its change.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { requireActor } from "../auth/actor.server.ts";
import { useCan } from "../auth/use-user.ts";
import { BackToShippedForm, HouseHistory, HouseWordingForm, TextDiff } from "../components/house-wording.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { respond } from "../http/outcome.ts";
import { houseWordingAction, houseWordingPage } from "../use-cases/clauses/house-wording.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = ({ params }: LoaderFunctionArgs) => houseWordingPage(getDb(), params.clauseId);

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(houseWordingAction(getDb(), requireActor(context), params.clauseId, await request.formData()));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `House wording · ${data?.clause.title ?? "Clause"} · Clausewise` },
];

export default function HouseWordingRoute() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() ?? null;
  const [params] = useSearchParams();
  const canEdit = useCan("catalog:write");
  const done = params.get("recorded") ?? params.get("reverted");
  return (
    <>
      <p>
        <Link to={`/clauses#clause-${page.clause.id}`}>← Back to the clause library</Link>
      </p>
      <h1>House wording: {page.clause.title}</h1>
      <p className="lede">
        {page.isHouse ? "The next packs use the house version below" : "The clause reads as shipped"}. Clause library
        version <code>{page.libraryVersion ?? "none: it does not load"}</code> (as shipped:{" "}
        <code>{page.shippedVersion}</code>).
      </p>
      {page.libraryProblems.length > 0 ? (
        <ErrorSummary
          items={page.libraryProblems.map((message) => ({ message }))}
          title="The house wording does not fit the shipped library"
          intro="No pack can be made until it does: correct the version named, or go back to the shipped text."
          autoFocus={false}
        />
      ) : null}
      {done && !refused ? (
        <p className="banner banner--ok" role="status">
          {params.has("reverted") ? `Back to the shipped text (version ${done}).` : `Recorded version ${done}.`} Every
          pack made from now on uses it.
        </p>
      ) : null}
      {page.againstShipped ? (
        <section className="card" aria-labelledby="house-shipped-title">
          <h2 id="house-shipped-title">What the house wording changes from the shipped text</h2>
          <TextDiff parts={page.againstShipped} label="The text in force against the shipped text" />
        </section>
      ) : null}
      {canEdit ? <HouseWordingForm key={page.basedOn} page={page} refused={refused} /> : null}
      {canEdit && page.isHouse ? <BackToShippedForm key={`r${page.basedOn}`} page={page} refused={refused} /> : null}
      <HouseHistory history={page.history} />
    </>
  );
}
