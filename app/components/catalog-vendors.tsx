// The catalog page's list of vendors (/catalog): each with its product lines and how much the catalog
// knows of each, and the filter that opens one vendor's terms.
import { Form, Link } from "@remix-run/react";
import { PRODUCT_LINE_LABELS } from "../catalog/types.ts";
import type { CatalogPage } from "../use-cases/catalog/record-provision.server.ts";

const vendorHref = (id: string) => `/catalog?vendor=${encodeURIComponent(id)}`;

/** A GET form, so a vendor's page can be bookmarked and the filter works without JavaScript. */
export function VendorFilter({ vendors, selected }: { vendors: CatalogPage["vendors"]; selected: string }) {
  return (
    <Form method="get" className="filters" aria-label="Choose a vendor">
      <div className="filters__field">
        <label htmlFor="catalog-vendor">Vendor</label>
        <select id="catalog-vendor" name="vendor" className="input" defaultValue={selected}>
          <option value="">All vendors</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Show
      </button>
      {selected ? <Link to="/catalog">All vendors</Link> : null}
    </Form>
  );
}

export function VendorList({ vendors }: { vendors: CatalogPage["vendors"] }) {
  return (
    <div className="table-wrap">
      <table className="data stack catalog-vendors">
        <caption className="visually-hidden">{vendors.length} vendors in the catalog</caption>
        <thead>
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Product lines, and how many of the catalog’s provisions are known</th>
          </tr>
        </thead>
        <tbody>
          {vendors.map((v) => (
            <tr key={v.id} data-vendor={v.id}>
              <td>
                <Link to={vendorHref(v.id)}>{v.name}</Link>
              </td>
              <td>
                <ul className="plain-list">
                  {v.lines.map((l) => (
                    <li key={l.line}>
                      {PRODUCT_LINE_LABELS[l.line]}
                      {l.names.length > 0 ? `: ${l.names.join(", ")}` : ""}{" "}
                      <span className="muted">
                        · {l.known} of {l.keys} provisions known
                        {l.facts > l.known
                          ? `, ${l.facts - l.known} further fact${l.facts - l.known === 1 ? "" : "s"}`
                          : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
