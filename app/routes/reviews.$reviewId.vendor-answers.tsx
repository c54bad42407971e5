// /reviews/:reviewId/vendor-answers: the vendor's written answers to the questionnaire, imported from the
// workbook it filled in or typed in, and what each settles for the review.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { requireSignedIn } from "../auth/actor.server.ts";
import { useCan } from "../auth/use-user.ts";
import { AuditTrail } from "../components/audit-trail.tsx";
import { ImportWorkbookForm, VendorAnswersByTopic } from "../components/vendor-answers.tsx";
import { respond } from "../http/outcome.ts";
import { vendorAnswersAction, vendorAnswersPage } from "../use-cases/negotiation/vendor-answers.server.ts";
import { getDb } from "../utils/db.server.ts";
import { stepPath } from "../wizard/paths.ts";

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  vendorAnswersPage(getDb(), params.reviewId, new URL(request.url).searchParams);

export const action = async ({ params, request, context }: ActionFunctionArgs) =>
  respond(await vendorAnswersAction(getDb(), params.reviewId, await request.formData(), requireSignedIn(context)));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `The vendor’s written answers · ${data?.review.buyerName ?? "Review"} · Clausewise` },
];

export default function VendorAnswersRoute() {
  const data = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() ?? null;
  const canWrite = useCan("negotiation:write");
  const canPropose = useCan("catalog:write");
  const { review } = data;
  return (
    <div className="narrow">
      <p className="wizard__review">
        <Link to={stepPath(review.id, "review")}>← Back to the review for {review.buyerName ?? "a new buyer"}</Link>
      </p>
      <h1>The vendor’s written answers</h1>
      <p className="lede">
        Send {review.vendorName} the <a href={data.questionnaire.xlsx}>vendor questionnaire (.xlsx)</a>, then import the
        filled-in workbook here, or type an answer (also one given in the{" "}
        <a href={data.questionnaire.docx}>Word questionnaire</a>), each with who answered for the vendor and when. Where
        an answer settles what the catalog does not know, record it: the findings and the documents then use it, with
        the vendor’s written answer as the source.
      </p>
      {!data.ready ? (
        <>
          <p className="notice">
            This review is not finished yet, so it has no vendor questionnaire to answer. Continue with the step{" "}
            <Link to={data.continueAt.path}>“{data.continueAt.title}”</Link>.
          </p>
          {data.carried.length > 0 ? (
            <section aria-labelledby="carried-answers-title">
              <h2 id="carried-answers-title">Answered in writing for the review this one renews</h2>
              <p className="muted">The re-review starts from these answers; ask again where the terms changed.</p>
              {data.carried.map((a) => (
                <div key={a.questionId} className="card">
                  <h3>
                    <code>{a.questionId}</code> {a.question}
                  </h3>
                  <p className="outcome__wording">{a.answer}</p>
                  <p className="source">
                    Answered by {a.answeredBy} on {a.answeredOn}
                  </p>
                </div>
              ))}
            </section>
          ) : null}
        </>
      ) : (
        <>
          {data.notice && !refused ? (
            <p className="banner banner--ok" role="status">
              {data.notice}
            </p>
          ) : null}
          {refused?.intent === "other" ? (
            <p className="banner banner--error" role="alert">
              {refused.message}
            </p>
          ) : null}
          {canWrite ? <ImportWorkbookForm refused={refused?.intent === "import" ? refused : null} /> : null}
          <h2>
            The questions: {data.counts.answered} of {data.counts.questions} answered
          </h2>
          <VendorAnswersByTopic
            questions={data.questions}
            canWrite={canWrite}
            canPropose={canPropose}
            refused={refused}
          />
          <AuditTrail
            id="vendor-answers-history-title"
            title="History of the written answers"
            events={data.events}
            empty="No answer recorded yet."
            intro="Each import, answer typed in, what an answer settles and each proposal to the catalog, with who recorded it; an answer replaced is kept here as it was."
          />
        </>
      )}
    </div>
  );
}
