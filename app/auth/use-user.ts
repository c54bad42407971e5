// The signed-in person as the pages see it (the root loader's data), and what their role allows, as the
// server's table (access.ts) says. Pages use it to leave out what the role cannot do; the server refuses
// it regardless. The root loader returns `RootData`; this module does not import the root.
import { useRouteLoaderData } from "@remix-run/react";

import type { Role } from "../accounts/roles.ts";
import type { Permission } from "./access.ts";

export interface RootData {
  user: { name: string; email: string; role: Role; roleLabel: string; permissions: Permission[] } | null;
}

export function useUser() {
  return useRouteLoaderData<RootData>("root")?.user ?? null;
}

export function useCan(permission: Permission): boolean {
  return useUser()?.permissions.includes(permission) ?? false;
}
