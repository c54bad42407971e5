/**
 * The one place every request is let in or not, before any loader or action runs. server.mjs calls it
 * (through entry.server's `handleAccess`) for each request that is not a static file, and applies the
 * outcome; the routes never check roles themselves. In order:
 * 1. A request that changes something must come from the app's own pages (Origin, else Referer).
 * 2. Until the first admin exists, every page leads to the set-up.
 * 3. The session cookie names a live session, or none.
 * 4. `accessFor` (access.ts) says what the method and path need; the user's role has it, or not.
 */
import type { Db } from "../utils/db.server.ts";
import type { SessionSettings } from "../utils/env.server.ts";
import { resumeSession } from "../models/session.server.ts";
import { hasUsers, type SessionUser } from "../models/user.server.ts";
import { accessFor, can } from "./access.ts";
import { clearedSessionCookie, readSessionToken, sessionCookie } from "./session-cookie.ts";

export interface AccessRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  /** The query, with its "?", or "". */
  search: string;
  cookie: string | undefined;
  origin: string | undefined;
  referer: string | undefined;
  host: string | undefined;
  /** Served over HTTPS (Express's req.secure: X-Forwarded-Proto counts only behind a trusted proxy). */
  secure: boolean;
}

export type Refusal = { status: 403; title: string; message: string };

export type AccessOutcome =
  | { kind: "continue"; user: SessionUser | null; setCookie?: string }
  /** Send the browser to `location`: the sign-in page, or the set-up while nobody can sign in. */
  | { kind: "redirect"; location: string; setCookie?: string }
  | ({ kind: "refuse"; user: SessionUser | null; setCookie?: string } & Refusal);

export interface AccessSettings {
  session: SessionSettings;
  /** APP_ORIGIN, or null to take the origin from the Host header and the protocol. */
  appOrigin: string | null;
  now?: Date;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

// Reachable while nobody can sign in yet: the set-up itself, the health check, and Remix's route
// manifest (which lists routes, not data).
const FIRST_RUN_PATHS = new Set(["/setup", "/healthz", "/__manifest"]);

/** Remix's single-fetch data request for a page: `/reviews.data` for /reviews, `/_root.data` for /. */
export function isDataRequest(path: string): boolean {
  return path.endsWith(".data");
}

/** The page a request is for: the data suffix and Remix's `_routes` parameter taken off. */
export function pageAddress(path: string, search: string): string {
  const page = path === "/_root.data" ? "/" : path.replace(/\.data$/, "");
  const params = new URLSearchParams(search);
  params.delete("_routes");
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Whether the Origin (or, without one, the Referer) is the app's own: the defence against cross-site forms. */
function fromOwnOrigin(request: AccessRequest, appOrigin: string | null): boolean {
  const own =
    appOrigin ?? originOf(request.host ? `${request.secure ? "https" : "http"}://${request.host}` : undefined);
  const claimed = request.origin !== undefined ? originOf(request.origin) : originOf(request.referer);
  return own !== null && claimed === own;
}

const CROSS_ORIGIN: Refusal = {
  status: 403,
  title: "Request refused",
  message:
    "This request did not come from a Clausewise page, so nothing was changed. If you were using Clausewise, go back, reload the page and try again.",
};

const NOT_YOUR_ROLE: Refusal = {
  status: 403,
  title: "Not available to your role",
  message:
    "Your role does not allow this page or action, so nothing was changed. If you need it, ask an admin to change your role.",
};

/** Where sign-in leads back to: a page of this app only (never `//other.example`). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export function decideAccess(db: Db, request: AccessRequest, settings: AccessSettings): AccessOutcome {
  const { method, path, search } = request;
  if (!SAFE_METHODS.has(method) && !fromOwnOrigin(request, settings.appOrigin)) {
    return { kind: "refuse", user: null, ...CROSS_ORIGIN };
  }

  const page = pageAddress(path, "");
  if (!hasUsers(db)) {
    return FIRST_RUN_PATHS.has(page) ? { kind: "continue", user: null } : { kind: "redirect", location: "/setup" };
  }
  // Set-up happens once; afterwards its address leads home (and from there to sign-in if needed).
  if (page === "/setup") return { kind: "redirect", location: "/" };

  const token = readSessionToken(request.cookie);
  const session = token ? resumeSession(db, token, settings.session, settings.now) : null;
  let setCookie: string | undefined;
  if (session?.refreshed)
    setCookie = sessionCookie(token!, { maxAgeSeconds: session.maxAgeSeconds, secure: request.secure });
  // A cookie whose session has ended is dropped, so the browser stops presenting it.
  if (token && !session) setCookie = clearedSessionCookie({ secure: request.secure });
  const user = session?.user ?? null;

  const access = accessFor(method, path);
  if (access.kind === "public") return { kind: "continue", user, setCookie };
  if (!user) {
    return {
      kind: "redirect",
      location: `/sign-in?${new URLSearchParams({ next: pageAddress(path, search) })}`,
      setCookie,
    };
  }
  if (!can(user.role, access.permission)) return { kind: "refuse", user, setCookie, ...NOT_YOUR_ROLE };
  return { kind: "continue", user, setCookie };
}
