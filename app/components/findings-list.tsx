/**
 * The rules' findings: severity, what the gap is, and why it was raised — the buyer's answers and the
 * vendor's provisions behind it, quoted with source and date, or said to be unknown.
 */
import { PRODUCT_LINE_LABELS, PROVISION_KEYS, type ProductLine } from "../catalog/types.ts";
import { SEVERITY_LABELS } from "../pack/format.ts";
import { describeAnswer, questionLabel } from "../questionnaire/describe.ts";
import type { FindingResult } from "../rules/evaluate.ts";

import { ProvisionSource } from "./provision-source.tsx";

/** What kind of finding it is: a gap in recorded terms, an unknown to ask about, or the buyer's own need. */
const STATUS_WORDS = {
  gap: "Gap in the vendor’s recorded terms",
  unknown: "Not known: to confirm with the vendor in writing",
  requirement: "Your situation needs this",
} as const;

function lineLabel(line: ProductLine | "unsure"): string {
  return line === "unsure" ? "product line not known" : PRODUCT_LINE_LABELS[line];
}

export function FindingsList({ findings, vendorName }: { findings: readonly FindingResult[]; vendorName: string }) {
  return (
    <ol className="findings">
      {findings.map((f) => (
        <li key={f.id} className={`finding finding--${f.severity}`} data-finding={f.id}>
          <h3>
            <span className={`badge badge--${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span> {f.title}
          </h3>
          <p className={`finding__status finding__status--${f.status}`}>{STATUS_WORDS[f.status]}</p>
          <p>{f.explanation}</p>
          <div className="finding__because">
            <h4>Why it was raised</h4>
            <ul>
              {f.because.answers.map((a) => (
                <li key={`answer:${a.id}`}>
                  Your answer — {questionLabel(a.id)}: <strong>{describeAnswer(a.id, a.value, vendorName)}</strong>
                </li>
              ))}
              {f.because.provisions.map((p) => (
                <li key={`provision:${p.key}:${p.productLine}`}>
                  {p.known && p.writtenAnswer ? `${vendorName}’s written answer` : `${vendorName}’s terms`},{" "}
                  {lineLabel(p.productLine)} — {PROVISION_KEYS[p.key].label}:{" "}
                  {p.known ? (
                    <>
                      {p.statement}
                      {p.condition ? <span className="source">Condition: {p.condition}</span> : null}
                      <ProvisionSource p={p} />
                    </>
                  ) : (
                    <span className="unknown">{p.statement}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
          {f.vendorQuestion ? (
            <p className="finding__ask">
              <strong>Ask the vendor in writing:</strong> “{f.vendorQuestion}”
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

const GROUPS = [
  { status: "gap", title: "Gaps in the vendor’s recorded terms" },
  { status: "unknown", title: "Not known: to confirm with the vendor in writing" },
  { status: "requirement", title: "What your own situation needs" },
] as const;

/**
 * The findings grouped by status, each group folded with its count and severities in its summary, so the
 * page can be read top to bottom: the summary first, then each group opened as needed.
 */
export function FindingsByStatus({ findings, vendorName }: { findings: readonly FindingResult[]; vendorName: string }) {
  return (
    <>
      {GROUPS.map(({ status, title }) => {
        const group = findings.filter((f) => f.status === status);
        if (group.length === 0) return null;
        const severities = (["high", "medium", "low", "info"] as const)
          .map((s) => [s, group.filter((f) => f.severity === s).length] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${n} ${SEVERITY_LABELS[s].toLowerCase()}`)
          .join(", ");
        return (
          <details key={status} className="findings-group" data-status={status}>
            <summary>
              <strong>{title}</strong> ({group.length}: {severities})
            </summary>
            <FindingsList findings={group} vendorName={vendorName} />
          </details>
        );
      })}
    </>
  );
}
