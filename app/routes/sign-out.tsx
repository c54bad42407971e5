// /sign-out: POST ends the session on the server (no GET changes anything; GET shows the button).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";

import { respond } from "../http/outcome.ts";
import { requestFacts } from "../http/request-facts.server.ts";
import { signOut } from "../use-cases/accounts/sign-in.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Sign out · Clausewise" }];

export function loader({ context }: LoaderFunctionArgs) {
  if (!context.user) throw redirect("/sign-in");
  return null;
}

export const action = ({ request, context }: ActionFunctionArgs) =>
  respond(signOut(getDb(), requestFacts(request, context)));

export default function SignOutPage() {
  return (
    <section className="notice">
      <h1>Sign out of Clausewise?</h1>
      <p>Your session ends on the server: the browser has to sign in again to open any page.</p>
      {/* A full page load: nothing of the signed-in pages stays in the browser's memory. */}
      <Form method="post" action="/sign-out" reloadDocument>
        <button type="submit" className="button">
          Sign out
        </button>
      </Form>
    </section>
  );
}
