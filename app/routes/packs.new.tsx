// /packs/new: build a pack by hand from the clauses ticked in the clause library: the parties, the product
// lines and what the clauses print; Build records the pack and its documents, then shows it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { actorFrom } from "../auth/actor.server.ts";
import { HandPackForm } from "../components/hand-pack-form.tsx";
import { respond } from "../http/outcome.ts";
import { buildHandPack, newHandPackPage } from "../use-cases/packs/hand-pack.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Build a pack by hand · Clausewise" }];

export const loader = ({ request }: LoaderFunctionArgs) => respond(newHandPackPage(getDb(), new URL(request.url)));

export const action = async ({ request, context }: ActionFunctionArgs) =>
  respond(await buildHandPack(getDb(), await request.formData(), actorFrom(context)));

export default function NewHandPackPage() {
  const loaded = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const body = refused && "questionIds" in refused ? refused : loaded;
  return (
    <>
      <p>
        <Link to="/packs">← The packs</Link>
      </p>
      <h1>Build a pack by hand</h1>
      <p className="lede">
        A pack without a review: the clauses you chose, with the values you type for what they print. It has no
        findings, since no questionnaire is compared with the vendor’s terms. Clause library{" "}
        <code>{body.libraryVersion}</code>.
      </p>
      <HandPackForm body={body} key={JSON.stringify(body.values)} />
    </>
  );
}
