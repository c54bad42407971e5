/**
 * Beside each step, what the vendor's published terms say on its topic for the product lines in use,
 * quoted with source and date; and, when a consumer product is in use, the callout that sets its terms
 * apart from the commercial terms.
 */
import { UNKNOWN_PROVISION } from "../catalog/format.ts";
import { PRODUCT_LINE_LABELS } from "../catalog/types.ts";
import type { ConsumerTerms, LineTerms, StepTerms } from "../wizard/vendor-terms.ts";
import type { StepId } from "../questionnaire/questions.ts";
import { wizardStepPath } from "../wizard/paths.ts";

import { ProvisionSource } from "./provision-source.tsx";

export const VENDOR_TERMS_ID = "vendor-terms";

function Line({ line, vendorName, headed }: { line: LineTerms; vendorName: string; headed: boolean }) {
  return (
    <section className="vendor-terms__line" aria-label={`${vendorName} — ${line.lineLabel}`}>
      {headed ? (
        <h3>
          {line.lineLabel}
          {line.productName ? <span className="source">{line.productName}</span> : null}
        </h3>
      ) : line.productName ? (
        <p className="source">{line.productName}</p>
      ) : null}
      {line.productName === null ? (
        <p className="unknown">
          The catalog has no {line.lineLabel.toLowerCase()} product line for {vendorName}, so its terms for it are
          unknown. {UNKNOWN_PROVISION}
        </p>
      ) : (
        <dl className="provisions">
          {line.provisions.map(({ key, label, provision, more }) => (
            <div key={key} className="provisions__item" data-provision={key}>
              <dt>{label}</dt>
              <dd>
                {provision ? (
                  <>
                    {provision.statement}
                    {provision.condition ? <span className="source">Condition: {provision.condition}</span> : null}
                    <ProvisionSource p={provision} />
                  </>
                ) : (
                  <span className="unknown">{UNKNOWN_PROVISION}</span>
                )}
                {more.map((p) => (
                  <p key={p.aspect} className="provisions__more">
                    {p.statement} <ProvisionSource p={p} />
                  </p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function VendorTermsAside({
  terms,
  stepId,
  reviewId,
}: {
  terms: StepTerms;
  stepId: StepId;
  /** Null for a review not saved yet. */
  reviewId: string | null;
}) {
  if (terms.kind === "noTopic") {
    if (stepId !== "context") return null;
    return (
      <aside className="vendor-terms" id={VENDOR_TERMS_ID} aria-labelledby="vendor-terms-title">
        <h2 id="vendor-terms-title">The vendor’s terms, beside each question</h2>
        <p>
          Once you have chosen the vendor and the product line, each step shows here what that vendor’s published terms
          say on the step’s topic, quoted, with the source and the date it was checked — and says so plainly where the
          catalog does not know.
        </p>
        <p className="muted">
          The product line matters: a vendor’s commercial API, business seats, consumer app and cloud-marketplace
          offering are governed by different terms.
        </p>
      </aside>
    );
  }
  const choose = (what: string) => (
    <p>
      Choose {what} on the first step, <a href={wizardStepPath(reviewId, "context") ?? undefined}>The purchase</a>, to
      see what the vendor’s terms say here.
    </p>
  );
  let title: string;
  let body;
  switch (terms.kind) {
    case "noVendor":
      title = "What the vendor’s terms say";
      body = choose("the vendor");
      break;
    case "noProductLine":
      title = `What ${terms.vendorName}’s terms say`;
      body = choose("the product line");
      break;
    case "notInCatalog":
      title = `What ${terms.vendorName}’s terms say`;
      body = (
        <>
          <p className="unknown">
            {terms.vendorName} is not in the catalog: Clausewise knows nothing of its terms. {UNKNOWN_PROVISION}
          </p>
          <p>Ask for its position on: {terms.topics}.</p>
        </>
      );
      break;
    case "terms": {
      const single = terms.lines.length === 1 && !terms.lineUnsure;
      title = single
        ? `What ${terms.vendorName}’s terms say for ${PRODUCT_LINE_LABELS[terms.lines[0].line]}`
        : `What ${terms.vendorName}’s terms say for each product line`;
      body = (
        <>
          {terms.lineUnsure ? (
            <p>
              You are not sure which product line you are buying. Here is what each of {terms.vendorName}’s product
              lines says: they differ, so find out which one applies before you sign.
            </p>
          ) : null}
          {terms.lines.map((line) => (
            <Line key={line.line} line={line} vendorName={terms.vendorName} headed={!single} />
          ))}
        </>
      );
      break;
    }
  }
  return (
    <aside className="vendor-terms" id={VENDOR_TERMS_ID} aria-labelledby="vendor-terms-title">
      <h2 id="vendor-terms-title">{title}</h2>
      {body}
      <p className="vendor-terms__note">
        A vendor’s published position is a default, not a guarantee, until it is written into your agreement.
      </p>
    </aside>
  );
}

/**
 * The consumer callout: consumer terms are not the commercial terms. The catalog's consumer provisions
 * where it has them; general words, marked as such, where it does not.
 */
export function ConsumerCallout({ terms, vendorName }: { terms: ConsumerTerms | null; vendorName: string | null }) {
  const name = terms?.vendorName ?? vendorName ?? "the vendor";
  const unknown = `The catalog does not record ${name}’s consumer terms on this: ask the vendor in writing.`;
  return (
    <section className="consumer-callout" aria-labelledby="consumer-callout-title">
      <h2 id="consumer-callout-title">A consumer product is in use: its terms are not your commercial terms</h2>
      <p>
        Company data that staff type into a consumer product
        {terms?.productName ? ` (${terms.productName})` : ""} is governed by the consumer terms each person accepted,
        not by the agreement you negotiate. On consumer products:
      </p>
      <ul>
        <li>
          <strong>Training by default.</strong>{" "}
          {terms?.trainingDefault ? (
            <>
              {terms.trainingDefault.statement} <ProvisionSource p={terms.trainingDefault} />
            </>
          ) : (
            <>
              Consumer plans commonly use conversations to train models unless the user opts out.{" "}
              <span className="unknown">{unknown}</span>
            </>
          )}
        </li>
        <li>
          <strong>Opt-out per user.</strong> Where there is an opt-out, each person sets it in their own account; your
          company cannot switch it off for everyone, and it says nothing about what staff have already typed in.
          {terms?.trainingDefault?.condition ? (
            <span className="source">Condition: {terms.trainingDefault.condition}</span>
          ) : null}
        </li>
        <li>
          <strong>Feedback and safety review.</strong>{" "}
          {terms?.carveOuts ? (
            <>
              {terms.carveOuts.statement} <ProvisionSource p={terms.carveOuts} />
            </>
          ) : (
            <>
              On some consumer products, a conversation the user rates, and content flagged for safety review, can still
              be used for training after an opt-out. <span className="unknown">{unknown}</span>
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
