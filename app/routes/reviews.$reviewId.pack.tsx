// /reviews/:reviewId/pack: the negotiation memo's preview, with the download and the packs recorded so far.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PackPreview } from "../components/pack-preview.tsx";
import { PackHistory } from "../components/pack-history.tsx";
import previewStyles from "../pack/pack-preview.css?url";
import { previewPack } from "../use-cases/packs/preview-pack.server.ts";
import { getDb } from "../utils/db.server.ts";
import { addendumDocxPath, packDocxPath, questionsPath, stepPath } from "../wizard/paths.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: previewStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pack.title} · Clausewise` : "Negotiation memo · Clausewise" },
];

export const loader = ({ params, context }: LoaderFunctionArgs) =>
  previewPack(getDb(), params.reviewId, context.user ?? null);

export default function PackPage() {
  const { reviewId, pack, packs } = useLoaderData<typeof loader>();
  return (
    <>
      <nav className="pack-actions" aria-label="Negotiation memo">
        <Link to={stepPath(reviewId, "review")}>← Back to the review</Link>
        <a className="button" href={packDocxPath(reviewId)} download>
          Download the negotiation memo (.docx)
        </a>
        <a className="button button--secondary" href={addendumDocxPath(reviewId)} download>
          Download the addendum for the vendor (.docx)
        </a>
        <a className="button button--secondary" href={questionsPath(reviewId, "xlsx")} download>
          Download the vendor questionnaire (.xlsx)
        </a>
        <a className="button button--secondary" href={questionsPath(reviewId, "docx")} download>
          Download the vendor questionnaire (.docx)
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
