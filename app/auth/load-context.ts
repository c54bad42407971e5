// What server.mjs hands every loader and action (Remix's load context), typed for the routes.
import type { SessionUser } from "../models/user.server.ts";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Who is signed in: for "who did it" only. Whether they may is decided before a route's code runs
     * (entry.server's guardRoutes). */
    user: SessionUser | null;
    /** This response's Content-Security-Policy nonce, for the inline scripts Remix writes. */
    cspNonce: string;
    /** Also in the X-Request-Id header; every logged error names it. */
    requestId: string;
    clientIp: string;
    /** Served over HTTPS: the session cookie is then marked Secure. */
    secure: boolean;
    /** The browser says another site asked for this (Sec-Fetch-Site, Origin, Referer): a GET that records
     * something is then refused. Absent where routes are called without server.mjs (tests). */
    fromAnotherSite?: boolean;
  }
}

export {};
