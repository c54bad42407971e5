/**
 * Which of the vendor's published provisions each clause's commitment rests on: a change to one of them
 * after the agreement touches what was agreed for that clause, and the renewal owner reconfirms it.
 * Counsel's reading of each clause, kept explicit (clauses.test checks every id and key exists). A clause
 * not listed rests on no published provision (the parties' own terms: liability, insurance …).
 * Pure.
 */
import type { ProvisionKey } from "../catalog/types.ts";

export const CLAUSE_PROVISIONS: Readonly<Record<string, readonly ProvisionKey[]>> = {
  "written-commitment": ["governing_terms", "terms_change"],
  "covered-services": ["governing_terms", "training_default"],
  "no-training": ["training_use_of_input", "training_default", "training_carve_outs"],
  "feedback-excluded": ["training_carve_outs"],
  "safety-review-limits": ["training_carve_outs", "human_review", "retention_days"],
  "personnel-access": ["human_review"],
  "retention-limit": ["retention", "retention_days"],
  "zero-data-retention": ["zero_data_retention", "retention", "retention_days"],
  "deletion-on-termination": ["retention", "retention_days"],
  "usage-data": ["usage_data"],
  "audit-verification": ["audit_right", "certifications"],
  "security-reports": ["certifications"],
  "output-ownership": ["output_ownership", "output_assignment_qualified"],
  "unconditional-assignment": ["output_assignment_conditional"],
  "output-ip-indemnity": ["ip_indemnity"],
  "change-control": ["terms_change"],
  dpa: ["dpa"],
  "hipaa-baa": ["baa"],
  "data-residency": ["data_residency"],
  "international-transfers": ["data_residency", "dpa"],
  subprocessors: ["subprocessors"],
  "breach-notification": ["security_incident_notice"],
  "minors-safeguards": ["minimum_age"],
  "acceptable-use": ["permitted_use", "competing_model_restriction"],
  "customer-models-and-derived-data": ["training_use_of_input"],
  "model-changes": ["terms_change"],
};

/** The provisions a clause's commitment rests on, in the catalog's order of keys. */
export function provisionsOfClause(clauseId: string): readonly ProvisionKey[] {
  return CLAUSE_PROVISIONS[clauseId] ?? [];
}

/** The clauses whose commitments a change to `key` touches. */
export function clausesTouchedBy(key: ProvisionKey, clauseIds: readonly string[]): string[] {
  return clauseIds.filter((id) => provisionsOfClause(id).includes(key));
}
