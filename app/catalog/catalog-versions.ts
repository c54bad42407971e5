// A catalog file's provisions as the versions the catalog records, and back: the catalog as files.
// Pure: the model stores these versions; export turns the stored ones into files again.
import { Document, isScalar, visit } from "yaml";
import type { CatalogFileVendor, CatalogProvision, CatalogProvisionVersion } from "./catalog-file.ts";
import {
  isNumberKey,
  PRODUCT_LINES,
  type CatalogSource,
  type ProductLine,
  type ProvisionKey,
  type Standing,
} from "./types.ts";

/** One version of one provision, with its sources resolved from the vendor's register. */
export interface ProvisionVersionEntry {
  vendorId: string;
  productLine: ProductLine;
  key: ProvisionKey;
  aspect: string;
  value: string;
  statement: string;
  condition: string;
  quote: string;
  sources: CatalogSource[];
  standing: Standing;
  effectiveOn: string | null;
  checkedOn: string | null;
}

/** Every version of every provision of a vendor's file, each chain oldest first (history, then current). */
export function versionChains(vendor: CatalogFileVendor): ProvisionVersionEntry[][] {
  const register = new Map(vendor.sources.map((s) => [s.id, s]));
  const entry = (p: CatalogProvision, v: CatalogProvisionVersion): ProvisionVersionEntry => ({
    vendorId: vendor.id,
    productLine: p.line,
    key: p.key as ProvisionKey,
    aspect: p.aspect ?? "",
    value: String(v.value),
    statement: v.statement,
    condition: v.condition ?? "",
    quote: v.quote ?? "",
    // The validator has checked that every id resolves.
    sources: v.sources.map((id) => register.get(id)!),
    standing: v.standing,
    effectiveOn: v.effectiveOn ?? null,
    checkedOn: v.checkedOn ?? null,
  });
  return vendor.provisions.map((p) => [...p.history.map((v) => entry(p, v)), entry(p, p)]);
}

/** What the catalog holds for one vendor, as export writes it. */
export interface StoredVendor {
  id: string;
  name: string;
  entities: CatalogFileVendor["entities"];
  /** The register as last seeded or imported; a source only an older version cites is added from it. */
  register: CatalogSource[];
  productLines: { line: ProductLine; names: string[]; note: string; sources: string[] }[];
  /** Each chain oldest first; the last is current. */
  chains: Omit<ProvisionVersionEntry, "vendorId">[][];
}

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== "")) as T;

/** The vendor as a catalog file (docs/specs/catalog-file.md): its register rebuilt from what the versions cite. */
export function catalogFileText(vendor: StoredVendor): string {
  const register = new Map<string, CatalogSource>(vendor.register.map((s) => [s.id, s]));
  for (const chain of vendor.chains)
    for (const v of chain) for (const s of v.sources) if (!register.has(s.id)) register.set(s.id, s);
  const version = (v: Omit<ProvisionVersionEntry, "vendorId">) =>
    defined({
      value: isNumberKey(v.key) ? Number(v.value) : v.value,
      statement: v.statement,
      condition: v.condition,
      quote: v.quote,
      sources: v.sources.map((s) => s.id),
      standing: v.standing,
      effectiveOn: v.effectiveOn,
      checkedOn: v.checkedOn,
    });
  const lines = [...vendor.productLines].sort((a, b) => PRODUCT_LINES.indexOf(a.line) - PRODUCT_LINES.indexOf(b.line));
  const file = {
    id: vendor.id,
    name: vendor.name,
    entities: vendor.entities.map(({ history, ...entity }) =>
      defined({ ...entity, history: history.length > 0 ? history : undefined }),
    ),
    productLines: Object.fromEntries(
      lines.map((l) => {
        const described = defined({
          names: l.names.length > 0 ? l.names : undefined,
          note: l.note,
          sources: l.sources.length > 0 ? l.sources : undefined,
        });
        // A line the vendor offers but the file says nothing more about is written as it was: empty.
        return [l.line, Object.keys(described).length > 0 ? described : null];
      }),
    ),
    sources: [...register.values()].map((s) => defined({ ...s })),
    provisions: vendor.chains.map((chain) => {
      const current = chain[chain.length - 1];
      return defined({
        line: current.productLine,
        key: current.key,
        aspect: current.aspect,
        ...version(current),
        history: chain.length > 1 ? chain.slice(0, -1).map(version) : undefined,
      });
    }),
  };
  const doc = new Document(file);
  // Lists of ids and names on one line, as a person writes them: the diff of a change stays small.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return `# ${vendor.name} — vendor catalog file. Format: docs/specs/catalog-file.md\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
