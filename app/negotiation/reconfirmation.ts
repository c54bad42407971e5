/**
 * The reconfirmation checklist: at renewal, each position agreed in the last negotiation beside what the
 * vendor's published terms said then and say now, with what to check and the question to re-ask, and the
 * questions asked now that were not asked then. Pure: the outcomes, the catalog's versions and the two
 * questionnaires come in; rows a renewal owner works through come out, in the memo's clause order.
 */
import { PROVISION_KEYS, type ProvisionKey } from "../catalog/types.ts";
import { describeValue } from "../catalog/value-words.ts";
import type { ProvisionVersion } from "../renewal/catalog-changes.ts";
import { provisionsOfClause } from "./commitments.ts";
import { positionWords, type ClauseOutcome } from "./outcomes.ts";

/** One of the vendor's published positions a commitment rests on, then and now. */
export interface PublishedPosition {
  key: ProvisionKey;
  label: string;
  /** "Statement (version 2, recorded 2026-03-01)", or the unknown in words. */
  then: string;
  now: string;
  changed: boolean;
}

export interface ChecklistRow {
  clauseId: string;
  /** "3. No training on Customer Data", numbered as in the memo; unnumbered when no longer in the pack. */
  clause: string;
  /** The position in a few words: "Fallback (a) agreed". */
  position: string;
  /** The wording agreed, as it was then; "" where nothing was agreed (conceded, risk accepted). */
  wording: string;
  /** For a risk accepted: why, in the approver's words. */
  reason: string | null;
  published: PublishedPosition[];
  /** Whether any published position it rests on changed since. */
  changed: boolean;
  /** What to check, in the clause's renewal words; "" when the clause is no longer in the pack. */
  check: string;
  /** The question to re-ask, with its id in the vendor questionnaire, where the questionnaire asks one. */
  reAsk: { id: string; text: string } | null;
}

export interface NewQuestion {
  id: string;
  number: number;
  text: string;
}

export interface ChecklistQuestion {
  id: string;
  number: number;
  question: string;
  from: readonly { kind: "finding" | "clause"; id: string }[];
}

export interface ChecklistInput {
  outcomes: readonly ClauseOutcome[];
  /** The clauses of the pack now, in order, with their renewal words. */
  clauses: readonly { id: string; reconfirmAtRenewal: string }[];
  /** Every version of the provisions of the vendor's product line (empty: not in the catalog). */
  versions: readonly ProvisionVersion[];
  /** ISO 8601: when the review agreed was last changed, the "then" of every comparison. */
  since: string;
  /** The vendor questionnaire now, and the ids of the one asked then (null: no earlier questionnaire). */
  questionsNow: readonly ChecklistQuestion[];
  questionIdsThen: ReadonlySet<string> | null;
}

const day = (iso: string) => iso.slice(0, 10);

function versionAt(versions: readonly ProvisionVersion[], key: ProvisionKey, at: string | null) {
  let found: ProvisionVersion | null = null;
  for (const v of versions) {
    if (v.key !== key || (at !== null && v.recordedAt > at)) continue;
    if (!found || v.version > found.version) found = v;
  }
  return found;
}

function positionText(v: ProvisionVersion | null, unknown: string): string {
  if (!v) return unknown;
  const value = describeValue(v.value);
  const statement = v.statement.trim() === "" ? value : v.statement;
  return `${statement} (version ${v.version}, recorded ${day(v.recordedAt)}${v.effectiveOn ? `, effective ${v.effectiveOn}` : ""})`;
}

/** The published positions a clause rests on, then and now; for a vendor not in the catalog, none. */
export function publishedPositions(
  clauseId: string,
  versions: readonly ProvisionVersion[],
  since: string,
): PublishedPosition[] {
  if (versions.length === 0) return [];
  return provisionsOfClause(clauseId).map((key) => {
    const then = versionAt(versions, key, since);
    const now = versionAt(versions, key, null);
    return {
      key,
      label: PROVISION_KEYS[key].label,
      then: positionText(then, `Unknown: the catalog recorded no position by ${day(since)}.`),
      now: positionText(now, "Unknown: the catalog records no position now."),
      changed: then?.version !== now?.version,
    };
  });
}

/** The question the questionnaire asks for a clause: its own first, else one of the findings it answers. */
function questionFor(clauseId: string, questions: readonly ChecklistQuestion[]) {
  const own = questions.find((q) => q.from.some((o) => o.kind === "clause" && o.id === clauseId));
  return own ? { id: own.id, text: own.question } : null;
}

export function checklistRows(input: ChecklistInput): ChecklistRow[] {
  const order = new Map(input.clauses.map((c, i) => [c.id, i]));
  const sorted = [...input.outcomes].sort(
    (a, b) => (order.get(a.clauseId) ?? Infinity) - (order.get(b.clauseId) ?? Infinity),
  );
  return sorted.map((o) => {
    const index = order.get(o.clauseId);
    const published = publishedPositions(o.clauseId, input.versions, input.since);
    return {
      clauseId: o.clauseId,
      clause: index === undefined ? `${o.clauseTitle} (no longer in the pack)` : `${index + 1}. ${o.clauseTitle}`,
      position: positionWords(o),
      wording: o.wording,
      reason: o.position === "riskAccepted" ? o.reason : null,
      published,
      changed: published.some((p) => p.changed),
      check: index === undefined ? "" : input.clauses[index].reconfirmAtRenewal,
      reAsk: questionFor(o.clauseId, input.questionsNow),
    };
  });
}

/** The questions of the questionnaire now that the one asked then did not hold, in the order asked. */
export function newQuestions(input: Pick<ChecklistInput, "questionsNow" | "questionIdsThen">): NewQuestion[] {
  const then = input.questionIdsThen;
  if (!then) return [];
  return input.questionsNow
    .filter((q) => !then.has(q.id))
    .map((q) => ({ id: q.id, number: q.number, text: q.question }));
}
