// A refusal thrown by a use case when what a request names does not exist (404) or is not ready (409).
// It is the one piece of the web a use case touches: Remix shows it as the error page with that status,
// and resource routes as a plain page (resource-route.server.ts).
import { data } from "@remix-run/node";

export function refuse(status: 400 | 401 | 403 | 404 | 409 | 410, message: string) {
  return data(message, { status });
}
