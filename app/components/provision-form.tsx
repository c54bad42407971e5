/**
 * Recording a new version of one provision for one vendor product line. Without JavaScript the value is
 * typed (each provision's values are listed beside its name); with it, a provision with a fixed set of
 * values offers them in a list. The server checks either way.
 */
import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";

import {
  PROVISION_LABELS,
  SOURCE_KIND_LABELS,
  PROVISION_LIMITS,
  type ProvisionFormErrors,
  type ProvisionFormValues,
} from "../catalog/provision-fields.ts";
import {
  isNumberKey,
  PROVISION_KEYS,
  provisionTokens,
  SOURCE_KINDS,
  type ProductLine,
  type ProvisionKey,
} from "../catalog/types.ts";
import { describeValue } from "../catalog/value-words.ts";

import { ErrorSummary } from "./error-summary.tsx";
import { FormField, inputProps } from "./form-field.tsx";

const KEYS = Object.keys(PROVISION_KEYS) as ProvisionKey[];

function tokensOf(key: string): readonly string[] | null {
  return key in PROVISION_KEYS ? provisionTokens(key as ProvisionKey) : null;
}

const TEXT_FIELDS = [
  { field: "condition", hint: "When it applies, e.g. “paid services only”. Leave empty when it always applies." },
  { field: "excerpt", hint: "A few words quoted from the source, without quotation marks." },
  { field: "sourceTitle", hint: "The document the terms are in, e.g. “Commercial Terms of Service”." },
  { field: "sourcePublisher", hint: "Who published it: the vendor, or the site that analysed or archived it." },
  { field: "sourceUrl", hint: "Where the document is published." },
] as const;

export function ProvisionForm({
  vendorId,
  vendorName,
  productLine,
  lineName,
  submitted,
}: {
  vendorId: string;
  vendorName: string;
  productLine: ProductLine;
  lineName: string;
  /** The refused post of this form, if it was this one. */
  submitted: { errors: ProvisionFormErrors; values: ProvisionFormValues } | null;
}) {
  const errors = submitted?.errors ?? {};
  const values = submitted?.values;
  const [key, setKey] = useState<string>(values?.key ?? KEYS[0]);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const id = (field: string) => `provision-${vendorId}-${productLine}-${field}`;
  const tokens = tokensOf(key);
  const summary = (Object.keys(errors) as (keyof ProvisionFormErrors)[]).map((field) => ({
    target: field === "vendorId" || field === "productLine" ? undefined : id(field),
    message: errors[field]!,
  }));

  return (
    <details className="provision-form" open={submitted !== null}>
      <summary>Record a new version of a provision for {lineName}</summary>
      <p className="muted">
        The new version becomes current at once, for every review of {vendorName}; the one it replaces stays in the
        history.
      </p>
      <ErrorSummary items={summary} autoFocus />
      <Form
        method="post"
        className="account-form"
        noValidate
        aria-label={`New provision for ${vendorName} — ${lineName}`}
      >
        <input type="hidden" name="vendorId" value={vendorId} />
        <input type="hidden" name="productLine" value={productLine} />
        <FormField id={id("key")} label={PROVISION_LABELS.key} error={errors.key}>
          <select
            {...inputProps(id("key"), "key", { error: errors.key })}
            value={key}
            onChange={(event) => setKey(event.target.value)}
          >
            {KEYS.map((k) => {
              const fixed = provisionTokens(k);
              return (
                <option key={k} value={k}>
                  {PROVISION_KEYS[k].label}
                  {/* Without JavaScript the value is typed, so each provision lists its values here. */}
                  {hydrated
                    ? fixed
                      ? ""
                      : isNumberKey(k)
                        ? " (a number)"
                        : " (free text)"
                    : ` (${fixed ? fixed.join(", ") : isNumberKey(k) ? "a number" : "free text"})`}
                </option>
              );
            })}
          </select>
        </FormField>
        <FormField
          id={id("value")}
          label={PROVISION_LABELS.value}
          hint={
            !hydrated
              ? "Type one of the values in brackets beside the provision (e.g. optIn), or a few words where it says free text."
              : tokens
                ? "The value the findings are worked out from; describe the position in words below."
                : "The value in a few words, e.g. “30 days”."
          }
          error={errors.value}
        >
          {hydrated && tokens ? (
            <select
              {...inputProps(id("value"), "value", { hint: true, error: errors.value })}
              defaultValue={values?.value}
            >
              {tokens.map((t) => (
                <option key={t} value={t}>
                  {describeValue(t)}
                </option>
              ))}
            </select>
          ) : (
            <input
              {...inputProps(id("value"), "value", { hint: true, error: errors.value })}
              type="text"
              defaultValue={values?.value}
              maxLength={PROVISION_LIMITS.value}
            />
          )}
        </FormField>
        <FormField
          id={id("statement")}
          label={PROVISION_LABELS.statement}
          hint="The position in plain words, as people will read it beside the questions and in the clause pack."
          error={errors.statement}
        >
          <textarea
            {...inputProps(id("statement"), "statement", { hint: true, error: errors.statement })}
            rows={3}
            defaultValue={values?.statement}
          />
        </FormField>
        {TEXT_FIELDS.map(({ field, hint }) => (
          <FormField
            key={field}
            id={id(field)}
            label={PROVISION_LABELS[field]}
            hint={hint}
            error={errors[field]}
            optional={field !== "sourceTitle" && field !== "sourcePublisher"}
          >
            <input
              {...inputProps(id(field), field, { hint: true, error: errors[field] })}
              type={field === "sourceUrl" ? "url" : "text"}
              defaultValue={values?.[field]}
            />
          </FormField>
        ))}
        <FormField
          id={id("sourceKind")}
          label={PROVISION_LABELS.sourceKind}
          hint="A fact resting only on secondary sources is shown as such everywhere."
          error={errors.sourceKind}
        >
          <select
            {...inputProps(id("sourceKind"), "sourceKind", { hint: true, error: errors.sourceKind })}
            className="input input--select"
            defaultValue={values?.sourceKind || "primary"}
          >
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={id("checkedOn")}
          label={PROVISION_LABELS.checkedOn}
          hint="The day you read the source, YYYY-MM-DD."
          error={errors.checkedOn}
        >
          <input
            {...inputProps(id("checkedOn"), "checkedOn", { hint: true, error: errors.checkedOn })}
            className="input input--date"
            type="date"
            defaultValue={values?.checkedOn}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">
            Record this version
          </button>
        </div>
      </Form>
    </details>
  );
}
