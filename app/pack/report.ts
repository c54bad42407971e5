// The JSON report the command line writes beside a pack: the findings and clauses with their reasons.
import type { ReviewEvaluation } from "../rules/evaluate.ts";

export function packReport(evaluation: ReviewEvaluation, answersVersion: number) {
  return {
    answersVersion,
    libraryVersion: evaluation.libraryVersion,
    exposure: evaluation.exposure,
    counts: evaluation.counts,
    findings: evaluation.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
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
