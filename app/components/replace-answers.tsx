// Replacing a draft's answers with a file (/reviews/:reviewId/import), or why a complete review keeps its own.
import { Link } from "@remix-run/react";
import type { ImportPage, ImportRefusal } from "../use-cases/reviews/import-answers.server.ts";
import { exportPath } from "../wizard/paths.ts";
import { AnswersImportForm } from "./answers-import-form.tsx";

export function ReplaceAnswers({
  review,
  refused,
}: {
  review: ImportPage["review"];
  refused: ImportRefusal | undefined;
}) {
  return (
    <>
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
            problems={refused?.problems}
            pasted={refused?.pasted}
            // A refused import keeps the version the page was built from, so a second try is refused too.
            hidden={{ version: refused?.version ?? review.version }}
          />
        </>
      )}
    </>
  );
}
