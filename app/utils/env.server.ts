import path from "node:path";
import { projectRoot } from "./project-root.server.ts";

/** Every setting the app reads from the environment, with its default. The README lists the same. */
export function databasePath(): string {
  return path.resolve(projectRoot(), process.env.DATABASE_PATH || "./data/clausewise.db");
}
