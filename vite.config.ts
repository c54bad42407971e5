// Remix runs as a Vite plugin: this file replaces remix.config.js (see docs/decisions/0001-remix-on-vite.md).
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

import { IGNORED_ROUTE_FILES } from "./app/route-files.ts";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: { port: 3000 },
  build: { target: "es2022" },
  plugins: [
    remix({
      ignoredRouteFiles: IGNORED_ROUTE_FILES,
      serverModuleFormat: "esm",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
});
