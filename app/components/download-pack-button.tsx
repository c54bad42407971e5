import { Form } from "@remix-run/react";
import { packPath } from "~/wizard/paths";

/**
 * Generating a pack records it, so it is a POST (no GET changes anything); the answer is a redirect to
 * the recorded file, which the browser downloads while the page stays. A full form submission, not a
 * client-side one, so the browser itself handles the download, with or without JavaScript.
 */
export function DownloadPackButton({ reviewId, secondary = false }: { reviewId: string; secondary?: boolean }) {
  return (
    <Form method="post" action={packPath(reviewId)} reloadDocument className="inline-form">
      <button type="submit" className={secondary ? "button button--secondary" : "button"}>
        Download the clause pack (.docx)
      </button>
    </Form>
  );
}
