// The head of a hand-built pack's page: who built it for whom and when, its recorded documents with their
// SHA-256, and, when the clause library has changed since, the way to build it again with the new one.
import { Link } from "@remix-run/react";
import { DOCUMENT_FORMATS } from "../pack/document-kinds.ts";
import { formatGeneratedAt } from "../pack/format.ts";
import type { HandPackPage } from "../use-cases/packs/hand-pack-pages.server.ts";

export function HandPackSummary({ data, canBuild }: { data: Omit<HandPackPage, "pack">; canBuild: boolean }) {
  const changed = data.currentLibraryVersion !== data.libraryVersion;
  return (
    <>
      {data.built ? (
        <div className="banner banner--success" role="status">
          <p>The pack is built: its addendum and memo are recorded below.</p>
        </div>
      ) : null}
      <h1>
        Pack for {data.buyerName} and {data.vendorName}
      </h1>
      <p className="lede">
        Built by hand from the clause library by {data.createdBy} on {formatGeneratedAt(data.createdAt)}, with clause
        library <code>{data.libraryVersion}</code>.
      </p>
      <h2>Documents</h2>
      <ul className="pack-history">
        {data.documents.map((d) => (
          <li key={d.id}>
            <a href={`/packs/${data.id}/${d.kind}.docx`} download>
              {DOCUMENT_FORMATS[d.kind].name} (.docx)
            </a>{" "}
            <span className="muted">
              {Math.ceil(d.bytes / 1024)} kB · SHA-256 <code>{d.sha256}</code>
            </span>
          </li>
        ))}
      </ul>
      {changed ? (
        <div className="banner" role="note">
          <p>
            The clause library has changed since this pack was built (it is now{" "}
            <code>{data.currentLibraryVersion}</code>): the documents above keep the wording they were built with, and
            the preview is not shown.
            {canBuild ? (
              <>
                {" "}
                <Link to={data.rebuild}>Build it again with the current library</Link>.
              </>
            ) : null}
          </p>
        </div>
      ) : canBuild ? (
        <p>
          <Link to={data.rebuild}>Build another pack from these clauses and values</Link>
        </p>
      ) : null}
    </>
  );
}
