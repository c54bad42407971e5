// The JSON report the command line writes beside a pack (version 2): the findings with their status and
// the clauses, with their reasons; the counts per severity split into confirmed and to confirm.
import type { ReviewEvaluation } from "../rules/evaluate.ts";

export function packReport(evaluation: ReviewEvaluation, answersVersion: number) {
  return {
    reportVersion: 2,
    answersVersion,
    libraryVersion: evaluation.libraryVersion,
    exposure: evaluation.exposure,
    // Per severity: confirmed (gap and requirement findings) and still to confirm with the vendor (unknown).
    counts: evaluation.split,
    findings: evaluation.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      status: f.status,
      title: f.title,
      because: { answers: f.because.answers, provisions: f.because.provisions },
    })),
    clauses: evaluation.clauses.map((c) => ({
      id: c.id,
      title: c.title,
      variant: c.variant,
      because: c.because,
    })),
  };
}
