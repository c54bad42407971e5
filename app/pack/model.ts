/**
 * The clause pack as data: one model, rendered to a .docx (docx.server.ts) and to the preview page.
 * Built from a review's evaluation (build-pack.ts) or, for legal's hand-built packs, from a list of clauses
 * and variable values. Every string here is final text: renderers only lay it out, they never reword.
 */
import type { VendorQuestionnaire } from "./vendor-questionnaire.ts";

export type Severity = "high" | "medium" | "low" | "info";

export interface PackProvisionRef {
  vendorName: string;
  productLine: string; // in words, e.g. "Commercial API"
  key: string;
  /** The position in plain words, or the unknown line when the catalog does not know. */
  statement: string;
  /** At most a few words quoted from the source; empty when none. */
  excerpt: string;
  /** Every source as "Title — Publisher, date", then the standing where it is not plain ("secondary source"). */
  source: string;
  /** The same, short: the first source and the standing (the findings rows); `otherSources` more are listed under Sources. */
  shortSource: string;
  otherSources: number;
  /** When this version of the vendor's text took effect ("effective 2026-06-09"), or "". */
  date: string;
  /** The catalog version; null where none is read (unknown, or the vendor's written answer). */
  version: number | null;
  known: boolean;
  /** Read from the vendor's written answer to this review's questionnaire, not from the catalog. */
  writtenAnswer?: true;
}

export interface PackAnswerRef {
  id: string;
  label: string;
  /** The answer in words, exactly as stored for free text. */
  value: string;
}

export interface PackFinding {
  id: string;
  severity: Severity;
  title: string;
  /** What the vendor's terms say, or that the catalog does not know. */
  vendorPosition: string;
  whyItMatters: string;
  because: { answers: PackAnswerRef[]; provisions: PackProvisionRef[] };
}

export interface PackClause {
  id: string;
  title: string;
  variant: string | null;
  /** One string per sub-clause (numbered n.1, n.2 …). */
  language: string[];
  fallbacks: string[];
  negotiationNote: string;
  because: { answers: PackAnswerRef[]; summary: string };
}

/** A question of the vendor questionnaire as the memo lists it: same number, id and words. */
export interface PackQuestion {
  /** Its number and id in the vendor questionnaire, so the memo and the answers can be read side by side. */
  number: number;
  id: string;
  /** The questionnaire's topic heading. */
  topic: string;
  text: string;
  /** Why it is asked, e.g. "Clause 3, No training on Customer Data; finding “…”". */
  origin: string;
}

export interface PackRenewalItem {
  commitment: string;
  /** The clause's number and title, as in the memo: "3. No training on Customer Data". */
  clauseTitle: string;
  owner: string;
  /** YYYY-MM-DD, or a sentence when the renewal date is not known. */
  due: string;
}

export interface PackSource {
  /**
   * The vendor's own published terms (the catalog's sources), its written answers to this review's
   * questionnaire, or the law and guidance a clause rests on.
   */
  group: "vendor-terms" | "vendor-answers" | "clauses";
  /** "Title — Publisher", or the law's citation. */
  title: string;
  /** Its date and address, as far as they are known: "effective 2025-10-08 · https://…", or "". */
  detail: string;
}

export interface ClausePack {
  title: string; // e.g. "Negotiation memo: Example Corp and Anthropic"
  /** The paper every document is printed on (the paperSize answer, or what the jurisdictions call for). */
  paper: "letter" | "a4";
  /** The parties as the addendum names them: the buyer's legal name, the vendor's contracting company. */
  parties: {
    buyer: string;
    vendor: string;
    /** False where the catalog does not say which company contracts: the vendor's name stands in. */
    vendorEntityKnown: boolean;
  };
  cover: {
    buyerName: string;
    vendorName: string;
    productLines: string[]; // in words
    stage: string; // in words
    dates: { label: string; value: string }[];
    preparedBy: string;
    generatedAt: string; // ISO 8601
    libraryVersion: string;
    answersVersion: number;
  };
  summary: {
    exposure: Severity | "none";
    /** The findings behind it: "5 confirmed, 3 to confirm with the vendor", or "no findings". */
    exposureDetail: string;
    counts: Record<Severity, number>;
    /** The five most important asks, in order. */
    topAsks: string[];
  };
  definitions: { term: string; text: string }[];
  findings: PackFinding[];
  clauses: PackClause[];
  /** The vendor questionnaire's questions, in its order, with why each is asked (for the memo). */
  questions: PackQuestion[];
  /** The vendor questionnaire: the questions deduplicated, in one voice, by topic (vendor-questionnaire.ts). */
  vendorQuestionnaire: VendorQuestionnaire;
  renewalChecklist: PackRenewalItem[];
  sources: PackSource[];
  disclaimer: string;
  /**
   * Set for a pack legal built by hand from the clause library: the sentence saying so. Such a pack has no
   * questionnaire behind it, so no findings and no exposure: the memo shows this instead of them.
   */
  builtByHand?: string;
}
