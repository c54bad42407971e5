// On the review page: how far the vendor has answered the questionnaire in writing, and the way to the
// page where its answers are imported or typed in.
import { Link } from "@remix-run/react";

export function VendorAnswersLink({ summary }: { summary: { answered: number; questions: number; path: string } }) {
  return (
    <section className="card" aria-labelledby="vendor-answers-title">
      <h2 id="vendor-answers-title">The vendor’s written answers</h2>
      <p>
        {summary.answered} of {summary.questions} questions answered —{" "}
        <Link to={summary.path}>Record or import the answers</Link>
      </p>
    </section>
  );
}
