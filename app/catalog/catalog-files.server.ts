/**
 * The catalog as files: the shipped vendor files in catalog/vendors (validated at start-up; a broken one
 * stops it with every problem and its file and line), and catalog files brought by a person (import), all
 * validated whole before anything is stored.
 */
import fs from "node:fs";
import path from "node:path";
import { decodeUtf8File } from "../utils/utf8.ts";
import { projectRoot } from "../utils/project-root.server.ts";
import { StartupError } from "../utils/startup-error.ts";
import { parseCatalogFile, type CatalogFileProblem, type CatalogFileVendor } from "./catalog-file.ts";

export const SHIPPED_CATALOG_DIR = path.join(projectRoot(), "catalog", "vendors");

export type CatalogFilesResult =
  { ok: true; vendors: CatalogFileVendor[] } | { ok: false; problems: CatalogFileProblem[] };

/** Validates every file; a vendor named by two files is a problem of the second. Nothing partial. */
export function parseCatalogFiles(
  files: readonly { name: string; text: string; nameMustMatch?: boolean }[],
): CatalogFilesResult {
  const problems: CatalogFileProblem[] = [];
  const vendors: CatalogFileVendor[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = parseCatalogFile(file.text, file.name, { nameMustMatch: file.nameMustMatch });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = seen.get(result.vendor.id);
    if (earlier) {
      problems.push({ file: file.name, line: 1, message: `vendor "${result.vendor.id}" is in ${earlier} already` });
      continue;
    }
    seen.set(result.vendor.id, file.name);
    vendors.push(result.vendor);
  }
  if (files.length === 0) problems.push({ file: "(none)", line: 0, message: "no catalog file was given" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, vendors };
}

/** One line per problem: `file:line: message`. */
export function formatCatalogProblem(p: CatalogFileProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** The .yaml files of a folder, or the one file named, decoded as strict UTF-8. */
export function readCatalogFiles(target: string): { name: string; text: string }[] {
  const names = fs.statSync(target).isDirectory()
    ? fs
        .readdirSync(target)
        .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
        .sort()
        .map((n) => path.join(target, n))
    : [target];
  return names.map((file) => {
    const text = decodeUtf8File(fs.readFileSync(file));
    const name = path.basename(file);
    if (text === null) throw new StartupError(`${name} is not UTF-8 text: save it as UTF-8 and try again.`);
    return { name, text };
  });
}

let shipped: CatalogFileVendor[] | undefined;

/** The shipped catalog, read and validated once per process; a broken file stops start-up. */
export function shippedCatalog(): CatalogFileVendor[] {
  if (shipped) return shipped;
  const result = parseCatalogFiles(readCatalogFiles(SHIPPED_CATALOG_DIR));
  if (!result.ok) {
    throw new StartupError(
      `The vendor catalog in catalog/vendors is not valid:\n${result.problems.map(formatCatalogProblem).join("\n")}`,
    );
  }
  shipped = result.vendors;
  return shipped;
}
