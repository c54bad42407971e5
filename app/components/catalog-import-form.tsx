/**
 * The catalog import form: catalog files chosen (several at once), or one file's text pasted in. A refused
 * import lists every problem with its file and line at the top and keeps the pasted text; a done one says
 * what changed for each vendor.
 */
import { Form } from "@remix-run/react";

import type { CatalogImportDone, CatalogImportRefusal } from "../use-cases/catalog/catalog-files.server.ts";
import { CATALOG_PASTE_FIELD, CATALOG_UPLOAD_FIELD } from "../use-cases/catalog/catalog-fields.ts";
import { ErrorSummary } from "./error-summary.tsx";

export function CatalogImportForm({ result }: { result: CatalogImportRefusal | CatalogImportDone | undefined }) {
  const refused = result && "problems" in result ? result : null;
  const done = result && "imported" in result ? result : null;
  return (
    <>
      {refused ? (
        <ErrorSummary
          title="The catalog file has problems"
          intro="Nothing was imported. Correct the file, then choose it again below (or paste it again):"
          items={refused.problems.map((message) => ({ message }))}
          autoFocus
        />
      ) : null}
      {done ? (
        <div className="banner banner--ok" role="status">
          <h2>Imported</h2>
          <ul>
            {done.imported.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="import-form" noValidate reloadDocument>
        <div className="question">
          <label className="question__label" htmlFor="catalog-files">
            Catalog files (.yaml)
          </label>
          <p className="question__help" id="catalog-files-help">
            One file per vendor; choose several to import them together (up to 100 KB in all).
          </p>
          <input
            id="catalog-files"
            className="input input--file"
            type="file"
            name={CATALOG_UPLOAD_FIELD}
            accept=".yaml,.yml,text/yaml"
            multiple
            aria-describedby="catalog-files-help"
          />
        </div>
        <div className="question">
          <label className="question__label" htmlFor="catalog-text">
            Or paste a file’s contents <span className="question__requirement">(as well as, or instead of, files)</span>
          </label>
          <textarea
            id="catalog-text"
            className="input input--code"
            name={CATALOG_PASTE_FIELD}
            rows={10}
            spellCheck={false}
            defaultValue={refused?.pasted ?? ""}
            placeholder={"id: examplevendor\nname: Example Vendor\n…"}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Import
          </button>
        </div>
      </Form>
    </>
  );
}
