// Resource routes (downloads, redirects) have no error page of their own: a refusal thrown in them would
// reach the browser as JSON. These wrappers answer it as the app's plain page instead, with its status.
import { isRouteErrorResponse } from "@remix-run/react";
import type { AppLoadContext } from "@remix-run/node";
import { renderPlainPage } from "../auth/plain-page.server.tsx";

const TITLES: Record<number, string> = {
  400: "This request cannot be handled",
  403: "Not available to your role",
  404: "Page not found",
  409: "Not ready yet",
  410: "No longer available",
};

/** The status and message of a refusal thrown with `data(message, { status })`, or null for anything else. */
function refusalOf(error: unknown): { status: number; message: string } | null {
  if (isRouteErrorResponse(error)) return { status: error.status, message: String(error.data) };
  const thrown = error as { type?: string; data?: unknown; init?: { status?: number } } | null;
  if (thrown?.type === "DataWithResponseInit" && thrown.init?.status && thrown.init.status >= 400) {
    return { status: thrown.init.status, message: String(thrown.data) };
  }
  return null;
}

/** Wraps a resource route's loader: a thrown 4xx refusal becomes a plain HTML page with that status. */
export function withPlainPageRefusals<Args extends { context: AppLoadContext }>(
  loader: (args: Args) => Response | Promise<Response>,
): (args: Args) => Promise<Response> {
  return async (args) => {
    try {
      return await loader(args);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal || refusal.status >= 500) throw error;
      const html = renderPlainPage({
        title: TITLES[refusal.status] ?? "This request cannot be handled",
        message: refusal.message,
        user: args.context.user ?? null,
      });
      return new Response(html, {
        status: refusal.status,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  };
}
