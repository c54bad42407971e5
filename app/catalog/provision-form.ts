/**
 * The form that records a new version of a vendor provision, as one zod schema: every message names its
 * field. Values are the tokens the rules understand (PROVISION_KEYS), or free text where a key has none.
 * Text must be characters a document can hold: provisions are quoted in the clause pack. Pure.
 */
import * as z from "zod";
import { isRealDate } from "../questionnaire/answers.ts";
import { firstErrors } from "../utils/form-errors.ts";
import { formText } from "../utils/form-text.ts";
import {
  PROVISION_LABELS,
  PROVISION_LIMITS,
  type ProvisionField,
  type ProvisionFormErrors,
} from "./provision-fields.ts";
import {
  isNumberKey,
  PRODUCT_LINES,
  PROVISION_KEYS,
  provisionTokens,
  SOURCE_KINDS,
  type ProvisionKey,
} from "./types.ts";

export * from "./provision-fields.ts";

const KEYS = Object.keys(PROVISION_KEYS) as [ProvisionKey, ...ProvisionKey[]];

/** Text of at most `max` characters that a document can hold; `required` or "" for none. */
const text = (field: keyof typeof PROVISION_LIMITS, required: boolean) =>
  formText(PROVISION_LABELS[field], PROVISION_LIMITS[field], required);

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

export function provisionFormSchema(options: { today: string }) {
  return z
    .object({
      vendorId: z.string({ error: "Vendor is required." }).min(1, "Vendor is required."),
      productLine: z.enum(PRODUCT_LINES, { error: `Product line must be one of ${PRODUCT_LINES.join(", ")}.` }),
      key: z.enum(KEYS, { error: "Provision must be one of the catalog's provisions." }),
      value: text("value", true),
      statement: text("statement", true),
      condition: text("condition", false),
      excerpt: text("excerpt", false),
      sourceTitle: text("sourceTitle", true),
      sourcePublisher: text("sourcePublisher", true),
      sourceKind: z.enum(SOURCE_KINDS, {
        error: `${PROVISION_LABELS.sourceKind} must be one of ${SOURCE_KINDS.join(", ")}.`,
      }),
      // Shown as a link: only a web address, never a javascript: or data: one.
      sourceUrl: text("sourceUrl", false).refine(
        (v) => v === "" || isWebAddress(v),
        `${PROVISION_LABELS.sourceUrl} must be a web address starting with https:// or http://.`,
      ),
      checkedOn: z
        .string({ error: "Date checked is required." })
        .transform((v) => v.trim())
        .superRefine((value, ctx) => {
          if (value === "") ctx.addIssue({ code: "custom", message: "Date checked is required." });
          else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
            ctx.addIssue({ code: "custom", message: "Date checked must be a date written YYYY-MM-DD." });
          } else if (!isRealDate(value)) {
            ctx.addIssue({
              code: "custom",
              message: `Date checked must be a real calendar date; ${value} does not exist.`,
            });
          } else if (value > options.today) {
            ctx.addIssue({ code: "custom", message: "Date checked cannot be in the future." });
          }
        }),
    })
    .superRefine((form, ctx) => {
      const tokens = provisionTokens(form.key);
      if (isNumberKey(form.key) && form.value !== "" && !/^\d{1,5}$/.test(form.value)) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `Value for “${PROVISION_KEYS[form.key].label}” must be a whole number, e.g. 30; "${form.value}" is not.`,
        });
      }
      if (tokens && form.value !== "" && !tokens.includes(form.value)) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `Value for “${PROVISION_KEYS[form.key].label}” must be one of ${tokens.join(", ")}; "${form.value}" is not.`,
        });
      }
    });
}

export type ProvisionFormInput = z.infer<ReturnType<typeof provisionFormSchema>>;

export const provisionErrors = (error: z.ZodError): ProvisionFormErrors => firstErrors<ProvisionField>(error);
