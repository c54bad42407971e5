/**
 * The vendor questionnaire (clauses.md, "The documents", item 3): the questions the vendor answers in
 * writing, each once, numbered, grouped by topic and in one voice (question-voice.ts), each with what the
 * catalog records from the vendor's published terms that bears on it, for the vendor to confirm or
 * correct. Built from the review's evaluation; pure, no I/O. Both renderers (questionnaire-xlsx,
 * questionnaire-docx) only lay out what this returns.
 *
 * Every question has an id that a filled-in copy is matched back by: made from where the question comes
 * from (a clause's n-th question, or a finding), so the same review gives the same ids every time, and a
 * question keeps its id when other questions come and go.
 */
import { PRODUCT_LINE_LABELS, type ProvisionKey } from "../catalog/types.ts";
import { CLAUSE_CATEGORIES, type ClauseCategory } from "../clauses/template.ts";
import type { FindingId } from "../rules/findings.ts";
import type { KnownProvisionEvidence, QuestionOrigin, ReviewEvaluation } from "../rules/evaluate.ts";
import { sourceDate, standingWords } from "../catalog/format.ts";
import { usedDefinitions } from "./addendum.ts";
import type { ClausePack } from "./model.ts";
import { requestVoice } from "./question-voice.ts";

/** The topics in the order the questionnaire asks them: the scope first, then the clause library's order. */
export const QUESTION_TOPICS: readonly ClauseCategory[] = ["scope", ...CLAUSE_CATEGORIES.filter((c) => c !== "scope")];
export type QuestionTopic = ClauseCategory;

export const TOPIC_HEADINGS: Record<QuestionTopic, string> = {
  scope: "The services and the documents that govern them",
  training: "Training and other use of our data",
  retention: "Retention and deletion",
  access: "Access, subprocessors, tools, location and security incidents",
  outputs: "Outputs: ownership, restrictions, accuracy, indemnity and liability",
  assurance: "Assurance, audit and changes to the terms and models",
  regulatory: "Data protection and regulatory terms",
  renewal: "Renewal",
};

/** The topic a finding's question belongs to: that of the clause that answers its concern. */
const FINDING_TOPICS: Record<FindingId, QuestionTopic> = {
  "sensitive-data-in-consumer-product": "scope",
  "product-line-unknown": "scope",
  "consumer-product-in-use": "scope",
  "policy-by-reference": "scope",
  "vendor-not-in-catalog": "scope",
  "feedback-training-carve-out": "training",
  "safety-review-carve-out": "training",
  "usage-data-retained": "training",
  "zero-retention-not-default": "retention",
  "retention-exceeds-requirement": "retention",
  "human-review-conflict": "access",
  "output-assignment-qualified": "outputs",
  "assignment-conditional": "outputs",
  "competing-model-restriction": "outputs",
  "no-audit-right": "assurance",
  "terms-can-change": "assurance",
  "terms-changed-before": "assurance",
  "special-category-data": "regulatory",
  "dpa-missing": "regulatory",
  "transfer-mechanism-missing": "regulatory",
  "baa-missing": "regulatory",
  "baa-not-offered": "regulatory",
  "dpia-recommended": "regulatory",
  "financial-data-glba": "regulatory",
  "minors-possible": "regulatory",
  "minimum-age-conflict": "regulatory",
  "dora-ict-contract": "regulatory",
  "renewal-date-missing": "renewal",
};

/**
 * The vendor's provisions each clause's questions bear on: what the catalog records of them is shown
 * beside the clause's questions. A clause not listed asks about nothing the catalog records.
 */
const CLAUSE_PROVISIONS: Readonly<Record<string, readonly ProvisionKey[]>> = {
  "written-commitment": ["governing_terms"],
  "covered-services": ["permitted_use"],
  "no-training": ["training_use_of_input", "training_default"],
  "feedback-excluded": ["training_carve_outs"],
  "safety-review-limits": ["training_carve_outs"],
  "usage-data": ["usage_data"],
  "retention-limit": ["retention", "retention_days"],
  "zero-data-retention": ["zero_data_retention"],
  "personnel-access": ["human_review"],
  subprocessors: ["subprocessors"],
  "data-residency": ["data_residency"],
  "security-reports": ["certifications"],
  "breach-notification": ["security_incident_notice"],
  "output-ownership": ["output_ownership", "output_assignment_qualified", "competing_model_restriction"],
  "output-ip-indemnity": ["ip_indemnity"],
  "unconditional-assignment": ["output_assignment_conditional"],
  "audit-verification": ["audit_right"],
  "change-control": ["terms_change"],
  dpa: ["dpa"],
  "hipaa-baa": ["baa"],
  "acceptable-use": ["permitted_use"],
  "marketplace-purchase": ["governing_terms", "data_residency"],
  "minors-safeguards": ["minimum_age"],
};

/** A question as the rules ask it: a finding's, or a clause's n-th (from 1). */
type QuestionRef = { finding: FindingId } | { clause: string; question: number };

/**
 * Two questions that ask the same thing, one holding all of the other: where both are asked they are one
 * question, at the place and with the id of `into`, in the words of the one that holds the other
 * (`into`'s unless `words` is "merged"). Only these; questions that overlap without one holding all of
 * the other are both asked, side by side.
 */
const ASKED_TOGETHER: readonly { merged: QuestionRef; into: QuestionRef; words?: "merged" }[] = [
  // "…sign a HIPAA business associate agreement covering this service, and which of your product lines
  // and features does it cover?" within "…sign a business associate agreement for {{productLine}}, and
  // which products, features and models does it cover?"
  { merged: { finding: "baa-missing" }, into: { clause: "hipaa-baa", question: 1 } },
  // Where the product line bought has no BAA, "will you sign one for it" is answered by "which of your
  // product lines are covered by one, and on what terms can we move this use to one of them?"
  { merged: { finding: "baa-not-offered" }, into: { clause: "hipaa-baa", question: 1 }, words: "merged" },
  // "…write your commitments on training, retention and access to our data into the agreement, and agree
  // that they prevail over any policy or page incorporated by link?" within "…state its commitments on
  // training, retention and access to Customer Data in the signed agreement …, and confirm that they
  // prevail over any policy incorporated by link?"
  { merged: { finding: "policy-by-reference" }, into: { clause: "written-commitment", question: 2 } },
  // "Please send the data processing agreement that applies to the services, say whether it applies
  // automatically or must be signed, …" holds "Which data processing agreement applies to …, and does it
  // apply automatically or must it be signed?"
  { merged: { finding: "dpa-missing" }, into: { clause: "dpa", question: 1 }, words: "merged" },
  // "How can we verify that you comply with your commitments on training, retention and access …?" is
  // "How can the Customer verify that Customer Data is kept out of Model Improvement and deleted on
  // schedule, and which controls, reports or certificates evidence it?", the certificate asked next.
  { merged: { finding: "no-audit-right" }, into: { clause: "audit-verification", question: 1 } },
  // "Under what circumstances may your staff or contractors read our inputs or outputs …?" within "Which
  // Personnel and Subprocessors can see Inputs and Outputs …, for what purposes, and from which countries?"
  { merged: { finding: "human-review-conflict" }, into: { clause: "personnel-access", question: 1 } },
  // "Which of the terms that govern our data have you changed in the last two years …?" is the change-
  // control clause's "Has the Provider changed its data-use terms … in the last two years, and in what
  // way?"; how future changes are told is its first question.
  { merged: { finding: "terms-changed-before" }, into: { clause: "change-control", question: 2 } },
  // "Does any Subprocessor or third-party model provider receive Customer Data with a right to use it for
  // its own purposes?" within "Which Subprocessors …, in which locations, and does any of them, including
  // any third-party model provider, have a right to use it for its own purposes?"
  { merged: { clause: "no-training", question: 3 }, into: { clause: "subprocessors", question: 1 } },
  // "Do your terms allow our service to be used by people under 18, and what safeguards apply to children's
  // data?" within "Does the Provider permit people under 18 to use … through the Customer's products, from
  // what age and on what conditions, what safeguards apply to children's data, and will the Provider confirm
  // that in this Agreement?"
  { merged: { finding: "minors-possible" }, into: { clause: "minors-safeguards", question: 1 } },
  // "Will you agree to the contractual provisions of DORA Art. 30 for this service, including Art. 30(3) …,
  // and cooperate with our competent authority?" is the DORA clause's first question, in its words.
  { merged: { finding: "dora-ict-contract" }, into: { clause: "dora-ict-services", question: 1 } },
];

const refId = (ref: QuestionRef) => ("finding" in ref ? `Q-${ref.finding}` : `Q-${ref.clause}-${ref.question}`);

/** One source of a recorded term: "Title — Publisher", its date as its register gives it, its address. */
export interface RecordedSource {
  citation: string;
  date: string;
  url: string;
}

/** What the catalog records from the vendor's published terms on one point. */
export interface RecordedTerm {
  /** The product line in words, e.g. "Commercial API". */
  productLine: string;
  statement: string;
  sources: RecordedSource[];
  /** "secondary source" where only secondary sources say so; "" for a stated fact. */
  standing: string;
}

export interface VendorQuestionnaireItem {
  /** Stable: "Q-no-training-2" (a clause's second question) or "Q-dpa-missing" (a finding's). */
  id: string;
  /** 1, 2, 3 … in the order asked. */
  number: number;
  topic: QuestionTopic;
  topicHeading: string;
  /** In the questionnaire's voice: "Please confirm whether …", "Please state …", "Please send …". */
  question: string;
  /** What the catalog records that bears on the question, each term shown here first. */
  recorded: RecordedTerm[];
  /** Earlier questions beside which more of what bears on this one is shown. Both empty: NOT_RECORDED. */
  seeAlso: { id: string; number: number }[];
  /** Where the question comes from (for reading a filled-in copy back; never shown to the vendor). */
  from: QuestionOrigin[];
}

export interface VendorQuestionnaire {
  items: VendorQuestionnaireItem[];
}

export const NOT_RECORDED = "The catalog does not record this: please answer from your current terms.";

/** The same request, however it is spaced, quoted, punctuated or closed with "in writing". */
function sameAsk(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[\s.?!;:,]+$/, "")
    .replace(/,? in writing$/, "")
    .trim();
}

const originKey = (o: QuestionOrigin) => `${o.kind}:${o.id}`;

function recordedTerm(p: KnownProvisionEvidence): RecordedTerm {
  return {
    productLine: PRODUCT_LINE_LABELS[p.productLine],
    // The condition it holds under, unless the statement already says it ("Where the contract permits, …").
    statement:
      p.condition && !p.statement.toLowerCase().includes(p.condition.toLowerCase())
        ? `${p.statement} (${p.condition})`
        : p.statement,
    sources: p.sources.map((s) => ({ citation: `${s.title} — ${s.publisher}`, date: sourceDate(s), url: s.url ?? "" })),
    standing: standingWords(p.standing),
  };
}

export function buildVendorQuestionnaire(evaluation: ReviewEvaluation): VendorQuestionnaire {
  // The recorded provisions the findings read, by key, each once (the latest version the rules read).
  const byKey = new Map<ProvisionKey, KnownProvisionEvidence[]>();
  const findingProvisions = new Map<string, KnownProvisionEvidence[]>();
  for (const f of evaluation.findings) {
    const known = f.because.provisions.filter((p): p is KnownProvisionEvidence => p.known);
    findingProvisions.set(f.id, known);
    for (const p of known) {
      const list = byKey.get(p.key) ?? [];
      if (!list.some((q) => q.productLine === p.productLine)) list.push(p);
      byKey.set(p.key, list);
    }
  }
  const clauseQuestions = new Map(evaluation.clauses.map((c) => [c.id, c.rendered.questions.map(sameAsk)]));
  const clauseOrder = new Map(evaluation.clauses.map((c, i) => [c.id, i]));
  const clauseTopic = new Map(evaluation.clauses.map((c) => [c.id, c.category]));

  const idOf = (origin: QuestionOrigin, question: string): string => {
    if (origin.kind === "finding") return `Q-${origin.id}`;
    const n = clauseQuestions.get(origin.id)?.indexOf(sameAsk(question)) ?? -1;
    return `Q-${origin.id}-${n + 1}`;
  };

  interface Draft {
    ask: string;
    question: string;
    from: QuestionOrigin[];
    ids: Map<string, string>;
    order: number;
    /** Where two questions were made one: the origin whose place and id it keeps. */
    lead?: QuestionOrigin;
  }
  const drafts = new Map<string, Draft>();
  evaluation.vendorQuestions.forEach((q, order) => {
    const question = requestVoice(q.question).text;
    const ask = sameAsk(question);
    const draft: Draft = drafts.get(ask) ?? { ask, question, from: [], ids: new Map(), order };
    for (const o of q.from) {
      if (draft.from.some((d) => originKey(d) === originKey(o))) continue;
      draft.from.push(o);
      draft.ids.set(originKey(o), idOf(o, q.question));
    }
    drafts.set(ask, draft);
  });

  for (const { merged, into: target, words } of ASKED_TOGETHER) {
    const drafted = [...drafts.values()];
    const asks = (ref: QuestionRef) => (d: Draft) => [...d.ids.values()].includes(refId(ref));
    const from = drafted.find(asks(merged));
    const into = drafted.find(asks(target));
    if (!from || !into || from === into) continue;
    // One question where the clause's was: its id and place; its words those of the fuller question.
    for (const o of from.from) {
      if (into.from.some((d) => originKey(d) === originKey(o))) continue;
      into.from.push(o);
      into.ids.set(originKey(o), from.ids.get(originKey(o))!);
    }
    if (words === "merged") into.question = from.question;
    const leadKey = [...into.ids].find(([, id]) => id === refId(target))![0];
    into.lead = into.from.find((o) => originKey(o) === leadKey);
    drafts.delete(from.ask);
  }

  // Which clause of its topic a finding's question sits beside: the first whose provisions the finding
  // reads; none, and it opens its topic.
  const findingKeys = new Map(evaluation.findings.map((f) => [f.id as string, f.because.provisions.map((p) => p.key)]));
  const anchorOf = (o: QuestionOrigin, topic: QuestionTopic): number => {
    if (o.kind === "clause") return clauseOrder.get(o.id) ?? -1;
    const keys = findingKeys.get(o.id) ?? [];
    const clause = evaluation.clauses.find(
      (c) => c.category === topic && (CLAUSE_PROVISIONS[c.id] ?? []).some((k) => keys.includes(k)),
    );
    return clause ? clauseOrder.get(clause.id)! : -1;
  };

  const drafted = [...drafts.values()].map((d) => {
    // A question asked by a clause takes the clause's id (the first in library order), else the finding's.
    const clauses = d.from
      .filter((o) => o.kind === "clause")
      .sort((a, b) => (clauseOrder.get(a.id) ?? 0) - (clauseOrder.get(b.id) ?? 0));
    const origin = d.lead ?? clauses[0] ?? d.from[0];
    const topic =
      origin.kind === "clause" ? (clauseTopic.get(origin.id) ?? "scope") : FINDING_TOPICS[origin.id as FindingId];
    const provisions: KnownProvisionEvidence[] = [];
    const add = (p: KnownProvisionEvidence) => {
      if (!provisions.some((q) => q.key === p.key && q.productLine === p.productLine)) provisions.push(p);
    };
    for (const o of d.from) {
      if (o.kind === "finding") (findingProvisions.get(o.id) ?? []).forEach(add);
      else for (const key of CLAUSE_PROVISIONS[o.id] ?? []) (byKey.get(key) ?? []).forEach(add);
    }
    return {
      id: d.ids.get(originKey(origin))!,
      topic,
      origin,
      order: d.order,
      question: d.question,
      provisions,
      from: d.from,
    };
  });

  // By topic; within one, each clause's questions together, a finding's just before the clause it bears on.
  const rank = (t: QuestionTopic) => QUESTION_TOPICS.indexOf(t);
  drafted.sort(
    (a, b) =>
      rank(a.topic) - rank(b.topic) ||
      anchorOf(a.origin, a.topic) - anchorOf(b.origin, b.topic) ||
      (a.origin.kind === b.origin.kind ? 0 : a.origin.kind === "finding" ? -1 : 1) ||
      a.order - b.order,
  );

  // Each recorded term in full once, beside the first question it bears on; later ones point back to it.
  const shownAt = new Map<string, { id: string; number: number }>();
  const items: VendorQuestionnaireItem[] = drafted.map((d, i) => {
    const number = i + 1;
    const recorded: RecordedTerm[] = [];
    const seeAlso: { id: string; number: number }[] = [];
    for (const p of d.provisions) {
      const key = `${p.productLine}:${p.key}`;
      const shown = shownAt.get(key);
      if (!shown) {
        shownAt.set(key, { id: d.id, number });
        recorded.push(recordedTerm(p));
      } else if (!seeAlso.some((s) => s.id === shown.id)) seeAlso.push(shown);
    }
    return {
      id: d.id,
      number,
      topic: d.topic,
      topicHeading: TOPIC_HEADINGS[d.topic],
      question: d.question,
      recorded,
      seeAlso,
      from: d.from,
    };
  });
  return { items };
}

/** A recorded term as a reader sees it: "Commercial API: statement", then its sources with dates and addresses. */
export function recordedTermLines(term: RecordedTerm): { statement: string; source: string } {
  const sources =
    term.sources.map((s) => [s.citation, s.date, s.url].filter(Boolean).join(", ")).join("; ") ||
    "not recorded in the catalog";
  return {
    statement: `${term.productLine}: ${term.statement}`,
    source: `Source: ${sources}${term.standing ? ` (${term.standing})` : ""}`,
  };
}

/**
 * The words of the "what your published terms say" cell, paragraph by paragraph: each term's statement
 * and its source, an empty paragraph between terms.
 */
export function recordedParagraphs(item: Pick<VendorQuestionnaireItem, "recorded" | "seeAlso">): string[] {
  if (item.recorded.length === 0 && item.seeAlso.length === 0) return [NOT_RECORDED];
  const terms = item.recorded.flatMap((t, i) => {
    const { statement, source } = recordedTermLines(t);
    return i === 0 ? [statement, source] : ["", statement, source];
  });
  const see = item.seeAlso.map((s) => `See also what is recorded beside question ${s.number} (${s.id}).`);
  return terms.length > 0 && see.length > 0 ? [...terms, "", ...see] : [...terms, ...see];
}

export const QUESTIONNAIRE_TITLE = "Vendor questionnaire";

/** The instruction every copy opens with: in the workbook's "Your answer" column, or the document's box. */
export function answerInWriting(format: "xlsx" | "docx"): string {
  const where = format === "xlsx" ? "the “Your answer” column" : "its “Your answer” box";
  return `Please answer each question in writing in ${where}, and name the document your answer rests on.`;
}

const PARTY_TERMS = ["Customer", "Provider"];

/** What opens the questionnaire in both formats: who asks whom, when, how to answer, and the terms used. */
export interface QuestionnaireFrontMatter {
  title: string;
  /** Label and value: from, to, the services, the date. */
  facts: { label: string; value: string }[];
  /** The paragraphs after them, the instruction to answer in writing first. */
  instructions: string[];
  /** The capitalised terms the questions use, as the clause library defines them. */
  definitions: { term: string; text: string }[];
}

export function questionnaireFrontMatter(pack: ClausePack, format: "xlsx" | "docx"): QuestionnaireFrontMatter {
  const { buyer } = pack.parties;
  // The company where the catalog settles it; else the vendor's name (the addendum keeps the brackets for counsel).
  const vendor = pack.parties.vendorEntityKnown ? pack.parties.vendor : pack.cover.vendorName;
  const questions = pack.vendorQuestionnaire.items.map((i) => i.question);
  return {
    title: QUESTIONNAIRE_TITLE,
    facts: [
      { label: "From", value: buyer },
      { label: "To", value: vendor },
      { label: "Services", value: pack.cover.productLines.join("; ") },
      { label: "Date", value: pack.cover.generatedAt.slice(0, 10) },
    ],
    instructions: [
      answerInWriting(format),
      "Beside each question is what your published terms say on it, as our catalog records them, with the " +
        "source and its date: please confirm it or correct it in your answer. Where the catalog records " +
        "nothing, please answer from your current terms.",
      `In these questions “you” means ${vendor} (the “Provider”) and “we” and “us” mean ${buyer} (the ` +
        "“Customer”). Other capitalised terms are defined under “Terms used”.",
    ],
    definitions: usedDefinitions(pack.definitions, questions).filter((d) => !PARTY_TERMS.includes(d.term)),
  };
}
