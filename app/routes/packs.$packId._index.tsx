// /packs/:packId: one hand-built pack: its documents as recorded, and its preview.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useCan } from "../auth/use-user.ts";
import { AuditTrail } from "../components/audit-trail.tsx";
import { HandPackSummary } from "../components/hand-pack-summary.tsx";
import { PackPreview } from "../components/pack-preview.tsx";
import { handPackPage } from "../use-cases/packs/hand-pack-pages.server.ts";
import { getDb } from "../utils/db.server.ts";
import packPreviewStyles from "../pack/pack-preview.css?url";

export const links = () => [{ rel: "stylesheet", href: packPreviewStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Pack for ${data.buyerName} and ${data.vendorName} · Clausewise` : "Pack · Clausewise" },
];

export const loader = ({ params, request }: LoaderFunctionArgs) =>
  handPackPage(getDb(), params.packId, new URL(request.url));

export default function HandPackPage() {
  const data = useLoaderData<typeof loader>();
  const canBuild = useCan("catalog:write");
  return (
    <>
      <p>
        <Link to="/packs">← The packs</Link>
      </p>
      <HandPackSummary data={data} canBuild={canBuild} />
      {data.pack ? (
        <>
          <h2>Preview</h2>
          <PackPreview pack={data.pack} />
        </>
      ) : null}
      <AuditTrail id="pack-history" title="History" events={data.history} empty="Nothing recorded." />
    </>
  );
}
