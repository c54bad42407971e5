/**
 * The list of a form's problems at its top, each a link to its field. Without JavaScript the page opens
 * with focus on it (autofocus), so a keyboard or screen-reader user hears what went wrong first.
 */
export const ERROR_SUMMARY_ID = "error-summary";

export interface SummaryItem {
  /** The id of the element the link focuses; none for a problem that is not in a field of this page. */
  target?: string;
  message: string;
  /** The field the problem is about, where it is not a field of this page (an answers file's question id). */
  field?: string;
}

export function ErrorSummary({
  items,
  title = "There is a problem",
  intro,
  autoFocus,
}: {
  items: readonly SummaryItem[];
  title?: string;
  intro?: string;
  autoFocus: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <div
      id={ERROR_SUMMARY_ID}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      autoFocus={autoFocus}
    >
      <h2 id="error-summary-title">{title}</h2>
      {intro ? <p>{intro}</p> : null}
      <ul>
        {items.map((item) => (
          <li key={`${item.field ?? item.target}:${item.message}`}>
            {item.field ? <code className="error-summary__field">{item.field}</code> : null}
            {item.target ? <a href={`#${item.target}`}>{item.message}</a> : item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
