/**
 * What was agreed for a clause, and the signed agreement: the positions a negotiation ends in, their
 * words, and the checks a recorded outcome passes (one zod schema per form, every message naming its
 * field). Pure: the model stores what this accepts, the pages and the checklist word it with this.
 */
import * as z from "zod";

import { fallbackLetter } from "../pack/format.ts";
import { isRealDate, unstorableText } from "../questionnaire/answers.ts";

/**
 * primary: the clause's language as proposed; fallback: one of its fallbacks; other: wording of the
 * parties' own; conceded: the ask was dropped, nothing agreed; riskAccepted: not agreed, and someone with
 * authority accepts the risk for a time.
 */
export const OUTCOME_POSITIONS = ["primary", "fallback", "other", "conceded", "riskAccepted"] as const;
export type OutcomePosition = (typeof OUTCOME_POSITIONS)[number];

export const POSITION_LABELS: Record<OutcomePosition, string> = {
  primary: "Primary language agreed",
  fallback: "A fallback agreed",
  other: "Other wording agreed",
  conceded: "Conceded: nothing agreed",
  riskAccepted: "Risk accepted: nothing agreed",
};

/** A recorded outcome, as the pages and the checklist read it. */
export interface ClauseOutcome {
  clauseId: string;
  clauseTitle: string;
  position: OutcomePosition;
  /** The fallback agreed, 0 for (a); null for any other position. */
  fallback: number | null;
  /** The text agreed, as it was then; "" where nothing was agreed. */
  wording: string;
  approver: string | null;
  reason: string | null;
  /** YYYY-MM-DD: when an accepted risk must be decided again. */
  expiresOn: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

/** "Fallback (b) agreed", "Risk accepted by Ana Ruiz until 2027-06-30" — the position in a few words. */
export function positionWords(
  outcome: Pick<ClauseOutcome, "position" | "fallback" | "approver" | "expiresOn">,
): string {
  switch (outcome.position) {
    case "fallback":
      return `Fallback ${fallbackLetter(outcome.fallback ?? 0)} agreed`;
    case "riskAccepted":
      return `Risk accepted by ${outcome.approver ?? "(not named)"} until ${outcome.expiresOn ?? "(no date)"}`;
    default:
      return POSITION_LABELS[outcome.position];
  }
}

/** Whether the position commits the vendor to something the renewal must find still true. */
export function isCommitment(position: OutcomePosition): boolean {
  return position === "primary" || position === "fallback" || position === "other";
}

export const OUTCOME_LIMITS = { wording: 20_000, approver: 200, reason: 4_000 } as const;
export const AGREEMENT_LIMITS = { title: 300, termMonths: 240 } as const;

export const OUTCOME_FIELDS = ["position", "fallback", "wording", "approver", "reason", "expiresOn"] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
export const AGREEMENT_FIELDS = ["title", "signedOn", "termMonths"] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

export const OUTCOME_LABELS: Record<OutcomeField, string> = {
  position: "What was agreed",
  fallback: "Which fallback",
  wording: "The wording agreed",
  approver: "Who accepted the risk",
  reason: "Why the risk is accepted",
  expiresOn: "Accepted until",
};

export const AGREEMENT_LABELS: Record<AgreementField, string> = {
  title: "Title of the signed agreement",
  signedOn: "Date signed",
  termMonths: "Term, in months",
};

/** Text as typed: required, at most `max` characters, and only characters a document can hold. */
function typedText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .refine((text) => text.trim() !== "", { error: `Enter ${label.toLowerCase()}.` })
    .refine((text) => [...text].length <= max, { error: `${label} is longer than ${max} characters; shorten it.` })
    .superRefine((text, ctx) => {
      const problem = unstorableText(label, text);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

function realDate(label: string, hint: string) {
  return z
    .string({ error: `Enter ${label.toLowerCase()} as YYYY-MM-DD.` })
    .refine(isRealDate, { error: `${label} must be a date that exists, written YYYY-MM-DD (${hint}).` });
}

/** A day in UTC, YYYY-MM-DD. */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The outcome form, for a clause with `fallbacks` fallbacks in the pack: `fallback` is the index of one
 * of them (posted as "0" for (a)); the risk's approver, reason and date are asked only for an accepted
 * risk, the wording only for other wording. Fields of other positions are ignored, not stored.
 */
export function outcomeSchema(fallbacks: number, now: Date) {
  const today = dayOf(now);
  const position = z.enum(OUTCOME_POSITIONS, {
    error: `Choose what was agreed: ${Object.values(POSITION_LABELS).join("; ")}.`,
  });
  return z
    .object({ position, fallback: z.string().optional() })
    .passthrough()
    .transform((form, ctx) => {
      const raw = form as Record<string, string | undefined>;
      const field = <T>(name: OutcomeField, schema: z.ZodType<T>): T | undefined => {
        const result = schema.safeParse(raw[name]);
        if (result.success) return result.data;
        for (const issue of result.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [name] });
        return undefined;
      };
      switch (form.position) {
        case "fallback": {
          if (fallbacks === 0) {
            ctx.addIssue({
              code: "custom",
              path: ["position"],
              message: "This clause has no fallbacks: choose another position.",
            });
            return z.NEVER;
          }
          const index = field(
            "fallback",
            z
              .string({ error: "Choose which fallback was agreed." })
              .regex(/^\d+$/, { error: "Choose which fallback was agreed." })
              .transform(Number)
              .refine((n) => n < fallbacks, {
                error: `Choose one of the clause’s fallbacks, ${fallbackLetter(0)} to ${fallbackLetter(fallbacks - 1)}.`,
              }),
          );
          return index === undefined ? z.NEVER : { position: form.position, fallback: index };
        }
        case "other": {
          const wording = field("wording", typedText(OUTCOME_LABELS.wording, OUTCOME_LIMITS.wording));
          return wording === undefined ? z.NEVER : { position: form.position, wording };
        }
        case "riskAccepted": {
          const approver = field("approver", typedText(OUTCOME_LABELS.approver, OUTCOME_LIMITS.approver));
          const reason = field("reason", typedText(OUTCOME_LABELS.reason, OUTCOME_LIMITS.reason));
          const expiresOn = field(
            "expiresOn",
            realDate(OUTCOME_LABELS.expiresOn, "the day the acceptance ends").refine((d) => d > today, {
              error: `${OUTCOME_LABELS.expiresOn} must be after today (${today}): an acceptance that has ended accepts nothing.`,
            }),
          );
          if (approver === undefined || reason === undefined || expiresOn === undefined) return z.NEVER;
          return { position: form.position, approver, reason, expiresOn };
        }
        default:
          return { position: form.position };
      }
    });
}

export type OutcomeInput = z.output<ReturnType<typeof outcomeSchema>>;

export function agreementSchema(now: Date) {
  const today = dayOf(now);
  return z.object({
    title: typedText(AGREEMENT_LABELS.title, AGREEMENT_LIMITS.title),
    signedOn: realDate(AGREEMENT_LABELS.signedOn, "the day the last party signed").refine((d) => d <= today, {
      error: `${AGREEMENT_LABELS.signedOn} cannot be after today (${today}): record the agreement once it is signed.`,
    }),
    termMonths: z
      .string({ error: "Enter the term as a whole number of months." })
      .regex(/^\d{1,3}$/, { error: "Enter the term as a whole number of months, such as 12 or 36." })
      .transform(Number)
      .refine((n) => n >= 1 && n <= AGREEMENT_LIMITS.termMonths, {
        error: `The term must be between 1 and ${AGREEMENT_LIMITS.termMonths} months.`,
      }),
  });
}

export type AgreementInput = z.output<ReturnType<typeof agreementSchema>>;

/**
 * The last day of a term of `months` from `signedOn` (YYYY-MM-DD): the day before the same date that many
 * months on (2026-03-15 + 12 → 2027-03-14), or the last day of that month where it has no such date
 * (2026-01-31 + 1 → 2026-02-28).
 */
export function termEnds(signedOn: string, months: number): string {
  const [y, m, d] = signedOn.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0));
  if (d > lastDay.getUTCDate()) return lastDay.toISOString().slice(0, 10);
  return new Date(Date.UTC(y, m - 1 + months, d - 1)).toISOString().slice(0, 10);
}

/** The text agreed for a position: the clause's language, the fallback chosen, or the wording typed. */
export function agreedWording(
  input: OutcomeInput,
  clause: { language: readonly string[]; fallbacks: readonly string[] },
  numberOf: (sub: number) => string,
): string {
  switch (input.position) {
    case "primary":
      return clause.language.map((text, i) => `${numberOf(i)} ${text}`).join("\n\n");
    case "fallback":
      return clause.fallbacks[input.fallback];
    case "other":
      return input.wording;
    default:
      return "";
  }
}
