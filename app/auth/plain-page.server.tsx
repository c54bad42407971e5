import { renderToStaticMarkup } from "react-dom/server";

import { PlainPage } from "../components/plain-page.tsx";
import type { SessionUser } from "../models/user.server.ts";
import styles from "../styles/app.css?url";

/** The whole HTML of a plain page (refusals, server errors), every value escaped by React. */
export function renderPlainPage(options: {
  title: string;
  message: string;
  user: SessionUser | null;
  requestId?: string;
}): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <PlainPage title={options.title} stylesheet={styles} user={options.user}>
      <p>{options.message}</p>
      {options.requestId ? (
        <p className="muted">
          Reference for whoever runs Clausewise: <code>{options.requestId}</code>
        </p>
      ) : null}
    </PlainPage>,
  )}`;
}
