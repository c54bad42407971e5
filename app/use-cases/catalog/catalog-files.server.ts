// The catalog as files and as JSON: import a catalog file (validated whole, nothing saved on error, a
// changed fact added as a version, an unchanged one ignored), export the catalog as files, and the JSON
// view of `clausewise catalog --json`.
import type { Actor } from "../../audit/events.ts";
import { formatCatalogProblem, parseCatalogFiles } from "../../catalog/catalog-files.server.ts";
import type { CatalogFileProblem } from "../../catalog/catalog-file.ts";
import { catalogFileText } from "../../catalog/catalog-versions.ts";
import {
  importCatalogFiles,
  listCatalog,
  storedVendors,
  type AppliedCatalogFile,
} from "../../models/catalog.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { decodeUtf8File } from "../../utils/utf8.ts";
import { CATALOG_PASTE_FIELD, CATALOG_UPLOAD_FIELD } from "./catalog-fields.ts";

export type ImportResult =
  | { ok: true; applied: (AppliedCatalogFile & { vendorName: string })[] }
  | { ok: false; problems: CatalogFileProblem[] };

/** Validates every file first; only if all are valid is anything stored, in one transaction. */
export function importCatalog(
  db: Db,
  actor: Actor | null,
  files: readonly { name: string; text: string; nameMustMatch?: boolean }[],
): ImportResult {
  const parsed = parseCatalogFiles(files);
  if (!parsed.ok) return parsed;
  const names = new Map(parsed.vendors.map((v) => [v.id, v.name]));
  const applied = importCatalogFiles(db, actor, parsed.vendors);
  return { ok: true, applied: applied.map((a) => ({ ...a, vendorName: names.get(a.vendorId) ?? a.vendorId })) };
}

/** One line per vendor: what an import changed. */
export function importSummary(result: Extract<ImportResult, { ok: true }>): string[] {
  return result.applied.map(
    (a) => `${a.vendorName}: ${a.added} new version${a.added === 1 ? "" : "s"}, ${a.unchanged} unchanged`,
  );
}

export { formatCatalogProblem };

/** Every vendor as a catalog file: `{ name: "anthropic.yaml", text }`. */
export function exportCatalog(db: Db): { name: string; text: string }[] {
  return storedVendors(db).map((vendor) => ({ name: `${vendor.id}.yaml`, text: catalogFileText(vendor) }));
}

/** The current catalog as `clausewise catalog --json` prints it. */
export function catalogJson(db: Db) {
  return {
    vendors: listCatalog(db).map((v) => ({
      id: v.id,
      name: v.name,
      entities: v.entities.map((e) => ({ name: e.name, for: e.for })),
      productLines: v.productLines.map((l) => ({
        line: l.line,
        names: l.names,
        provisions: l.provisions.flatMap((p) =>
          p.current
            ? [
                {
                  key: p.key,
                  ...(p.aspect ? { aspect: p.aspect } : {}),
                  value: p.current.value,
                  statement: p.current.statement,
                  standing: p.current.standing,
                  effectiveOn: p.current.effectiveOn,
                  checkedOn: p.current.checkedOn,
                  versions: p.history.length,
                  sources: p.current.sources.map((s) => ({
                    title: s.title,
                    publisher: s.publisher,
                    url: s.url ?? null,
                    kind: s.kind,
                    // The source's own date (effective, updated or checked), YYYY-MM-DD; null where it gives none.
                    date: s.effectiveOn ?? s.updatedOn ?? s.checkedOn ?? null,
                  })),
                },
              ]
            : [],
        ),
      })),
    })),
  };
}

export type CatalogImportRefusal = { problems: string[]; pasted: string };
export type CatalogImportDone = { imported: string[] };

/**
 * Admin's or legal's import of catalog files from the page: uploaded files or pasted text, validated
 * whole; every problem listed with its file and line and nothing saved, or what changed, vendor by vendor.
 */
export async function importCatalogFromForm(
  db: Db,
  actor: Actor,
  form: FormData,
): Promise<{ status: number; body: CatalogImportRefusal | CatalogImportDone }> {
  const pastedRaw = form.get(CATALOG_PASTE_FIELD);
  const pasted = typeof pastedRaw === "string" ? pastedRaw : "";
  const refuse = (problems: string[]) => ({ status: 400, body: { problems, pasted } });
  const files: { name: string; text: string; nameMustMatch?: boolean }[] = [];
  for (const file of form.getAll(CATALOG_UPLOAD_FIELD)) {
    // A form without a chosen file still sends the field, as an empty file with no name.
    if (typeof file === "string" || file.size === 0) continue;
    const text = decodeUtf8File(new Uint8Array(await file.arrayBuffer()));
    if (text === null)
      return refuse([`${file.name}: this file is not UTF-8 text; save it as UTF-8 and choose it again.`]);
    files.push({ name: file.name, text });
  }
  if (pasted.trim() !== "") files.push({ name: "pasted text", text: pasted, nameMustMatch: false });
  if (files.length === 0) return refuse(["Choose a catalog file (.yaml), or paste its contents."]);
  const result = importCatalog(db, actor, files);
  if (!result.ok) return refuse(result.problems.map(formatCatalogProblem));
  return { status: 200, body: { imported: importSummary(result) } };
}
