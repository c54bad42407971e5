/**
 * The fields of an account, checked the same way wherever one is made: the first-run set-up, an accepted
 * invitation, `clausewise user add`, and an admin's invitation (email and role only); and a new password,
 * through a reset link, the account page or `clausewise user reset-password`. Pure.
 * Every message names its field.
 */
import * as z from "zod";
import { unstorableText } from "../questionnaire/answers.ts";
import { firstErrors } from "../utils/form-errors.ts";
import { ROLES } from "./roles.ts";
import { passwordProblem } from "./password-rules.ts";

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

/** The form fields; a message per field that is wrong. */
export type AccountErrors = Partial<
  Record<"email" | "name" | "role" | "currentPassword" | "password" | "passwordAgain" | "form", string>
>;

/** Trimmed and lower-cased: the one spelling an email address is stored and looked up in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const email = z
  .string({ error: "Email is required." })
  .transform(normalizeEmail)
  .pipe(
    z
      .string()
      .min(1, "Email is required.")
      .max(MAX_EMAIL_LENGTH, `Email must be at most ${MAX_EMAIL_LENGTH} characters long.`)
      .pipe(z.email("Email must be an email address, like name@example.com.")),
  );

const name = z
  .string({ error: "Name is required." })
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "Name is required.")
      .max(MAX_NAME_LENGTH, `Name must be at most ${MAX_NAME_LENGTH} characters long.`)
      // Names go into documents (the clause pack's "prepared by").
      .superRefine((value, ctx) => {
        const problem = unstorableText("Name", value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  );

const password = z
  .string({ error: "Password is required." })
  .min(1, "Password is required.")
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const role = z.enum(ROLES, { error: `Role must be one of ${ROLES.join(", ")}.` });

const passwordAgain = z.string({ error: "Type the password again." });
const sameTwice: [(v: { password: string; passwordAgain: string }) => boolean, { path: string[]; message: string }] = [
  (v) => v.password === v.passwordAgain,
  { path: ["passwordAgain"], message: "The two passwords are not the same." },
];

/** A new person's own details: name and password, typed twice. */
const newPassword = z.object({ name, password, passwordAgain }).refine(...sameTwice);

export const setupSchema = z.intersection(z.object({ email }), newPassword);
export const joinSchema = newPassword;
export const invitationSchema = z.object({ email, role });
export const roleSchema = z.object({ role });
/** A new password through a reset link: typed twice. */
export const resetPasswordSchema = z.object({ password, passwordAgain }).refine(...sameTwice);
/** Changing one's own password: the current one, so a browser left signed in is not enough. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Current password is required." }).min(1, "Current password is required."),
    password,
    passwordAgain,
  })
  .refine(...sameTwice);

export type SetupInput = z.infer<typeof setupSchema>;
export type JoinInput = z.infer<typeof joinSchema>;
export type InvitationInput = z.infer<typeof invitationSchema>;

export const accountErrors = (error: z.ZodError): AccountErrors => firstErrors<keyof AccountErrors>(error);

export { formFields } from "../utils/form-errors.ts";
