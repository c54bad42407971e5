// The two ways to start a review (/reviews/new): blank, or from an answers file.
import { Form } from "@remix-run/react";
import type { StartReviewRefusal } from "../use-cases/reviews/start-review.server.ts";
import { AnswersImportForm } from "./answers-import-form.tsx";

export function StartReviewChoices({ refused }: { refused: StartReviewRefusal | undefined }) {
  return (
    <div className="cards cards--two">
      <section className="card" aria-labelledby="start-new">
        <h2 id="start-new">Start a new review</h2>
        <p>Begin with the purchase: the buyer, the vendor, the product line and the dates.</p>
        <Form method="post">
          <button type="submit" name="intent" value="create" className="button">
            Start a new review
          </button>
        </Form>
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
