// A pack with every clause of the library, built by hand: what legal gets when it picks them all.
import type { ClauseLibrary } from "../clauses/library.ts";
import type { VariableValues } from "../clauses/variables.ts";
import { handPickedEvaluation } from "../rules/hand-picked.ts";
import { buildClausePack } from "./build-pack.ts";
import type { ClausePack } from "./model.ts";

export const FULL_PACK_VALUES: VariableValues = {
  buyerName: "Example Corp",
  vendorName: "Anthropic",
  productLine: "the commercial API",
  coveredProducts: "the commercial API and the consumer app (free or individual paid plans)",
  maxRetentionDays: "30",
  deletionDays: "30",
  subprocessorNoticeDays: "30",
  breachNoticeHours: "72",
  changeNoticeDays: "60",
  residencyRegion: "the European Economic Area",
  securityReports: "a SOC 2 Type II report and a current ISO/IEC 27001 certificate",
  reviewLeadDays: "90",
  useCase: "Drafting replies to customer support tickets for review by our support agents.",
  highRiskUses: "employment (hiring, promotion, dismissal or the monitoring of workers)",
  customizations: "fine-tuned models and retrieval indexes",
  toolUse: "web search (including the fetching of web pages) and connectors to other systems",
  superCapMultiple: "three",
  modelChangeNoticeDays: "90",
};

/** Every clause of the library, `times` times over (a stress pack when more than once). */
export function fullLibraryPack(library: ClauseLibrary, generatedAt: string, times = 1): ClausePack {
  const evaluation = handPickedEvaluation({
    library,
    selections: Array.from({ length: times }, () => library.clauses.map((c) => ({ id: c.id }))).flat(),
    values: FULL_PACK_VALUES,
  });
  return buildClausePack({
    evaluation,
    library,
    vendorName: FULL_PACK_VALUES.vendorName!,
    preparedBy: "Clausewise tests",
    generatedAt,
    answersVersion: 1,
    variables: FULL_PACK_VALUES,
    selection: "hand",
  });
}
