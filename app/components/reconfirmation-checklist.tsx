/**
 * The reconfirmation checklist on a page: each position agreed with its wording, the vendor's published
 * position then and now, what to check and the question to re-ask, with a box to tick while working
 * through it (the page does not store the ticks: the .docx is the record the owner keeps).
 */
import type { Reconfirmation } from "../use-cases/negotiation/reconfirmation.server.ts";

export function ReconfirmationChecklist({ r, reviewId }: { r: Reconfirmation; reviewId: string }) {
  const agreedPath = `/reviews/${encodeURIComponent(r.agreed.id)}/agreed`;
  return (
    <div className="reconfirmation" data-testid="reconfirmation">
      <dl className="facts">
        <dt>Agreement</dt>
        <dd>
          {r.agreement ? (
            <>
              {r.agreement.title}, signed {r.agreement.signedOn}, for {r.agreement.termMonths} months (to{" "}
              {r.agreement.endsOn})
            </>
          ) : (
            <span className="unknown">Not recorded</span>
          )}
        </dd>
        <dt>Renewal owner</dt>
        <dd>{r.owner}</dd>
        <dt>Due</dt>
        <dd>{r.due}</dd>
        <dt>Compared</dt>
        <dd>
          {r.inCatalog
            ? `The vendor’s terms as the catalog recorded them on ${r.agreed.changedAt.slice(0, 10)}, when the review agreed was last changed, and today.`
            : "The catalog records no terms for this vendor and product line: each position is to be confirmed in writing."}
        </dd>
      </dl>
      <p>
        <a
          className="button button--secondary"
          href={`/reviews/${encodeURIComponent(reviewId)}/checklist.docx`}
          download
        >
          Download the checklist (.docx)
        </a>
      </p>
      {r.rows.length === 0 ? (
        <p>
          Nothing was recorded as agreed in that negotiation yet. <a href={agreedPath}>Record what was agreed</a>, and
          each position appears here.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data checklist-table">
            <thead>
              <tr>
                <th scope="col">Done</th>
                <th scope="col">Commitment as agreed</th>
                <th scope="col">Vendor’s published position: then → now</th>
                <th scope="col">Check, and re-ask in writing</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr
                  key={row.clauseId}
                  data-clause={row.clauseId}
                  className={row.changed ? "checklist-table__changed" : undefined}
                >
                  <td>
                    <input type="checkbox" aria-label={`Done: ${row.clause}`} />
                  </td>
                  <td>
                    <strong>{row.clause}</strong>
                    <span className="source">{row.position}</span>
                    {row.reason ? <p>Why: {row.reason}</p> : null}
                    {row.wording ? (
                      <details>
                        <summary>The wording agreed</summary>
                        <p className="outcome__wording">{row.wording}</p>
                      </details>
                    ) : null}
                  </td>
                  <td>
                    {row.published.length === 0 ? (
                      <p className="unknown">Not recorded in the catalog: ask the vendor to confirm in writing.</p>
                    ) : (
                      row.published.map((p) => (
                        <div key={p.key} className="checklist-table__position">
                          <strong>
                            {p.label}: {p.changed ? <span className="badge badge--high">Changed</span> : "unchanged"}
                          </strong>
                          {p.changed ? (
                            <>
                              <p>Then: {p.then}</p>
                              <p>Now: {p.now}</p>
                            </>
                          ) : (
                            <p className="muted">{p.now}</p>
                          )}
                        </div>
                      ))
                    )}
                  </td>
                  <td>
                    {row.check ? <p>{row.check}</p> : null}
                    {row.reAsk ? (
                      <p>
                        <em>
                          {row.reAsk.id}: {row.reAsk.text}
                        </em>
                      </p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.isReReview ? (
        <section aria-labelledby="new-questions-title">
          <h2 id="new-questions-title">Questions new since the last review</h2>
          {r.newQuestions.length === 0 ? (
            <p>None: every question the questionnaire asks now was asked then.</p>
          ) : (
            <ol className="new-questions">
              {r.newQuestions.map((q) => (
                <li key={q.id} value={q.number}>
                  <code>{q.id}</code> {q.text}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
    </div>
  );
}
