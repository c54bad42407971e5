// "Who did it", from the load context. Whether they may is decided before any route runs
// (handle-access.server.ts); these only name them.
import { data, type AppLoadContext } from "@remix-run/node";
import type { Role } from "../accounts/roles.ts";
import type { Actor } from "../audit/events.ts";
import { actorOf } from "../models/user.server.ts";

/** The signed-in person, or null where nobody is (unit tests that call a loader or action directly). */
export function actorFrom(context: AppLoadContext): Actor | null {
  return context.user ? actorOf(context.user) : null;
}

/** The signed-in person, for changes that must name one (accounts, the catalog). */
export function requireActor(context: AppLoadContext): Actor {
  const actor = actorFrom(context);
  if (!actor) throw data("Sign in first.", { status: 401 });
  return actor;
}

/** The signed-in person and their role, for a change whose parts need different permissions. */
export function requireSignedIn(context: AppLoadContext): { actor: Actor; role: Role } {
  const actor = requireActor(context);
  return { actor, role: context.user!.role };
}
