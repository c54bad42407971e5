import type { PackKind, PackRecord } from "../models/pack.server.ts";
import { DOCUMENT_FORMATS } from "../pack/document-kinds.ts";
import { formatBytes } from "../utils/format-bytes.ts";
import { utcSecond } from "../utils/format-time.ts";
import { packFilePath } from "../wizard/paths.ts";

const KIND_WORDS: Record<PackKind, string> = {
  memo: "Negotiation memo",
  addendum: "Addendum for the vendor",
  "questionnaire-xlsx": "Vendor questionnaire (.xlsx)",
  "questionnaire-docx": "Vendor questionnaire (.docx)",
};

/** Every document generated for a review, with what, when, the clause-library version and the file's hash. */
export function PackHistory({ reviewId, packs }: { reviewId: string; packs: PackRecord[] }) {
  return (
    <section className="pack-history card" aria-labelledby="pack-history-title">
      <h2 id="pack-history-title">Documents generated</h2>
      {packs.length === 0 ? (
        <p className="muted">
          None yet. Each document downloaded (the negotiation memo, the addendum, the vendor questionnaire) is recorded
          here, with who downloaded it first and its SHA-256 hash.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Generated</th>
                <th scope="col">By</th>
                <th scope="col">Clause library</th>
                <th scope="col">SHA-256 of the file</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {packs.map((p) => (
                <tr key={p.id}>
                  <td>{KIND_WORDS[p.kind]}</td>
                  <td>{utcSecond(p.generatedAt)}</td>
                  <td>{p.generatedBy ?? "Not recorded"}</td>
                  <td>
                    <code>{p.libraryVersion}</code>
                  </td>
                  <td>
                    <code className="hash">{p.sha256}</code>
                  </td>
                  <td>
                    <a href={packFilePath(reviewId, p.id, DOCUMENT_FORMATS[p.kind].extension)} download>
                      Download ({formatBytes(p.bytes)})
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
