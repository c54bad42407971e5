// Who did what, when: a review's history, the recent changes to accounts or to the catalog.
import type { AuditLine } from "../models/audit.server.ts";
import { utcMinute } from "../utils/format-time.ts";

export function AuditTrail({
  id,
  title,
  events,
  empty,
  intro,
}: {
  id: string;
  title: string;
  events: (Pick<AuditLine, "id" | "at" | "actor" | "action" | "what"> & { linkedReview?: AuditLine["linkedReview"] })[];
  empty: string;
  intro?: string;
}) {
  return (
    <section className="audit-trail card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {events.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data stack audit-trail__table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-event={event.action}>
                  <td className="audit-trail__when">
                    <time dateTime={event.at}>{utcMinute(event.at)}</time>
                  </td>
                  <td>
                    <span className="cell-label">Who: </span>
                    {event.actor ?? (
                      <span className="muted">
                        {event.action === "user.created" ? "Command line" : "Nobody signed in"}
                      </span>
                    )}
                  </td>
                  <td className="audit-trail__what">
                    <span className="cell-label">What: </span>
                    {event.what}
                    {event.linkedReview ? (
                      <>
                        {" "}
                        ·{" "}
                        <a href={`/reviews/${encodeURIComponent(event.linkedReview.id)}/review`}>
                          {event.linkedReview.label}
                        </a>
                      </>
                    ) : null}
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
