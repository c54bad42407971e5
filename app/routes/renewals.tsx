import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/coming-soon.tsx";

export const meta: MetaFunction = () => [{ title: "Renewals · Clausewise" }];

export default function Renewals() {
  return (
    <ComingSoon title="Renewals are coming">
      <p>
        This page will list the agreements whose renewal is due, so their owners can re-review the vendor’s terms
        before each renewal, starting from last time’s answers.
      </p>
    </ComingSoon>
  );
}
