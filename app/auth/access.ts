/**
 * Who may do what, in one place: the roles, what each is granted, and what every route needs. Access is
 * decided on the route Remix has matched and is about to run (entry.server's `guardRoutes` wraps every
 * route's loader and action in `decideRouteAccess`), never on how the address was spelled. A route that
 * is not in ROUTE_ACCESS is refused to everyone; access.test.ts fails when one is missing.
 * Pure: no I/O.
 */

import type { Role } from "../accounts/roles.ts";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Users, the vendor catalog and everything else.",
  legal:
    "The vendor catalog, the clause library, every review (read-only) and every clause pack; the vendor's written answers and what was agreed.",
  procurement:
    "Reviews: start, edit, import and export them, and generate their clause packs; the vendor's written answers and what was agreed.",
};

export type Permission =
  | "app:use" // the pages every signed-in person sees: home, catalog, clause library, their own account
  | "reviews:read"
  | "reviews:write"
  | "packs:read"
  // the record of a negotiation: the vendor's written answers, the position agreed for each clause, the signed agreement
  | "negotiation:write"
  | "catalog:write"
  | "users:manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    "app:use",
    "reviews:read",
    "reviews:write",
    "packs:read",
    "negotiation:write",
    "catalog:write",
    "users:manage",
  ],
  legal: ["app:use", "reviews:read", "packs:read", "negotiation:write", "catalog:write"],
  procurement: ["app:use", "reviews:read", "reviews:write", "packs:read", "negotiation:write"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Everything a role may do: what the pages are told, so they can leave out the rest. */
export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

/** Who may: anyone (no session needed), a signed-in person whose role has the permission, or nobody. */
export type Access = { kind: "public" } | { kind: "permission"; permission: Permission } | { kind: "nobody" };

export interface RouteAccess {
  /** GET and HEAD: the route's loader, and its page. */
  read: Access;
  /** Every other method: the route's action. */
  write: Access;
  /** Before the first admin exists every route leads to the set-up, but these ("also"), and the set-up
   * itself, which afterwards leads home ("only"). */
  firstRun?: "also" | "only";
  /** A GET that records something (an audit event, a generated pack): refused when another site asks. */
  readRecords?: true;
}

const PUBLIC: Access = { kind: "public" };
const NOBODY: Access = { kind: "nobody" };
const need = (permission: Permission): Access => ({ kind: "permission", permission });
/** Reading needs `permission`; the route has no action, so writing is nobody's. */
const readOnly = (permission: Permission): RouteAccess => ({ read: need(permission), write: NOBODY });
const both = (permission: Permission): RouteAccess => ({ read: need(permission), write: need(permission) });

/** Every route by its Remix route id (the file name under app/routes, without the extension). */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  // The document around every page: who is signed in (nothing when nobody is).
  root: { read: PUBLIC, write: NOBODY, firstRun: "also" },
  // Any address no other route takes: a 404 page, for anyone (which addresses exist is no secret: the
  // client bundle lists them), so an odd spelling of a public page is a 404, not a sign-in.
  "routes/$": { read: PUBLIC, write: NOBODY },

  // Reachable without a session: health checks, signing in and out, first-run set-up, invitations and
  // password reset links (whose tokens are the credential).
  "routes/healthz": { read: PUBLIC, write: NOBODY, firstRun: "also" },
  "routes/setup": { read: PUBLIC, write: PUBLIC, firstRun: "only" },
  "routes/sign-in": { read: PUBLIC, write: PUBLIC },
  "routes/sign-out": { read: PUBLIC, write: PUBLIC },
  "routes/invite.$token": { read: PUBLIC, write: PUBLIC },
  "routes/reset-password.$token": { read: PUBLIC, write: PUBLIC },

  // Every signed-in person: home, the clause library, the catalog (admin and legal record new versions of
  // provisions), their own account (changing one's password writes to nothing anyone else owns).
  "routes/_index": readOnly("app:use"),
  "routes/ping": readOnly("app:use"),
  "routes/clauses": readOnly("app:use"),
  // A clause's house wording: everyone reads its versions; legal and admin record them (as the catalog).
  "routes/clauses_.$clauseId.edit": { read: need("app:use"), write: need("catalog:write") },
  "routes/catalog": { read: need("app:use"), write: need("catalog:write") },
  "routes/catalog_.import": { read: need("catalog:write"), write: need("catalog:write") },
  "routes/account": both("app:use"),

  // Reviews: every role reads them; procurement and admin change them.
  "routes/reviews._index": readOnly("reviews:read"),
  "routes/renewals": readOnly("reviews:read"),
  "routes/renewals[.]ics": readOnly("reviews:read"),
  "routes/reviews.$reviewId._index": readOnly("reviews:read"),
  "routes/reviews.$reviewId.review": readOnly("reviews:read"),
  "routes/reviews.$reviewId.$stepId": { read: need("reviews:read"), write: need("reviews:write") },
  // Starting and importing a review is writing, even to look at the form.
  "routes/reviews.new": both("reviews:write"),
  // The first step of a review not saved yet: its first save creates the review.
  "routes/reviews.new_.context": both("reviews:write"),
  "routes/reviews.$reviewId.import": both("reviews:write"),
  // A re-review creates a review: writing. Its page says what starting one does.
  "routes/reviews.$reviewId.renew": { read: need("reviews:read"), write: need("reviews:write") },
  // Exporting the answers is recorded in the review's history.
  "routes/reviews.$reviewId.answers[.]json": { ...readOnly("reviews:read"), readRecords: true },
  "routes/reviews.$reviewId.renewal[.]ics": readOnly("reviews:read"),
  // The record of the negotiation: read by every role that reads the packs, recorded by those who negotiate.
  "routes/reviews.$reviewId.agreed": { read: need("packs:read"), write: need("negotiation:write") },
  // The reconfirmation checklist, on its page and as a .docx made on request (nothing is recorded).
  "routes/reviews.$reviewId.checklist": readOnly("packs:read"),
  "routes/reviews.$reviewId.checklist[.]docx": readOnly("packs:read"),
  // The vendor's written answers: every role that reads the documents sees them; the record of the
  // negotiation is written by all three roles (proposing an answer to the catalog needs catalog:write too).
  "routes/reviews.$reviewId.vendor-answers": { read: need("packs:read"), write: need("negotiation:write") },

  // Clause packs: every role that reads reviews may download them; the first download generates and
  // records the pack.
  "routes/reviews.$reviewId.pack": readOnly("packs:read"),
  "routes/reviews.$reviewId.pack[.]docx": { ...readOnly("packs:read"), readRecords: true },
  "routes/reviews.$reviewId.addendum[.]docx": { ...readOnly("packs:read"), readRecords: true },
  "routes/reviews.$reviewId.questions[.]xlsx": { ...readOnly("packs:read"), readRecords: true },
  "routes/reviews.$reviewId.questions[.]docx": { ...readOnly("packs:read"), readRecords: true },
  "routes/reviews.$reviewId.packs.$packId[.]docx": readOnly("packs:read"),
  "routes/reviews.$reviewId.packs.$packId[.]xlsx": readOnly("packs:read"),

  // Admin: users and backups (taking one is recorded).
  // Legal's hand-built packs: building them is legal's (and admin's); reading and downloading, any pack reader's.
  "routes/packs._index": readOnly("packs:read"),
  "routes/packs.new": both("catalog:write"),
  "routes/packs.$packId._index": readOnly("packs:read"),
  "routes/packs.$packId.addendum[.]docx": readOnly("packs:read"),
  "routes/packs.$packId.memo[.]docx": readOnly("packs:read"),

  "routes/admin._index": readOnly("users:manage"),
  "routes/admin.users": both("users:manage"),
  "routes/admin.backup": readOnly("users:manage"),
  "routes/admin.backup[.]db": { ...readOnly("users:manage"), readRecords: true },
};

/** What the route needs for this method: a route nobody declared is refused to everyone. */
export function routeAccess(routeId: string, method: string): { access: Access; declared: RouteAccess | null } {
  const declared = Object.hasOwn(ROUTE_ACCESS, routeId) ? ROUTE_ACCESS[routeId] : null;
  if (!declared) return { access: NOBODY, declared: null };
  return { access: method === "GET" || method === "HEAD" ? declared.read : declared.write, declared };
}
