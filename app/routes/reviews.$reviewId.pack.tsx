import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PackPreview } from "../components/pack-preview.tsx";
import { PackHistory } from "../components/pack-history.tsx";
import { listPacks } from "../models/pack.server.ts";
import { buildClausePack } from "../pack/build-pack.ts";
import { evaluateAnswers } from "../use-cases/reviews/evaluate.server.ts";
import previewStyles from "../pack/pack-preview.css?url";
import { requireCompleteReview } from "../use-cases/reviews/load-review.server.ts";
import { ANSWERS_FILE_VERSION } from "../questionnaire/answers.ts";
import { getDb } from "../utils/db.server.ts";
import { packDocxPath, stepPath } from "../wizard/paths.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: previewStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pack.title} · Clausewise` : "Clause pack · Clausewise" },
];

export function loader({ params, context }: LoaderFunctionArgs) {
  const db = getDb();
  const review = requireCompleteReview(db, params.reviewId);
  const { evaluation, library, vendorName } = evaluateAnswers(db, review.answers);
  const pack = buildClausePack({
    evaluation,
    library,
    vendorName,
    // As a download by this person would say (the preview shows what they would get).
    preparedBy: context.user?.name ?? "Not recorded",
    generatedAt: new Date().toISOString(),
    answersVersion: ANSWERS_FILE_VERSION,
  });
  return { reviewId: review.id, pack, packs: listPacks(db, review.id) };
}

export default function PackPage() {
  const { reviewId, pack, packs } = useLoaderData<typeof loader>();
  return (
    <>
      <nav className="pack-actions" aria-label="Clause pack">
        <Link to={stepPath(reviewId, "review")}>← Back to the review</Link>
        <a className="button" href={packDocxPath(reviewId)} download>
          Download the clause pack (.docx)
        </a>
      </nav>
      <p className="muted">
        This is a preview of the document. The download holds the same sections and the same words, laid out for Word.
      </p>
      <PackPreview pack={pack} />
      <PackHistory reviewId={reviewId} packs={packs} />
    </>
  );
}
