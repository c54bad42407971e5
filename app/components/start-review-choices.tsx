// The two ways to start a review (/reviews/new): blank (its first step, saved only when the person saves
// it), or from an answers file.
import { Link } from "@remix-run/react";
import type { StartReviewRefusal } from "../use-cases/reviews/start-review.server.ts";
import { NEW_REVIEW_STEP_PATH } from "../wizard/paths.ts";
import { AnswersImportForm } from "./answers-import-form.tsx";

export function StartReviewChoices({ refused }: { refused: StartReviewRefusal | undefined }) {
  return (
    <div className="cards cards--two">
      <section className="card" aria-labelledby="start-new">
        <h2 id="start-new">Start a new review</h2>
        <p>Begin with the purchase: the buyer, the vendor, the product line and the dates.</p>
        {/* A link, not a post: the review is created when its first step is saved, never by this click. */}
        <Link to={NEW_REVIEW_STEP_PATH} className="button">
          Start a new review
        </Link>
      </section>
      <section className="card" aria-labelledby="start-file">
        <h2 id="start-file">Start from an answers file</h2>
        <p>
          Every answer in the file is checked first; if anything is wrong, nothing is saved and each problem is listed.
        </p>
        <AnswersImportForm
          submitLabel="Start from this file"
          problems={refused?.problems}
          pasted={refused?.pasted}
          hidden={{ intent: "import" }}
        />
      </section>
    </div>
  );
}
