/**
 * Who is let in, in two steps, before any loader or action does its work; the routes never check roles
 * themselves.
 * 1. `admitRequest`, for every request that is not a static file (server.mjs, through entry.server's
 *    `handleAccess`): a request that changes something must come from the app's own pages (Origin, else
 *    Referer); the session cookie names a live session, or none.
 * 2. `decideRouteAccess`, for each route Remix has matched and is about to run (entry.server's
 *    `guardRoutes` wraps every loader and action in it): until the first admin exists everything leads to
 *    the set-up; then the route's declared access (access.ts) against the person's role. Because it is
 *    decided on the matched route, no spelling of an address (case, percent-encoding, dot segments, an
 *    odd Host header) can reach a route under another route's rules.
 */
import type { Db } from "../utils/db.server.ts";
import type { SessionSettings } from "../utils/env.server.ts";
import { resumeSession } from "../models/session.server.ts";
import type { SessionUser } from "../models/user.server.ts";
import { can, routeAccess } from "./access.ts";
import { clearedSessionCookie, readSessionToken, sessionCookie } from "./session-cookie.ts";

export interface AccessRequest {
  method: string;
  cookie: string | undefined;
  origin: string | undefined;
  referer: string | undefined;
  /** The Sec-Fetch-Site header browsers send: "same-origin", "same-site", "cross-site" or "none". */
  fetchSite: string | undefined;
  host: string | undefined;
  /** Served over HTTPS (Express's req.secure: X-Forwarded-Proto counts only behind a trusted proxy). */
  secure: boolean;
}

export type Refusal = { status: 403; title: string; message: string };

export type AdmitOutcome =
  | { kind: "continue"; user: SessionUser | null; setCookie?: string; fromAnotherSite: boolean }
  | ({ kind: "refuse"; user: null } & Refusal);

export interface AccessSettings {
  session: SessionSettings;
  /** APP_ORIGIN, or null to take the origin from the Host header and the protocol. */
  appOrigin: string | null;
  now?: Date;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function ownOrigin(request: AccessRequest, appOrigin: string | null): string | null {
  return appOrigin ?? originOf(request.host ? `${request.secure ? "https" : "http"}://${request.host}` : undefined);
}

/** Whether the Origin (or, without one, the Referer) is the app's own: the defence against cross-site forms. */
function fromOwnOrigin(request: AccessRequest, own: string | null): boolean {
  const claimed = request.origin !== undefined ? originOf(request.origin) : originOf(request.referer);
  return own !== null && claimed === own;
}

/**
 * Whether the browser says another site asked (a link or an image on another site's page): Sec-Fetch-Site
 * other than same-origin or a typed address, or an Origin or Referer that is not the app's own. A request
 * with none of them (a typed address in an old browser, a script on the server) is not from another site.
 */
function fromAnotherSite(request: AccessRequest, own: string | null): boolean {
  if (request.fetchSite !== undefined && request.fetchSite !== "same-origin" && request.fetchSite !== "none")
    return true;
  for (const claimed of [request.origin, request.referer]) {
    if (claimed !== undefined && (own === null || originOf(claimed) !== own)) return true;
  }
  return false;
}

const CROSS_ORIGIN: Refusal = {
  status: 403,
  title: "Request refused",
  message:
    "This request did not come from a Clausewise page, so nothing was changed. If you were using Clausewise, go back, reload the page and try again.",
};

/** Step 1: the request's origin and its session, whichever route it is for. */
export function admitRequest(db: Db, request: AccessRequest, settings: AccessSettings): AdmitOutcome {
  const own = ownOrigin(request, settings.appOrigin);
  if (!SAFE_METHODS.has(request.method) && !fromOwnOrigin(request, own)) {
    return { kind: "refuse", user: null, ...CROSS_ORIGIN };
  }
  const token = readSessionToken(request.cookie);
  const session = token ? resumeSession(db, token, settings.session, settings.now) : null;
  let setCookie: string | undefined;
  if (session?.refreshed)
    setCookie = sessionCookie(token!, { maxAgeSeconds: session.maxAgeSeconds, secure: request.secure });
  // A cookie whose session has ended is dropped, so the browser stops presenting it.
  if (token && !session) setCookie = clearedSessionCookie({ secure: request.secure });
  return { kind: "continue", user: session?.user ?? null, setCookie, fromAnotherSite: fromAnotherSite(request, own) };
}

export interface RouteRequest {
  routeId: string;
  method: string;
  /** The address as Remix parsed it (the Request's URL): `.data` and `?_routes=` included. */
  url: URL;
  user: SessionUser | null;
  hasUsers: boolean;
  fromAnotherSite: boolean;
}

export type RouteDecision =
  | { kind: "continue" }
  /** To the sign-in page (with the page to come back to), the set-up, or home. */
  | { kind: "redirect"; location: string }
  | { kind: "refuse"; status: 403; title: string; message: string };

const NOT_YOUR_ROLE = {
  status: 403,
  title: "Not available to your role",
  message:
    "Your role does not allow this page or action, so nothing was changed. If you need it, ask an admin to change your role.",
} as const;

const NOT_DECLARED = {
  status: 403,
  title: "Not available",
  message:
    "This page or action is not open to anyone. If you reached it from a Clausewise page, tell whoever runs Clausewise.",
} as const;

const FROM_ANOTHER_SITE = {
  status: 403,
  title: "Open this from Clausewise",
  message:
    "This link was followed from another site, and opening it records something in Clausewise, so nothing was done. Open it from the Clausewise page instead.",
} as const;

/** The page a request is for: the data suffix and Remix's `_routes` parameter taken off. */
export function pageAddress(url: URL): string {
  const page = url.pathname === "/_root.data" ? "/" : url.pathname.replace(/\.data$/, "");
  const params = new URLSearchParams(url.search);
  params.delete("_routes");
  params.delete("_data");
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}

/** Step 2: whether this person may run this route, for this method. */
export function decideRouteAccess(request: RouteRequest): RouteDecision {
  const { access, declared } = routeAccess(request.routeId, request.method);
  if (!request.hasUsers) {
    return declared?.firstRun ? { kind: "continue" } : { kind: "redirect", location: "/setup" };
  }
  // Set-up happens once; afterwards its address leads home (and from there to sign-in if needed).
  if (declared?.firstRun === "only") return { kind: "redirect", location: "/" };
  if (access.kind === "nobody") return { kind: "refuse", ...(declared ? NOT_YOUR_ROLE : NOT_DECLARED) };
  if (access.kind === "permission") {
    if (!request.user) {
      return { kind: "redirect", location: `/sign-in?${new URLSearchParams({ next: pageAddress(request.url) })}` };
    }
    if (!can(request.user.role, access.permission)) return { kind: "refuse", ...NOT_YOUR_ROLE };
  }
  if (declared?.readRecords && request.fromAnotherSite && (request.method === "GET" || request.method === "HEAD")) {
    return { kind: "refuse", ...FROM_ANOTHER_SITE };
  }
  return { kind: "continue" };
}

const SAFE_NEXT_BASE = "http://clausewise.invalid";

/**
 * Where sign-in leads back to: the address as a browser would resolve it against this app's own origin
 * (it drops tabs and line breaks, reads backslashes as slashes, and percent-encodes the rest), if that is
 * still this app; anything else (another site, a scheme, an unreadable address) leads home.
 */
export function safeNext(next: string | null | undefined): string {
  // Only a path of this app, as the browser reads it: it drops tabs and line breaks anywhere, and leading
  // controls and spaces.
  if (
    !next
      ?.replace(/[\t\n\r]/g, "")
      .replace(/^[\u0000-\u0020]+/, "")
      .startsWith("/")
  )
    return "/";
  let url: URL;
  try {
    url = new URL(next, `${SAFE_NEXT_BASE}/`);
  } catch {
    return "/";
  }
  if (url.origin !== SAFE_NEXT_BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `//host` would be another site once it is in a Location header.
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
