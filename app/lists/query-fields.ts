/**
 * The pieces the lists' query-string schemas share: a value quoted in a message, cut short, and a choice
 * among known values, "" for any. Each message starts with the field's label, so it names the field. Pure.
 */
import * as z from "zod";

/** A value typed into an address, quoted in a message: cut short, so a long one does not fill the page. */
export const quoted = (value: string) => `“${[...value].length > 40 ? `${[...value].slice(0, 40).join("")}…` : value}”`;

/** One of `choices` (trimmed), or "" for any; anything else is refused naming `label` and the choices. */
export function choiceParam<const T extends string>(label: string, choices: readonly { value: T; label: string }[]) {
  const words = choices.map((c) => c.label).join(", ");
  return z
    .string()
    .transform((v) => v.trim())
    .superRefine((value, ctx) => {
      if (value !== "" && !choices.some((c) => c.value === value)) {
        ctx.addIssue({
          code: "custom",
          message: `${label}: ${quoted(value)} is not one of ${words}. Choose one of them, or any.`,
        });
      }
    })
    .transform((value) => value as T | "");
}
