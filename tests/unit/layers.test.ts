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

/** Value imports (type-only imports carry no code and point nowhere at run time) of the files under `dir`. */
function valueImportsUnder(dir: string) {
  return imports
    .filter(({ file }) => file.startsWith(`${dir}/`) && !/\.test\.tsx?$/.test(file))
    .flatMap(({ file, local, specs }) => [
      ...local.filter((l) => !l.typeOnly).map((l) => ({ file, to: l.target })),
      ...specs.filter((s) => !s.startsWith(".")).map((s) => ({ file, to: s })),
    ]);
}

function breaking(dir: string, forbidden: (to: string) => boolean): string[] {
  return valueImportsUnder(dir)
    .filter(({ to }) => forbidden(to))
    .map(({ file, to }) => `${file} → ${to}`);
}

const under =
  (...dirs: string[]) =>
  (to: string) =>
    dirs.some((d) => to === d || to.startsWith(`${d}/`));

describe("layers", () => {
  it("models store and load: nothing from the pack, the wizard, the rules, the use cases or the routes", () => {
    expect(breaking("app/models", under("app/pack", "app/wizard", "app/rules", "app/use-cases", "app/routes"))).toEqual(
      [],
    );
  });

  it("the pack takes a pack model and returns a document: no database, no Remix, no models, no wizard", () => {
    const forbidden = (to: string) =>
      under("app/models", "app/wizard", "app/use-cases", "app/routes", "db")(to) ||
      to === "app/utils/db.server.ts" ||
      to.startsWith("@remix-run/") ||
      to === "better-sqlite3" ||
      to.startsWith("drizzle-orm");
    expect(breaking("app/pack", forbidden)).toEqual([]);
  });

  it("the pure core (questionnaire, conditions, rules, clauses' model, catalog vocabulary) does no I/O", () => {
    const io = (to: string) =>
      to.startsWith("node:") ||
      to.startsWith("@remix-run/") ||
      to === "better-sqlite3" ||
      to.startsWith("drizzle-orm") ||
      under("app/models", "app/use-cases", "app/routes", "db")(to) ||
      to.endsWith(".server.ts");
    const core = [
      "app/questionnaire",
      "app/conditions",
      "app/rules",
      "app/renewal",
      "app/accounts/roles.ts",
    ];
    // The clauses' model and the negotiation's core are pure; their file readers (.server.ts) are not.
    const pureClauses = [...valueImportsUnder("app/clauses"), ...valueImportsUnder("app/negotiation")]
      .filter(({ file }) => !file.endsWith(".server.ts"))
      .filter(({ to }) => io(to))
      .map(({ file, to }) => `${file} → ${to}`);
    expect([...core.flatMap((dir) => breaking(dir, io)), ...pureClauses]).toEqual([]);
  });

  it("the database schema imports nothing from the app but its vocabulary", () => {
    expect(breaking("db", (to) => to.startsWith("app/") && !under("app/accounts", "app/catalog")(to))).toEqual([]);
  });

  it("nothing below the routes imports a route; no module under app/ is test-only", () => {
    const intoRoutes = imports
      .filter(({ file }) => file.startsWith("app/") && !file.startsWith("app/routes/") && !/\.test\.tsx?$/.test(file))
      .flatMap(({ file, local }) =>
        local.filter((l) => l.target.startsWith("app/routes/")).map((l) => `${file} → ${l.target}`),
      );
    const testOnly = imports
      .filter(({ file }) => file.startsWith("app/") && !/\.test\.tsx?$/.test(file))
      .flatMap(({ file, local }) =>
        local.filter((l) => l.target.startsWith("tests/")).map((l) => `${file} → ${l.target}`),
      );
    expect([...intoRoutes, ...testOnly]).toEqual([]);
  });
});

describe("route files", () => {
  const lengths = fs.readdirSync(path.join(ROOT, "app/routes"), { withFileTypes: true }).map((entry) => {
    // One convention (docs/decisions/0010-route-convention.md): every route is one flat file.
    expect(entry.isFile(), `app/routes/${entry.name} is a folder`).toBe(true);
    return {
      name: entry.name,
      lines: fs.readFileSync(path.join(ROOT, "app/routes", entry.name), "utf8").split("\n").length - 1,
    };
  });

  it("are short: a median of at most 40 lines and none over 120 (forms, tables and view models live elsewhere)", () => {
    const sorted = lengths.map((l) => l.lines).sort((a, b) => a - b);
    const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
    expect(median).toBeLessThanOrEqual(40);
    expect(lengths.filter((l) => l.lines > 120)).toEqual([]);
  });
});

describe("the code cites", () => {
  it("no path outside the repository and no machine path", () => {
    const cited = SOURCE_DIRS.flatMap(sourceFiles)
      .filter((file) => file !== "tests/unit/layers.test.ts")
      .flatMap((file) => {
        const text = fs.readFileSync(path.join(ROOT, file), "utf8");
        return [/\.\.\/shared\//, /\/work\//, /\/home\/[a-z]/, /shared\/design/]
          .filter((re) => re.test(text))
          .map((re) => `${file}: ${re}`);
      });
    expect(cited).toEqual([]);
  });
});

describe("sources", () => {
  it("are never an internal source-text id: clauses and vendor facts cite title, publisher, date and URL", () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.posix.join(dir, e.name);
        return e.isDirectory() ? walk(rel) : /\.(ts|tsx|md|yaml|sql)$/.test(e.name) ? [rel] : [];
      });
    const files = ["app", "db", "templates", "catalog"].flatMap((dir) => walk(dir));
    // Every file, tests included: the clause loader's test refuses a `seed` field with a made-up value.
    const cited = files.filter((file) => /\b\d{3}_[0-9a-f]{16}\b/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(cited).toEqual([]);
  });
});
