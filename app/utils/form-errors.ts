// Reading a posted form for a zod schema, and its issues back as one message per field. Pure.
import type * as z from "zod";

/** The first message for each field (an issue without a path is about the whole form). */
export function firstErrors<F extends string>(error: z.ZodError): Partial<Record<F | "form", string>> {
  const errors: Partial<Record<F | "form", string>> = {};
  for (const issue of error.issues) {
    const field = (issue.path[0] ?? "form") as F | "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A form's fields as strings (a missing field is undefined, so the schema says it is required). */
export function formFields<N extends string>(formData: FormData, names: readonly N[]): Record<N, string | undefined> {
  return Object.fromEntries(
    names.map((n) => {
      const value = formData.get(n);
      return [n, typeof value === "string" ? value : undefined];
    }),
  ) as Record<N, string | undefined>;
}
