/**
 * The vendor-answers page's two forms as zod schemas: an answer typed in (what the vendor answered, on
 * which document, who answered and when) and what an answer settles (a provision's value and the position
 * in one sentence). Every message names its field; text is kept as typed, only the white space around it
 * trimmed, and must be characters a document can hold (it is quoted in the memo). Pure.
 */
import * as z from "zod";

import { isNumberKey, PRODUCT_LINES, PROVISION_KEYS, provisionTokens, type ProvisionKey } from "../catalog/types.ts";
import { VALUE_WORDS } from "../catalog/value-words.ts";
import { isRealDate } from "../questionnaire/answers.ts";
import { firstErrors } from "../utils/form-errors.ts";
import { formText } from "../utils/form-text.ts";
import {
  ANSWER_LABELS,
  ANSWER_LIMITS,
  SETTLE_LABELS,
  SETTLE_LIMITS,
  type AnswerField,
  type SettleField,
} from "./vendor-answers-fields.ts";

export function answerFormSchema(options: { latest: string }) {
  const label = ANSWER_LABELS.answeredOn;
  return z.object({
    questionId: z.string({ error: "Choose the question answered." }).min(1, "Choose the question answered."),
    answer: formText(ANSWER_LABELS.answer, ANSWER_LIMITS.answer, true),
    document: formText(ANSWER_LABELS.document, ANSWER_LIMITS.document, false).default(""),
    answeredBy: formText(ANSWER_LABELS.answeredBy, ANSWER_LIMITS.answeredBy, true),
    answeredOn: z
      .string({ error: `${label} is required.` })
      .transform((v) => v.trim())
      .superRefine((value, ctx) => {
        if (value === "") ctx.addIssue({ code: "custom", message: `${label} is required.` });
        else if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          ctx.addIssue({ code: "custom", message: `${label} must be a date written YYYY-MM-DD, e.g. 2027-03-01.` });
        else if (!isRealDate(value))
          ctx.addIssue({ code: "custom", message: `${label} must be a real calendar date; ${value} does not exist.` });
        else if (value > options.latest) ctx.addIssue({ code: "custom", message: `${label} cannot be in the future.` });
      }),
  });
}

export type AnswerFormInput = z.infer<ReturnType<typeof answerFormSchema>>;
export type AnswerFormErrors = Partial<Record<AnswerField | "form", string>>;
export const answerErrors = (error: z.ZodError): AnswerFormErrors => firstErrors<AnswerField>(error);

const KEYS = Object.keys(PROVISION_KEYS) as [ProvisionKey, ...ProvisionKey[]];

/** The words of a key's allowed values, for a message: "yes (yes), reports (audit reports only) …". */
const tokenList = (key: ProvisionKey) =>
  (provisionTokens(key) ?? [])
    .map((t) => (VALUE_WORDS[t] && VALUE_WORDS[t] !== t ? `${t} (${VALUE_WORDS[t]})` : t))
    .join(", ");

export const settleFormSchema = z
  .object({
    questionId: z.string({ error: "Choose the question answered." }).min(1, "Choose the question answered."),
    productLine: z.enum(PRODUCT_LINES, {
      error: `${SETTLE_LABELS.productLine} must be one of ${PRODUCT_LINES.join(", ")}.`,
    }),
    key: z.enum(KEYS, { error: `${SETTLE_LABELS.key} must be one of the catalog’s provisions.` }),
    value: formText(SETTLE_LABELS.value, SETTLE_LIMITS.value, true),
    statement: formText(SETTLE_LABELS.statement, SETTLE_LIMITS.statement, true),
  })
  .superRefine((form, ctx) => {
    if (form.value === "") return;
    const label = PROVISION_KEYS[form.key].label;
    const tokens = provisionTokens(form.key);
    if (isNumberKey(form.key) && !/^\d{1,5}$/.test(form.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `${SETTLE_LABELS.value} for “${label}” must be a whole number, e.g. 30; “${form.value}” is not.`,
      });
    } else if (tokens && !tokens.includes(form.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `${SETTLE_LABELS.value} for “${label}” must be one of ${tokenList(form.key)}; “${form.value}” is not.`,
      });
    }
  });

export type SettleFormInput = z.infer<typeof settleFormSchema>;
export type SettleFormErrors = Partial<Record<SettleField | "form", string>>;
export const settleErrors = (error: z.ZodError): SettleFormErrors => firstErrors<SettleField>(error);
