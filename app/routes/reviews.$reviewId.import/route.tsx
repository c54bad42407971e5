// /reviews/:reviewId/import: replace a draft's answers with those of an answers file.
import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { AnswersImportForm } from "../../components/answers-import-form.tsx";
import { exportPath, reviewPath } from "../../wizard/paths.ts";

import type { action, loader } from "./import.server.ts";

export { action, loader } from "./import.server.ts";

export const meta: MetaFunction = () => [{ title: "Replace the answers · Clausewise" }];

export default function ImportPage() {
  const { review } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="narrow">
      <p className="wizard__review">
        <Link to={reviewPath(review.id)}>← Back to the review for {review.buyerName ?? "a new buyer"}</Link>
      </p>
      <h1>Replace the answers with a file</h1>
      {review.status === "complete" ? (
        <div className="notice">
          <p>
            This review is complete, so its answers are kept as they are. To work from a file,{" "}
            <Link to="/reviews/new">start a new review from it</Link>; to change an answer here, use the Edit links on
            the review step.
          </p>
        </div>
      ) : (
        <>
          <p className="lede">
            Every answer of this draft is replaced by the file’s. The file is checked first; if anything is wrong,
            nothing is replaced. To keep a copy of the current answers,{" "}
            <a href={exportPath(review.id)}>download them</a> first.
          </p>
          <AnswersImportForm
            submitLabel="Replace the answers"
            problems={actionData?.problems}
            pasted={actionData?.pasted}
            // A refused import keeps the version the page was built from, so a second try is refused too.
            hidden={{ version: actionData?.version ?? review.version }}
          />
        </>
      )}
    </div>
  );
}
