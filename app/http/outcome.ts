// What a use case answers a form post with, before it is a response: go somewhere, or show the page again
// with a body (errors, the values typed) and a status. Routes turn it into one with `respond`.
import { data, redirect } from "@remix-run/node";

export type Outcome<Body> =
  | { redirect: string; headers?: Record<string, string> }
  | { status?: number; body: Body; headers?: Record<string, string> };

export function respond<Body>(outcome: Outcome<Body>) {
  if ("redirect" in outcome) return redirect(outcome.redirect, { headers: outcome.headers });
  return data(outcome.body, { status: outcome.status ?? 200, headers: outcome.headers });
}
