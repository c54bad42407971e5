// Files under app/routes that are not routes: read by vite.config.ts (Remix's route discovery) and by the
// test that every route declares its access, so both see the same routes.
export const IGNORED_ROUTE_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/*.css"];
