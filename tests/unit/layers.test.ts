// The structure of the code, checked: one import spelling, and layers that only point down
// (docs/decisions/0008-layers.md). A failure names the file and the import that breaks the rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "tests", "scripts", "db", "bin"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;

/** Every import of each source file: the specifier as written and, for a local one, the file it names. */
const imports = SOURCE_DIRS.flatMap(sourceFiles).map((file) => {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const specs = [...text.matchAll(IMPORT)].map((m) => m[1]);
  const typeOnly = new Set([...text.matchAll(/import\s+type\s[^;]*?from\s*["']([^"']+)["']/g)].map((m) => m[1]));
  return {
    file,
    specs,
    local: specs
      .filter((s) => s.startsWith("."))
      .map((s) => ({
        spec: s,
        target: path.posix.normalize(path.posix.join(path.posix.dirname(file), s.split("?")[0])),
        typeOnly: typeOnly.has(s),
      })),
  };
});

describe("imports", () => {
  it("have one spelling: a relative path with the file's extension (no ~/ alias, no bare local path)", () => {
    const wrong = imports.flatMap(({ file, specs }) =>
      specs
        .filter((s) => s.startsWith("~") || (s.startsWith(".") && !/\.(ts|tsx|mjs|js|json|css(\?url)?)$/.test(s)))
        .map((s) => `${file}: ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it("name files that exist", () => {
    const missing = imports.flatMap(({ file, local }) =>
      local.filter(({ target }) => !fs.existsSync(path.join(ROOT, target))).map(({ spec }) => `${file}: ${spec}`),
    );
    expect(missing).toEqual([]);
  });
});
