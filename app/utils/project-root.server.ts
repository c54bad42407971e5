import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * The project's root folder. Code runs from app/ (tests, the command line) and from build/server (the
 * built app), so walk up from this file to the package.json that names the project.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "clausewise") {
      return (cached = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find the Clausewise project folder (package.json).");
    dir = parent;
  }
}
