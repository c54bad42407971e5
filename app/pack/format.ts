/**
 * The fixed words and numbering of the clause pack, shared by the .docx (docx.server.ts) and the preview
 * (components/pack-preview.tsx) so both say the same thing. Pure: no docx, no React.
 *
 * Everything the buyer or the library wrote comes from the model untouched; only the labels around it
 * are here.
 */
import { PRODUCT_LINE_LABELS, PROVISION_KEYS, type ProvisionKey } from "../catalog/types.ts";
import type { ProductLineAdvice } from "../rules/evaluate.ts";
import type { ClausePack, PackAnswerRef, PackProvisionRef, PackRenewalItem, Severity } from "./model.ts";

export const SEVERITIES: readonly Severity[] = ["high", "medium", "low", "info"];

export const SEVERITY_LABELS: Record<Severity | "none", string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
  none: "None",
};

/** Section headings, in the order of the pack (the clause pack as the README describes it). */
export const SECTION_TITLES = {
  summary: "Summary",
  findings: "Findings",
  definitions: "Definitions",
  clauses: "Clauses",
  questions: "Questions for the vendor",
  renewal: "Renewal checklist",
  traceability: "Traceability",
  sources: "Sources",
} as const;

/** The memo of a hand-built pack says where it comes from, where a review's shows its exposure and findings. */
export const HAND_BUILT_NOTE =
  "Built by hand from the clause library, not from a review: no questionnaire was answered and the vendor’s " +
  "terms were not compared, so this memo has no findings and no exposure. The clauses are those legal chose, " +
  "with the values typed for their variables.";

export const HAND_SUBTITLE =
  "For the buyer’s side only: contract language chosen from the clause library, with its fallback positions, " +
  "the questions for the vendor and a renewal checklist";

/** The subtitle under the memo's title: a hand-built pack has no findings to announce. */
export function subtitleOf(pack: Pick<ClausePack, "builtByHand">): string {
  return pack.builtByHand ? HAND_SUBTITLE : SUBTITLE;
}

export const SUBTITLE =
  "For the buyer’s side only: the findings, the contract language to negotiate with its fallback positions, " +
  "the questions for the vendor and a renewal checklist";

export const LABELS = {
  contents: "Contents",
  buyer: "Buyer",
  vendor: "Vendor",
  productLines: "Product lines",
  stage: "Stage",
  preparedBy: "Prepared by",
  generatedAt: "Generated at",
  libraryVersion: "Clause library version",
  exposure: "Overall exposure",
  findingsBySeverity: "Findings by severity",
  topAsks: "The most important asks",
  noAsks: "No asks: nothing in the answers calls for a change to the vendor’s terms.",
  noFindings: "No findings: the answers and the vendor’s published terms raise no gap.",
  noClauses: "No clauses: nothing in the answers calls for contract language.",
  noQuestions: "No questions for the vendor.",
  noRenewalItems: "Nothing to reconfirm at renewal.",
  noSources: "No sources recorded.",
  sourceGroups: {
    "vendor-terms": "The vendor’s published terms, as the catalog records them",
    "vendor-answers": "The vendor’s written answers to the questionnaire",
    clauses: "Law and guidance the clauses rest on",
  },
  findingColumns: ["Severity", "Finding", "What the vendor’s terms say", "Why it matters"],
  renewalColumns: ["Done", "Commitment", "Clause", "Owner", "Due"],
  renewalOwner: "Owner",
  renewalDue: "Due",
  clausesIntro:
    "Each numbered clause is drafted for insertion into the agreement. The shaded notes after a clause are for the buyer’s negotiating team only and are not part of the clause.",
  questionsIntro:
    "The questions of the vendor questionnaire, with the same numbers and ids, each with the clause or finding " +
    "it is asked for. Send the questionnaire itself (it shows the vendor what the catalog records beside each " +
    "question) and ask for written answers before signature.",
  renewalIntro: "Reconfirm each commitment with the vendor before the agreement renews.",
  traceabilityIntro:
    "What brought each finding and each clause into this pack: the answers given and the vendor’s terms relied on.",
  handTraceabilityIntro: "Each clause of this pack was chosen by hand from the clause library, in the variant shown.",
  fallbacks: "Fallback positions",
  negotiationNote: "Negotiation note",
  whyThisClause: "Why this clause",
  variant: "Variant",
  origin: "Asked for",
  source: "Source",
  answers: "Answers",
  provisions: "Vendor’s terms",
  noneRecorded: "none recorded",
  checkbox: "☐",
} as const;

export const SEVERITY_COUNT_LABELS: Record<Severity, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

/** "1." — a clause's number (index from 0). */
export function clauseNumber(clauseIndex: number): string {
  return `${clauseIndex + 1}.`;
}

/** "1.2" — a sub-clause's number, as the .docx numbering level 1 (`%1.%2`) shows it. */
export function subClauseNumber(clauseIndex: number, subIndex: number): string {
  return `${clauseIndex + 1}.${subIndex + 1}`;
}

/** "(a)" … "(z)", "(aa)" — as Word's lowerLetter numbering counts. */
export function fallbackLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return `(${letter.repeat(Math.floor(index / 26) + 1)})`;
}

/** "2026-04-18 09:30 UTC" for an ISO 8601 instant; anything else is shown as given. */
export function formatGeneratedAt(iso: string): string {
  const date = parseInstant(iso);
  if (!date) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

export function parseInstant(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(iso)) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function answerTrace(answer: PackAnswerRef): string {
  return `${answer.id} = ${answer.value}`;
}

/**
 * "Training on your inputs, catalog version 3": what the provision is about, in words, and its version; or
 * "…, the vendor’s written answer" where that is what it is read from.
 */
export function provisionKey(provision: PackProvisionRef): string {
  const label = PROVISION_KEYS[provision.key as ProvisionKey]?.label ?? provision.key;
  if (provision.writtenAnswer) return `${label}, the vendor’s written answer`;
  return `${label}, catalog version ${provision.version ?? "not recorded"}`;
}

/** "Data retention practices — Anthropic, no date given, effective 2026-06-09" */
export function provisionSource(provision: PackProvisionRef, form: "full" | "short" = "full"): string {
  if (form === "full") return [provision.source, provision.date].filter((part) => part !== "").join(", ");
  // Short: the first source, its date once, then how many more there are.
  const { shortSource, date, otherSources } = provision;
  const dated = [shortSource, shortSource.includes(date) ? "" : date].filter((part) => part !== "").join(", ");
  const more =
    otherSources === 0 ? "" : `, and ${otherSources} other source${otherSources === 1 ? "" : "s"} (see Sources)`;
  return `${dated}${more}`;
}

/** The excerpt in typographic quotation marks, or "" when there is none. */
export function quoted(excerpt: string): string {
  return excerpt === "" ? "" : `“${excerpt}”`;
}

/**
 * A definition as printed: the defined term in quotation marks (bold in the document), then the rest.
 * The library writes a definition either as a whole paragraph that starts with the quoted term
 * (“Customer Data” means …), printed as is, or as the text after a `## Term` heading, printed after the
 * quoted term.
 */
export function definitionParts(definition: { term: string; text: string }): { term: string; rest: string } {
  for (const [open, close] of [
    ["“", "”"],
    ['"', '"'],
  ]) {
    const lead = `${open}${definition.term}${close}`;
    if (definition.text.startsWith(lead)) return { term: lead, rest: definition.text.slice(lead.length) };
  }
  return { term: quoted(definition.term), rest: ` ${definition.text}` };
}

export function clauseTraceHeading(clauseIndex: number, title: string): string {
  return `Clause ${clauseIndex + 1}: ${title}`;
}

export function findingTraceHeading(severity: Severity, title: string): string {
  return `${SEVERITY_LABELS[severity]}: ${title}`;
}

/**
 * The renewal checklist's layout: where every item has the same owner and due date (a review's always
 * do), they are said once above the table and the table drops those columns.
 */
export function renewalLayout(items: readonly PackRenewalItem[]): {
  shared: { owner: string; due: string } | null;
  columns: readonly string[];
} {
  const [first] = items;
  const shared = first && items.every((i) => i.owner === first.owner && i.due === first.due) ? first : null;
  return {
    shared: shared && { owner: shared.owner, due: shared.due },
    columns: shared ? LABELS.renewalColumns.slice(0, 3) : LABELS.renewalColumns,
  };
}

/** The Sources section's groups, the vendor's terms first, each with its sources; empty groups left out. */
export function sourceGroups(pack: Pick<ClausePack, "sources">) {
  return (["vendor-terms", "vendor-answers", "clauses"] as const)
    .map((group) => ({
      group,
      heading: LABELS.sourceGroups[group],
      sources: pack.sources.filter((s) => s.group === group),
    }))
    .filter((g) => g.sources.length > 0);
}

/** The document properties, from the cover. */
export function documentProperties(pack: ClausePack) {
  const { buyerName, vendorName, preparedBy, libraryVersion } = pack.cover;
  return {
    title: pack.title,
    subject: `Negotiation memo: ${buyerName} and ${vendorName}`,
    creator: preparedBy,
    description: pack.builtByHand
      ? `The buyer’s negotiation memo for ${buyerName}’s agreement with ${vendorName}, built by hand from the clause library: contract language, fallback positions, questions for the vendor and a renewal checklist. Clause library ${libraryVersion}. Not to be sent to the vendor.`
      : `The buyer’s negotiation memo for ${buyerName}’s agreement with ${vendorName}: findings, contract language, fallback positions, questions for the vendor and a renewal checklist. Clause library ${libraryVersion}. Not to be sent to the vendor.`,
  };
}

/** The findings behind the exposure, split: "5 confirmed, 3 to confirm with the vendor", or "no findings". */
export function exposureDetail(split: Record<Severity, { confirmed: number; unknown: number }>): string {
  const total = (k: "confirmed" | "unknown") => Object.values(split).reduce((n, c) => n + c[k], 0);
  const parts = [
    total("confirmed") > 0 ? `${total("confirmed")} confirmed` : "",
    total("unknown") > 0 ? `${total("unknown")} to confirm with the vendor` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "no findings";
}

/**
 * The exposure with its findings split: "High — 5 confirmed, 3 to confirm with the vendor". Confirmed are
 * gaps in recorded terms and requirements of the buyer's own situation; to confirm are unknowns.
 */
export function exposureLine(
  exposure: Severity | "none",
  split: Record<Severity, { confirmed: number; unknown: number }>,
): string {
  return `${SEVERITY_LABELS[exposure]} — ${exposureDetail(split)}`;
}

const BAA_WORDS: Record<string, string> = {
  offered: "a business associate agreement offered",
  onRequest: "a business associate agreement on request",
  notOffered: "no business associate agreement",
};
const ZDR_WORDS: Record<string, string> = {
  default: "no inputs or outputs kept by default",
  onRequest: "zero data retention on request",
  available: "zero data retention available",
  configurable: "retention the customer can configure",
  unavailable: "no zero data retention",
};
const TRAINING_WORDS: Record<string, string> = { no: "no training by default", yes: "training by default" };

/**
 * The product-line advice in sentences: keep the data out of the consumer product, move the use to a
 * commercial line — each of the vendor's, with what it offers by its recorded terms, or that the catalog
 * does not know.
 */
export function productLineAdviceText(advice: ProductLineAdvice, vendorName: string): string[] {
  const first =
    "Keep this data out of the consumer product, and move the use to a commercial product line, where the " +
    "commitments can be written into the agreement.";
  if (advice.commercialLines.length === 0) {
    return [
      first,
      `The catalog does not record ${vendorName}’s commercial product lines: ask the vendor which line can take this use, and what it commits to on training, retention and, for health information, a business associate agreement.`,
    ];
  }
  const lines = advice.commercialLines.map((l) => {
    const label = PRODUCT_LINE_LABELS[l.line];
    const offers = [
      l.baa
        ? (BAA_WORDS[l.baa] ?? `business associate agreement: ${l.baa}`)
        : "business associate agreement not recorded",
      l.zeroDataRetention
        ? (ZDR_WORDS[l.zeroDataRetention] ?? `zero data retention: ${l.zeroDataRetention}`)
        : "zero data retention not recorded",
      l.trainingDefault ? (TRAINING_WORDS[l.trainingDefault] ?? l.trainingDefault) : "training default not recorded",
    ];
    return `${l.name ? `${l.name} (${label})` : label}: ${offers.join(", ")}`;
  });
  return [first, `${vendorName}’s commercial product lines, by their recorded terms: ${lines.join("; ")}.`];
}
