// The pages of legal's hand-built packs: the Packs page (every pack, newest first, a page at a time) and
// one pack's page (its preview and its recorded documents).
import * as z from "zod";
import type { Outcome } from "../../http/outcome.ts";
import { pageWindow, type PageWindow } from "../../lists/review-filter.ts";
import { listHandPackEvents, type AuditLine } from "../../models/audit.server.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import {
  countHandPacks,
  listHandPackDocuments,
  listHandPackPage,
  type HandPackDocumentRecord,
} from "../../models/hand-pack.server.ts";
import { PRODUCT_LINE_LABELS, type ProductLine } from "../../catalog/types.ts";
import type { ClausePack } from "../../pack/model.ts";
import type { Db } from "../../utils/db.server.ts";
import { handPackModel, inputsOf, requireHandPack } from "./hand-pack.server.ts";

/** Packs on one page of the list: as many as the review lists show. */
export const PACKS_PAGE_SIZE = 50;

const pageSchema = z
  .string()
  .transform((v) => v.trim())
  .refine((value) => value === "" || (/^\d{1,6}$/.test(value) && Number(value) >= 1), {
    error: (issue) =>
      `Page: “${String(issue.input).slice(0, 40)}” is not a page number; a page is a whole number from 1.`,
  })
  .transform((value) => (value === "" ? 1 : Number(value)));

export interface PackRow {
  id: number;
  buyerName: string;
  vendorName: string;
  /** "vendor typed in" where the vendor is not in the catalog. */
  vendorInCatalog: boolean;
  productLines: string[];
  clauses: number;
  libraryVersion: string;
  createdAt: string;
  createdBy: string;
}

export interface PacksPage {
  packs: PackRow[];
  page: PageWindow;
  problems: { field: "page"; message: string }[];
}

const lineWords = (lines: readonly string[]) => lines.map((l) => PRODUCT_LINE_LABELS[l as ProductLine] ?? l);

export function handPacksPage(db: Db, url: URL): Outcome<PacksPage> {
  const parsed = pageSchema.safeParse(url.searchParams.get("page") ?? "");
  if (!parsed.success)
    return {
      status: 400,
      body: {
        packs: [],
        page: pageWindow(0, 1),
        problems: [{ field: "page", message: parsed.error.issues[0].message }],
      },
    };
  const page = pageWindow(countHandPacks(db), parsed.data, PACKS_PAGE_SIZE);
  const packs = page.total === 0 ? [] : listHandPackPage(db, page);
  return {
    body: {
      page,
      problems: [],
      packs: packs.map((p) => ({
        id: p.id,
        buyerName: p.buyerName,
        vendorName: p.vendorName,
        vendorInCatalog: p.vendorId !== null,
        productLines: lineWords(p.productLines),
        clauses: p.selections.length,
        libraryVersion: p.libraryVersion,
        createdAt: p.createdAt,
        createdBy: p.createdByName ?? "Not recorded",
      })),
    },
  };
}

export interface HandPackPage {
  id: number;
  buyerName: string;
  vendorName: string;
  libraryVersion: string;
  createdAt: string;
  createdBy: string;
  documents: HandPackDocumentRecord[];
  /** The pack as its documents hold it; null when the library has changed since (it cannot be shown again). */
  pack: ClausePack | null;
  currentLibraryVersion: string;
  /** The address of the form that builds it again with the current library, the same values typed in. */
  rebuild: string;
  built: boolean;
  /** Who built it and generated each document, when: its audit trail. */
  history: AuditLine[];
}

/** One pack: its record, its documents and, while the library is the one it was built from, its preview. */
export function handPackPage(db: Db, packId: string | undefined, url: URL): HandPackPage {
  const record = requireHandPack(db, packId);
  const library = currentLibrary(db);
  const createdBy = record.createdByName ?? "Not recorded";
  const pack =
    library.version === record.libraryVersion
      ? handPackModel(db, inputsOf(record), library, { preparedBy: createdBy, generatedAt: record.createdAt })
      : null;
  const rebuild = new URLSearchParams({ from: String(record.id) });
  for (const s of record.selections) {
    rebuild.append("clause", s.id);
    if (s.variant) rebuild.set(`variant.${s.id}`, s.variant);
  }
  return {
    id: record.id,
    buyerName: record.buyerName,
    vendorName: record.vendorName,
    libraryVersion: record.libraryVersion,
    createdAt: record.createdAt,
    createdBy,
    documents: listHandPackDocuments(db, record.id),
    pack,
    currentLibraryVersion: library.version,
    rebuild: `/packs/new?${rebuild.toString()}`,
    built: url.searchParams.has("built"),
    history: listHandPackEvents(db, record.id),
  };
}
