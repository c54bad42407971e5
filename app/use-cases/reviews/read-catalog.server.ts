// The catalog as the wizard's pages need it: vendors with their product lines, and current provisions.
import type { VendorProvision } from "../../catalog/types.ts";
import { listCatalog } from "../../models/catalog.server.ts";
import type { Db } from "../../utils/db.server.ts";
import type { CatalogVendorLines } from "../../wizard/vendor-terms.ts";

export function readCatalog(db: Db): { vendors: CatalogVendorLines[]; provisions: VendorProvision[] } {
  const catalog = listCatalog(db);
  return {
    vendors: catalog.map((v) => ({
      id: v.id,
      name: v.name,
      productLines: v.productLines.map((l) => ({ line: l.line, name: l.name })),
    })),
    provisions: catalog.flatMap((v) =>
      v.productLines.flatMap((l) => l.provisions.flatMap((p) => (p.current ? [p.current] : []))),
    ),
  };
}
