// /sign-out: POST ends the session on the server (no GET changes anything; GET shows the button).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";

import { readSessionToken, clearedSessionCookie } from "../auth/session-cookie.ts";
import { endSession } from "../models/session.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Sign out · Clausewise" }];

export function loader({ context }: LoaderFunctionArgs) {
  if (!context.user) throw redirect("/sign-in");
  return null;
}

export function action({ request, context }: ActionFunctionArgs) {
  const token = readSessionToken(request.headers.get("Cookie"));
  if (token) endSession(getDb(), token);
  return redirect("/sign-in", { headers: { "Set-Cookie": clearedSessionCookie({ secure: context.secure }) } });
}

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
