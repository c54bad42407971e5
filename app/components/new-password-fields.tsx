// Name and password typed twice: the part of the set-up and invitation forms that a new person fills in;
// and, without the name, the new password of a reset link or the account page.
import type { AccountErrors } from "../accounts/account-form.ts";
import { MIN_PASSWORD_LENGTH } from "../accounts/password-rules.ts";

import { FormField, inputProps } from "./form-field.tsx";

/** `name` undefined leaves the name out (the person has one); `passwordLabel` "New password" beside a current one. */
export function NewPasswordFields({
  errors,
  name,
  passwordLabel = "Password",
}: {
  errors: AccountErrors;
  name?: string;
  passwordLabel?: string;
}) {
  const hint = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.`;
  return (
    <>
      {name === undefined ? null : (
        <FormField
          id="account-name"
          label="Your name"
          hint="As colleagues know you: it shows in the history of what you change."
          error={errors.name}
        >
          <input
            {...inputProps("account-name", "name", { hint: true, error: errors.name })}
            type="text"
            autoComplete="name"
            defaultValue={name}
            required
          />
        </FormField>
      )}
      <FormField id="account-password" label={passwordLabel} hint={hint} error={errors.password}>
        <input
          {...inputProps("account-password", "password", { hint: true, error: errors.password })}
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
        />
      </FormField>
      <FormField id="account-password-again" label={`${passwordLabel} again`} error={errors.passwordAgain}>
        <input
          {...inputProps("account-password-again", "passwordAgain", { error: errors.passwordAgain })}
          type="password"
          autoComplete="new-password"
          required
        />
      </FormField>
    </>
  );
}

/** The error summary's items for the account fields, in the order of the form. */
export function accountSummaryItems(errors: AccountErrors, fieldIds: Partial<Record<keyof AccountErrors, string>>) {
  const order: (keyof AccountErrors)[] = [
    "form",
    "email",
    "role",
    "name",
    "currentPassword",
    "password",
    "passwordAgain",
  ];
  const ids: Partial<Record<keyof AccountErrors, string>> = {
    name: "account-name",
    currentPassword: "account-current-password",
    password: "account-password",
    passwordAgain: "account-password-again",
    ...fieldIds,
  };
  return order.flatMap((field) => (errors[field] ? [{ target: ids[field], message: errors[field]! }] : []));
}
