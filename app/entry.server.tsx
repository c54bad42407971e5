import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import {
  decideAccess,
  isDataRequest,
  pageAddress,
  type AccessOutcome,
  type AccessRequest,
} from "./auth/handle-access.server.ts";
import { renderPlainPage } from "./auth/plain-page.server.tsx";
import { loadClauseLibrary } from "./clauses/library.server.ts";
import { getDb } from "./utils/db.server.ts";
import { appOrigin, checkSettings, sessionSettings } from "./utils/env.server.ts";
import { NonceProvider } from "./utils/nonce-provider.ts";

export { securityHeaders } from "./auth/security-headers.ts";

const ABORT_DELAY = 5_000;

/**
 * Called by server.mjs before it listens: checks the settings, opens, migrates and seeds the database and
 * loads the clause library, in the same module instances the routes use, so a bad DATABASE_PATH, setting
 * or clause file stops start-up with one clear line.
 */
export function startup(): void {
  checkSettings();
  getDb();
  loadClauseLibrary();
}

export type ServerAccessOutcome =
  | Exclude<AccessOutcome, { kind: "refuse" }>
  | (Extract<AccessOutcome, { kind: "refuse" }> & { html: string })
  /**
   * A client-side data request that must become a full page load (to the sign-in page, or to the page
   * itself, which then answers 403): Remix's client cannot follow an HTTP redirect from a data request,
   * so server.mjs hands it to the access-redirect route, whose loader redirects the document.
   */
  | { kind: "reloadDocument"; location: string; setCookie?: string };

// Read once: the environment does not change while the server runs (startup() has checked it).
let settings: { session: ReturnType<typeof sessionSettings>; appOrigin: string | null } | undefined;

/** Decides whether a request may go on to Remix, for server.mjs (see auth/handle-access.server.ts). */
export function handleAccess(request: AccessRequest): ServerAccessOutcome {
  settings ??= { session: sessionSettings(), appOrigin: appOrigin() };
  const outcome = decideAccess(getDb(), request, settings);
  const crossOrigin = outcome.kind === "refuse" && outcome.user === null;
  if (outcome.kind !== "continue" && isDataRequest(request.path) && !crossOrigin) {
    const location = outcome.kind === "redirect" ? outcome.location : pageAddress(request.path, request.search);
    return { kind: "reloadDocument", location, setCookie: outcome.setCookie };
  }
  if (outcome.kind === "refuse") return { ...outcome, html: renderPlainPage(outcome) };
  return outcome;
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
