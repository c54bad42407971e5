/**
 * Builds the clause-pack model from a review's evaluation: pure, no I/O. The renderers (docx, preview)
 * only lay out what this returns.
 */
import { sourceDate, sourceText, sourcesText, standingWords } from "../catalog/format.ts";
import { exposureDetail, HAND_BUILT_NOTE, productLineAdviceText } from "./format.ts";
import { PRODUCT_LINE_LABELS, type ProductLine } from "../catalog/types.ts";
import type { ClauseLibrary } from "../clauses/library.ts";
import { computeVariables, formatCount, joinWithAnd, renderText, type VariableValues } from "../clauses/variables.ts";
import { reviewDueDate } from "../renewal/due-date.ts";
import { OTHER_VENDOR_ID, paperSizeFor } from "../questionnaire/questions.ts";
import { describeAnswer, questionLabel } from "../questionnaire/describe.ts";
import type { AnswerEvidence, ProvisionEvidence, ReviewEvaluation } from "../rules/evaluate.ts";
import type { Answers } from "../questionnaire/answers.ts";
import type { FindingId } from "../rules/findings.ts";
import type { ClausePack, PackAnswerRef, PackFinding, PackProvisionRef, PackSource } from "./model.ts";
import { buildVendorQuestionnaire } from "./vendor-questionnaire.ts";

export const DISCLAIMER =
  "This memo is not legal advice. It compares the answers given with the vendor’s published terms as " +
  "recorded in the catalog on the dates shown, and proposes language for your lawyers to review and adapt " +
  "before it is used in a negotiation.";

/** The clause that answers each finding: the first asks of the summary come from these. */
const ADDRESSED_BY: Partial<Record<FindingId, string>> = {
  "product-line-unknown": "covered-services",
  "consumer-product-in-use": "covered-services",
  "feedback-training-carve-out": "feedback-excluded",
  "safety-review-carve-out": "safety-review-limits",
  "policy-by-reference": "written-commitment",
  "vendor-not-in-catalog": "written-commitment",
  "usage-data-retained": "usage-data",
  "no-audit-right": "audit-verification",
  "output-assignment-qualified": "output-ownership",
  "assignment-conditional": "unconditional-assignment",
  "zero-retention-not-default": "zero-data-retention",
  "terms-can-change": "change-control",
  "special-category-data": "dpa",
  "dpa-missing": "dpa",
  "transfer-mechanism-missing": "international-transfers",
  "baa-missing": "hipaa-baa",
  "financial-data-glba": "glba-safeguards",
  "renewal-date-missing": "renewal-reconfirmation",
};

const STAGE_WORDS: Record<string, string> = {
  new: "New purchase",
  renewal: "Renewal",
  expansion: "Expansion",
};

/** Who reconfirms the commitments at renewal, and by when, in words (the renewal checklists). */
export function renewalOwnerAndDue(answers: Answers): { owner: string; due: string } {
  const due = reviewDueDate(answers);
  const owner = answers.renewalOwner
    ? answers.renewalOwnerEmail
      ? `${answers.renewalOwner} (${answers.renewalOwnerEmail})`
      : answers.renewalOwner
    : "Renewal owner (not named yet)";
  return {
    owner,
    due:
      due ??
      (answers.reviewLeadDays !== undefined
        ? `${formatCount(answers.reviewLeadDays, "day")} before the renewal date (renewal date not given)`
        : "Before the renewal date"),
  };
}

export interface BuildPackInput {
  evaluation: ReviewEvaluation;
  library: Pick<ClauseLibrary, "definitions" | "version">;
  vendorName: string;
  preparedBy: string;
  /** ISO 8601 timestamp. */
  generatedAt: string;
  answersVersion: number;
  /** Variable values for a hand-built pack; a review's come from its answers. */
  variables?: VariableValues;
  /** "hand" for a pack whose clauses legal chose from the library rather than the rules. */
  selection?: "rules" | "hand";
  /** The vendor's company that contracts with this buyer, from the catalog; null or absent: not known. */
  contractingParty?: string | null;
  /** Where the catalog does not settle which company contracts: the ones it names for the line bought. */
  contractingCandidates?: readonly string[];
}

/**
 * The Provider as a draft names it when the catalog does not settle the company: a bracketed placeholder
 * for counsel to fill in, with the companies the catalog names for the line. A vendor outside the catalog
 * is named as typed: the buyer knows whom it contracts with.
 */
function providerPlaceholder(vendorName: string, input: BuildPackInput): string {
  if (input.evaluation.answers.vendorId === OTHER_VENDOR_ID || !input.evaluation.answers.vendorId) return vendorName;
  const candidates = input.contractingCandidates ?? [];
  // One company named for the line that does not serve the buyer's jurisdictions is no answer either.
  return candidates.length > 1
    ? `[${joinWithAnd(candidates, "or")}: the company to be confirmed]`
    : `${vendorName} [legal entity to be confirmed]`;
}

function productLineWords(line: string | undefined): string {
  if (!line) return "Not answered";
  if (line === "unsure") return "Not sure which product line";
  return PRODUCT_LINE_LABELS[line as ProductLine] ?? line;
}

function answerRefs(evidence: readonly AnswerEvidence[], vendorName: string): PackAnswerRef[] {
  return evidence.map((a) => ({
    id: a.id,
    label: questionLabel(a.id),
    value: describeAnswer(a.id, a.value, vendorName),
  }));
}

function provisionRef(p: ProvisionEvidence, vendorName: string): PackProvisionRef {
  if (!p.known) {
    return {
      vendorName,
      productLine: productLineWords(p.productLine),
      key: p.key,
      statement: p.statement,
      excerpt: "",
      source: "",
      shortSource: "",
      otherSources: 0,
      date: "",
      version: null,
      known: false,
    };
  }
  return {
    vendorName,
    productLine: productLineWords(p.productLine),
    key: p.key,
    statement: p.statement,
    excerpt: p.excerpt,
    source: sourcesText(p),
    shortSource: shortSourceText(p),
    otherSources: Math.max(0, p.sources.length - 1),
    date: p.effectiveOn ? `effective ${p.effectiveOn}` : "",
    // A written answer is dated by its title ("… written answer of 2027-03-01"); it has no catalog version.
    version: p.writtenAnswer ? null : p.version,
    known: true,
    ...(p.writtenAnswer ? { writtenAnswer: true as const } : {}),
  };
}

/** The first source and its standing: a findings row stays short; Sources and Traceability list them all. */
function shortSourceText(p: Extract<ProvisionEvidence, { known: true }>): string {
  const [first] = p.sources;
  if (!first) return "";
  const standing = standingWords(p.standing);
  return `${sourceText(first)}${standing ? ` (${standing})` : ""}`;
}

/** The vendor's position in words; the quoted excerpt, source and date travel with each provision. */
function vendorPosition(provisions: readonly PackProvisionRef[]): string {
  if (provisions.length === 0) return "Not a question of the vendor’s terms: this finding comes from your answers.";
  return provisions.map((p) => (p.known ? `${p.productLine}: ${p.statement}` : p.statement)).join("\n");
}

export function buildClausePack(input: BuildPackInput): ClausePack {
  const { evaluation, vendorName } = input;
  const answers = evaluation.answers;
  const buyerName = answers.buyerName ?? input.variables?.buyerName ?? "";
  const variables = input.variables ?? evaluation.variables ?? computeVariables(answers, vendorName);
  const lines: string[] = [answers.productLine, ...(answers.otherProductsInUse ?? [])].filter((l) => l !== undefined);

  const findings: PackFinding[] = evaluation.findings.map((f) => {
    const provisions = f.because.provisions.map((p) => provisionRef(p, vendorName));
    return {
      id: f.id,
      severity: f.severity,
      title: f.title,
      vendorPosition: vendorPosition(provisions),
      whyItMatters: f.explanation,
      because: { answers: answerRefs(f.because.answers, vendorName), provisions },
    };
  });

  const clauseNumber = new Map(evaluation.clauses.map((c, i) => [c.id, i + 1]));
  const clauses = evaluation.clauses.map((c) => {
    const because = answerRefs(c.because.answers, vendorName);
    return {
      id: c.id,
      title: c.title,
      variant: c.variant === "default" ? null : c.variant,
      language: c.rendered.language,
      fallbacks: c.rendered.fallbacks,
      negotiationNote: c.rendered.negotiationNote,
      because: {
        answers: because,
        summary:
          input.selection === "hand"
            ? "Chosen by hand from the clause library."
            : because.length === 0
              ? "Included in every pack."
              : `Included because ${joinWithAnd(because.map((a) => `the answer to “${a.label}” is “${a.value}”`))}.`,
      },
    };
  });

  // The most important asks: the clauses that answer the most severe findings first, then the rest in order.
  const askIds: string[] = [];
  for (const f of evaluation.findings) {
    const clauseId = ADDRESSED_BY[f.id];
    if (clauseId && clauseNumber.has(clauseId) && !askIds.includes(clauseId)) askIds.push(clauseId);
  }
  for (const c of evaluation.clauses) if (!askIds.includes(c.id)) askIds.push(c.id);
  // Asks the product line bought cannot meet by its recorded terms are marked so, not left as routine.
  const unmeetable = new Set(evaluation.findings.flatMap((f) => (f.id === "baa-not-offered" ? ["hipaa-baa"] : [])));
  // Each ask a sentence or two: which clause to ask for, then why (the findings it answers, else the answers).
  const clauseAsks = askIds.slice(0, 5).map((id) => {
    const clause = evaluation.clauses.find((c) => c.id === id)!;
    const answered = evaluation.findings.filter((f) => ADDRESSED_BY[f.id] === id).map((f) => `“${f.title}”`);
    const because = clauses.find((c) => c.id === id)!.because.answers;
    const why =
      input.selection === "hand"
        ? "Chosen by hand from the clause library."
        : answered.length > 0
          ? `It answers the finding${answered.length > 1 ? "s" : ""} ${joinWithAnd(answered)}.`
          : because.length > 0
            ? `Your answers call for it: ${joinWithAnd(because.map((a) => `“${a.label}” is “${a.value}”`))}.`
            : "Every pack asks for it.";
    const cannot = unmeetable.has(id)
      ? " It is not offered for this product line by its recorded terms: move the use first."
      : "";
    return `Ask for clause ${clauseNumber.get(id)}, ${clause.title}. ${why}${cannot}`;
  });
  // Product line first: where sensitive data would go into a consumer product, that is the first ask.
  const topAsks = evaluation.productLineAdvice
    ? [productLineAdviceText(evaluation.productLineAdvice, vendorName).join(" "), ...clauseAsks.slice(0, 4)]
    : clauseAsks;

  const titleOf = (from: { kind: string; id: string }) =>
    from.kind === "clause"
      ? `Clause ${clauseNumber.get(from.id)}, ${evaluation.clauses.find((c) => c.id === from.id)?.title ?? from.id}`
      : `finding “${evaluation.findings.find((f) => f.id === from.id)?.title ?? from.id}”`;
  const vendorQuestionnaire = buildVendorQuestionnaire(evaluation);
  // The memo lists the questionnaire's questions as the vendor receives them, each with why it is asked.
  const questions = vendorQuestionnaire.items.map((q) => {
    const origin = q.from.map(titleOf).join("; ");
    return {
      number: q.number,
      id: q.id,
      topic: q.topicHeading,
      text: q.question,
      origin: origin.charAt(0).toUpperCase() + origin.slice(1),
    };
  });

  const { owner, due: dueText } = renewalOwnerAndDue(answers);
  const renewalChecklist =
    answers.reconfirmAtRenewal === false
      ? []
      : evaluation.clauses.map((c, i) => ({
          commitment: c.rendered.reconfirmAtRenewal,
          // Numbered as in the memo's clauses, so the row leads to the language it checks.
          clauseTitle: `${i + 1}. ${c.title}`,
          owner,
          due: dueText,
        }));

  // Each source once. The vendor's terms: those the findings cite, by title and publisher. The clauses':
  // each document once, whatever point of it a clause rests on ("Guide – point" cites "Guide"), and a
  // document about one vendor's own terms only in that vendor's pack.
  const sources: PackSource[] = [];
  const seen = new Set<string>();
  const addSource = (group: PackSource["group"], title: string, detail: string) => {
    if (title && !seen.has(title)) {
      seen.add(title);
      sources.push({ group, title, detail });
    }
  };
  for (const f of evaluation.findings)
    for (const p of f.because.provisions)
      if (p.known)
        for (const s of p.sources)
          addSource(
            p.writtenAnswer ? "vendor-answers" : "vendor-terms",
            `${s.title} — ${s.publisher}`,
            [sourceDate(s), s.url].filter(Boolean).join(" · "),
          );
  for (const c of evaluation.clauses)
    for (const s of c.sources) {
      if (s.vendor && s.vendor !== answers.vendorId) continue;
      const title = s.title.split(" – ")[0];
      addSource("clauses", s.publisher ? `${title} — ${s.publisher}` : title, s.url ?? "");
    }

  const dates = [
    { label: "Target signature date", value: answers.signatureDate },
    { label: "Renewal date", value: answers.renewalDate },
    { label: "Term", value: answers.termMonths !== undefined ? formatCount(answers.termMonths, "month") : undefined },
    { label: "Start the renewal re-review by", value: reviewDueDate(answers) ?? undefined },
  ].filter((d): d is { label: string; value: string } => !!d.value);

  return {
    title: `Negotiation memo: ${buyerName} and ${vendorName}`,
    paper: paperSizeFor(answers),
    parties: {
      buyer: buyerName,
      vendor: input.contractingParty ?? providerPlaceholder(vendorName, input),
      vendorEntityKnown: !!input.contractingParty,
    },
    cover: {
      buyerName,
      vendorName,
      productLines: lines.map(productLineWords),
      stage:
        input.selection === "hand"
          ? "Built by hand from the clause library"
          : (STAGE_WORDS[answers.stage ?? ""] ?? "Not answered"),
      dates,
      preparedBy: input.preparedBy,
      generatedAt: input.generatedAt,
      libraryVersion: input.library.version,
      answersVersion: input.answersVersion,
    },
    summary: {
      exposure: evaluation.exposure,
      exposureDetail: exposureDetail(evaluation.split),
      counts: evaluation.counts,
      topAsks,
    },
    definitions: (input.library.definitions?.terms ?? []).map((t) => ({
      term: t.term,
      text: renderText(t.text, variables),
    })),
    findings,
    clauses,
    questions,
    vendorQuestionnaire,
    renewalChecklist,
    sources,
    disclaimer: DISCLAIMER,
    ...(input.selection === "hand" ? { builtByHand: HAND_BUILT_NOTE } : {}),
  };
}
