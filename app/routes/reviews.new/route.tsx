// /reviews/new: start a blank review, or start from an answers file.
import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";

import { AnswersImportForm } from "../../components/answers-import-form.tsx";

import type { action } from "./new-review.server.ts";

export { action } from "./new-review.server.ts";

export const meta: MetaFunction = () => [{ title: "Start a review · Clausewise" }];

export default function NewReviewPage() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>Start a review</h1>
      <p className="lede">
        A review covers one vendor and one product line. It takes ten short steps; every step is saved as you go, so you
        can stop at any point and continue later from the Reviews list, on any browser.
      </p>
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
            Every answer in the file is checked first; if anything is wrong, nothing is saved and each problem is
            listed.
          </p>
          <AnswersImportForm
            submitLabel="Start from this file"
            problems={actionData?.problems}
            pasted={actionData?.pasted}
            hidden={{ intent: "import" }}
          />
        </section>
      </div>
    </>
  );
}
