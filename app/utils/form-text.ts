// A text field of a form as zod reads it: trimmed at its ends (never inside), at most `max` characters,
// required or not, and only characters a document can hold, each message naming the field. Pure.
import * as z from "zod";

import { unstorableText } from "../questionnaire/answers.ts";

export function formText(label: string, max: number, required: boolean) {
  return z
    .string({ error: `${label} is required.` })
    .transform((v) => v.trim())
    .superRefine((value, ctx) => {
      if (required && value === "") ctx.addIssue({ code: "custom", message: `${label} is required.` });
      const length = [...value].length;
      if (length > max)
        ctx.addIssue({ code: "custom", message: `${label} must be at most ${max} characters long; it has ${length}.` });
      const unstorable = unstorableText(label, value);
      if (unstorable) ctx.addIssue({ code: "custom", message: unstorable });
    });
}
