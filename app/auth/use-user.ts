// The signed-in person as the pages see it (the root loader's data), and what their role allows, as the
// server's table (access.ts) says. Pages use it to leave out what the role cannot do; the server refuses
// it regardless.
import { useRouteLoaderData } from "@remix-run/react";

import type { loader as rootLoader } from "../root.tsx";

import type { Permission } from "./access.ts";

export function useUser() {
  return useRouteLoaderData<typeof rootLoader>("root")?.user ?? null;
}

export function useCan(permission: Permission): boolean {
  return useUser()?.permissions.includes(permission) ?? false;
}
