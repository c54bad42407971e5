import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/coming-soon.tsx";

export const meta: MetaFunction = () => [{ title: "Reviews · Clausewise" }];

export default function Reviews() {
  return (
    <ComingSoon title="Reviews are coming">
      <p>
        The questionnaire wizard, where you review one vendor and product line and generate its clause pack, is being
        built. Until it lands, the command line writes a clause pack from an answers file:{" "}
        <code>npx clausewise pack --answers answers.json --out pack.docx</code>.
      </p>
    </ComingSoon>
  );
}
