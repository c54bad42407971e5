import type { AppLoadContext, EntryContext, LoaderFunction, ServerBuild } from "@remix-run/node";
import { createReadableStreamFromReadable, data, redirectDocument } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { admitRequest, decideRouteAccess, type AccessRequest, type AdmitOutcome } from "./auth/handle-access.server.ts";
import { renderPlainPage } from "./auth/plain-page.server.tsx";
import { hasUsers } from "./models/user.server.ts";
import { getDb } from "./utils/db.server.ts";
import { appOrigin, sessionSettings } from "./utils/env.server.ts";
import { NonceProvider } from "./utils/nonce-provider.ts";

export { securityHeaders } from "./auth/security-headers.ts";
export { checkFormBody, maxBodyBytes } from "./http/form-body.ts";

const ABORT_DELAY = 5_000;

export { startup } from "./startup.server.ts";

export type ServerAdmitOutcome =
  Extract<AdmitOutcome, { kind: "continue" }> | (Extract<AdmitOutcome, { kind: "refuse" }> & { html: string });

// Read once: the environment does not change while the server runs (startup() has checked it).
let settings: { session: ReturnType<typeof sessionSettings>; appOrigin: string | null } | undefined;

/** Step 1 of access, for server.mjs: the request's origin and session (see auth/handle-access.server.ts). */
export function handleAccess(request: AccessRequest): ServerAdmitOutcome {
  settings ??= { session: sessionSettings(), appOrigin: appOrigin() };
  const outcome = admitRequest(getDb(), request, settings);
  if (outcome.kind === "refuse") return { ...outcome, html: renderPlainPage(outcome) };
  return outcome;
}

/** A loader or an action: both take the request, the context and the params. */
type RouteFunction = LoaderFunction;

/**
 * Step 2 of access: `fn` (a route's loader or action, or nothing) runs only if `decideRouteAccess` lets
 * this person run this route. A refusal is a page: the app's error page for a page route, a plain page for
 * a resource route (a download), which has no page of its own.
 */
function guarded(routeId: string, isResourceRoute: boolean, fn: RouteFunction | undefined): RouteFunction {
  return (args) => {
    const { request, context } = args;
    const decision = decideRouteAccess({
      routeId,
      method: request.method,
      url: new URL(request.url),
      user: context.user ?? null,
      hasUsers: hasUsers(getDb()),
      fromAnotherSite: context.fromAnotherSite ?? false,
    });
    if (decision.kind === "redirect") {
      // A whole page load, also from a client-side navigation: nothing of a refused page stays in memory.
      throw redirectDocument(decision.location, request.method === "GET" || request.method === "HEAD" ? 302 : 303);
    }
    if (decision.kind === "refuse") {
      const { title, message, status } = decision;
      if (!isResourceRoute) throw data({ title, message }, { status });
      throw new Response(renderPlainPage({ title, message, user: context.user ?? null }), {
        status,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    return fn ? fn(args) : null;
  };
}

const guardedBuilds = new WeakMap<ServerBuild, ServerBuild>();

/**
 * The server build with every route's loader and action behind the access check of that route, for
 * server.mjs to serve. A route without a loader gets one that only checks, so even a page with no data
 * is not rendered for someone its route refuses, on a page load or a client-side navigation. A route with
 * no action keeps none (Remix answers 405).
 */
export function guardRoutes(build: ServerBuild): ServerBuild {
  const known = guardedBuilds.get(build);
  if (known) return known;
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const module = route.module;
    const isResourceRoute = module.default == null && module.ErrorBoundary == null;
    routes[id] = {
      ...route,
      module: {
        ...module,
        loader: guarded(id, isResourceRoute, module.loader as RouteFunction | undefined),
        ...(module.action ? { action: guarded(id, isResourceRoute, module.action as RouteFunction) } : {}),
      },
    };
  }
  // The browser is told every route has a loader, so a client-side navigation asks the server (and its
  // access check) before it shows any page, even one whose module has no data of its own.
  const manifestRoutes: ServerBuild["assets"]["routes"] = {};
  for (const [id, entry] of Object.entries(build.assets.routes)) manifestRoutes[id] = { ...entry, hasLoader: true };
  const guardedBuild = { ...build, routes, assets: { ...build.assets, routes: manifestRoutes } };
  guardedBuilds.set(build, guardedBuild);
  return guardedBuild;
}

/** The page for a request whose body is not a form the pages could have sent. */
export function badBodyPage(message: string, requestId: string): string {
  return renderPlainPage({ title: "This request cannot be handled", message, user: null, requestId });
}

/** The page for a request Express itself refused (an address that is not valid percent-encoding). */
export function badRequestPage(requestId: string): string {
  return renderPlainPage({
    title: "This address is not valid",
    message: "The address has characters that cannot be read. Check the link, or start again from the home page.",
    user: null,
    requestId,
  });
}

/** The page for an error the server could not hand to Remix: no stack, the request id to quote. */
export function errorPage(requestId: string): string {
  return renderPlainPage({
    title: "Something went wrong",
    message:
      "The page could not be shown. Nothing you saved has been lost. Try again in a moment; if it keeps happening, tell whoever runs Clausewise for your company.",
    user: null,
    requestId,
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  // Absent only where the app is rendered without server.mjs (unit tests).
  const nonce = loadContext.cspNonce ?? "";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors while streaming are logged once the shell is out; before that, onShellError rejects.
          if (shellRendered) logError(loadContext, request, error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

function logError(context: AppLoadContext | undefined, request: Request, error: unknown) {
  const id = context?.requestId ?? "-";
  console.error(`[${new Date().toISOString()}] [${id}] ${request.method} ${new URL(request.url).pathname}:`, error);
}

export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  // A refusal (404 for an unknown review, 409 for an unfinished one) is an answer, not a fault.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  logError(context, request, error);
}
