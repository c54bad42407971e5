/**
 * Who may do what, in one place. Every request passes through `accessFor` before any loader or action
 * runs (server.mjs → entry.server's `handleAccess` → auth/handle-access.server.ts), so no route checks
 * roles on its own.
 * Pure: no I/O.
 */

export const ROLES = ["admin", "legal", "procurement"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  legal: "Legal",
  procurement: "Procurement",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Users, the vendor catalog and everything else.",
  legal: "The vendor catalog, the clause library, every review (read-only) and every clause pack.",
  procurement: "Reviews: start, edit, import and export them, and generate their clause packs.",
};

export type Permission =
  | "app:use" // the pages every signed-in person sees: home, catalog, clause library
  | "reviews:read"
  | "reviews:write"
  | "packs:read"
  | "catalog:write"
  | "users:manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["app:use", "reviews:read", "reviews:write", "packs:read", "catalog:write", "users:manage"],
  legal: ["app:use", "reviews:read", "packs:read", "catalog:write"],
  procurement: ["app:use", "reviews:read", "reviews:write", "packs:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Everything a role may do: what the pages are told, so they can leave out the rest. */
export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export type Access = { kind: "public" } | { kind: "permission"; permission: Permission };

type Rule = { pattern: RegExp; read: Access; write: Access };

const PUBLIC: Access = { kind: "public" };
const need = (permission: Permission): Access => ({ kind: "permission", permission });

/** First match wins. `read` is for GET and HEAD, `write` for every other method. */
const RULES: readonly Rule[] = [
  // Reachable without a session: health checks, static files, signing in, first-run set-up, invitations,
  // password reset links.
  { pattern: /^\/healthz$/, read: PUBLIC, write: need("users:manage") },
  { pattern: /^\/(assets\/.*|favicon\.svg)$/, read: PUBLIC, write: need("users:manage") },
  { pattern: /^\/(sign-in|setup)$/, read: PUBLIC, write: PUBLIC },
  { pattern: /^\/invite\/[^/]+$/, read: PUBLIC, write: PUBLIC },
  { pattern: /^\/reset-password\/[^/]+$/, read: PUBLIC, write: PUBLIC },
  { pattern: /^\/sign-out$/, read: PUBLIC, write: PUBLIC },
  // Remix's route manifest (lazy route discovery): the routes' addresses, which the client bundle holds
  // anyway; no data.
  { pattern: /^\/__manifest$/, read: PUBLIC, write: need("users:manage") },
  // Where a refused client-side data request is sent to become a full page load (see server.mjs).
  { pattern: /^\/access-redirect$/, read: PUBLIC, write: PUBLIC },
  // Everyone's own account: changing one's password is writing, but to nothing anyone else owns.
  { pattern: /^\/account$/, read: need("app:use"), write: need("app:use") },
  // Admin.
  { pattern: /^\/admin(\/.*)?$/, read: need("users:manage"), write: need("users:manage") },
  // The catalog: everyone reads it; admin and legal record new versions of provisions.
  { pattern: /^\/catalog(\/.*)?$/, read: need("app:use"), write: need("catalog:write") },
  // Clause packs: every role that reads reviews may download them (the first download generates it).
  { pattern: /^\/reviews\/[^/]+\/(pack|pack\.docx|packs\/[^/]+)$/, read: need("packs:read"), write: need("reviews:write") },
  // Starting and importing a review is writing, even to look at the form.
  { pattern: /^\/reviews\/new$/, read: need("reviews:write"), write: need("reviews:write") },
  { pattern: /^\/reviews\/[^/]+\/import$/, read: need("reviews:write"), write: need("reviews:write") },
  // Starting a review's re-review creates a review: writing. Its GET only leads back to the review.
  { pattern: /^\/reviews\/[^/]+\/renew$/, read: need("reviews:read"), write: need("reviews:write") },
  { pattern: /^\/reviews(\/.*)?$/, read: need("reviews:read"), write: need("reviews:write") },
  { pattern: /^\/renewals$/, read: need("reviews:read"), write: need("reviews:write") },
];

const DEFAULT: Rule = { pattern: /.*/, read: need("app:use"), write: need("users:manage") };

/** What a request needs, from its method and path (Remix's `?_data` and `.data` suffixes included). */
export function accessFor(method: string, pathname: string): Access {
  // Single fetch asks for a route's data at `<path>.data`; the root's is `/_root.data`.
  const path = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
  const rule = RULES.find((r) => r.pattern.test(path)) ?? DEFAULT;
  return method === "GET" || method === "HEAD" ? rule.read : rule.write;
}
