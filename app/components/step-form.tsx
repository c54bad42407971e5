/**
 * A step's form. Without JavaScript it is a plain post: the server validates, answers 400 with the
 * messages and the typed values, and shows questions that became relevant once the step is saved. With
 * JavaScript, react-hook-form runs the same zod schema as the server (messages as you type), questions
 * appear and disappear as the answers change, and "Save and continue" posts only a valid step; the
 * server still judges every post.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useForm, type FieldValues } from "react-hook-form";

import type { Answers } from "../questionnaire/answers.ts";
import { questionById, questionsOnStep, type QuestionId, type QuestionStepId } from "../questionnaire/questions.ts";
import { previewStepAnswers, stepSchema, type FormEntries, type StepErrors } from "../questionnaire/step-schemas.ts";
import { NEW_REVIEW_PATH, stepPath } from "../wizard/paths.ts";
import { firstInputId, visibleQuestionIds, type StepActionData, type StepValues } from "../wizard/step-view.ts";
import { showsConsumerCallout, type ConsumerTerms } from "../wizard/vendor-terms.ts";

import { ErrorSummary } from "./error-summary.tsx";
import { QuestionAnswer, QuestionField } from "./question-field.tsx";
import { ConsumerCallout } from "./vendor-terms.tsx";

export interface StepFormProps {
  data: {
    /** `id` is null on the first step of a review not saved yet: its first save creates it. */
    review: { id: string | null; version: number; answers: Answers; vendorName: string | null };
    step: { id: QuestionStepId };
    hasPrevious: boolean;
    values: StepValues;
    vendors: { id: string; name: string }[];
    consumerTerms: Record<string, ConsumerTerms>;
    /** The words of a notice after a redirect (step-notices.server.ts), or null. */
    notice: string | null;
    revealed: QuestionId[];
    /** The saved answers in words (null: not answered), shown instead of the form to a read-only role. */
    savedAnswers: { id: QuestionId; words: string | null }[];
    /** Why each question of the step matters (sent with the page, so its JavaScript need not carry it). */
    help: Partial<Record<QuestionId, string>>;
    /** The options' hints, sent with the page for the same reason. */
    hints: Partial<Record<QuestionId, Record<string, string>>>;
  };
  actionData: StepActionData | undefined;
  /** A role that reads reviews but may not change them (legal): the saved answers as text, no form. */
  readOnly: boolean;
  /** Told the buyer's name as it is typed (with JavaScript), so the page can show it above the form. */
  onBuyerNameChange?: (typed: string) => void;
}

/** Whether a question on the step depends on another answer on the same step. */
function hasFollowUps(stepId: QuestionStepId): boolean {
  return questionsOnStep(stepId).some((q) => q.dependsOn?.some((id) => questionById(id)?.step === stepId));
}

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function StepForm({ data, actionData, readOnly, onBuyerNameChange }: StepFormProps) {
  const { review, step, vendors } = data;
  const stepId = step.id;
  const hydrated = useHydrated();
  const submit = useSubmit();
  const navigation = useNavigation();
  const catalog = useMemo(() => ({ vendorIds: vendors.map((v) => v.id) }), [vendors]);
  // The values the page opened with: typed values after a refused post, else the saved answers and defaults.
  const [initialValues] = useState<StepValues>(() => actionData?.values ?? data.values);
  const resolver = useMemo(
    () => zodResolver(stepSchema(stepId, { ...catalog, existingAnswers: review.answers })),
    [stepId, catalog, review.answers],
  );
  const form = useForm<FieldValues>({
    defaultValues: initialValues,
    resolver: resolver as never,
    // Judged as the buyer types, not on leaving a field: a message that appears on blur moves the
    // buttons under the pointer, and the click meant for "Save and continue" lands on nothing.
    mode: "onChange",
    shouldFocusError: true,
  });
  const { register, formState, setError, setFocus } = form;

  // The questions shown follow the answers as they stand on the page, wrong or missing ones left out.
  const current = form.watch() as FormEntries;
  const preview = previewStepAnswers(stepId, current, review.answers, catalog);
  const visible = visibleQuestionIds(stepId, preview);
  const revealed = new Set<QuestionId>(actionData?.kind === "invalid" ? actionData.revealed : data.revealed);

  // Effects run only in the browser: without JavaScript the page keeps the saved name.
  const typedBuyerName = current.buyerName;
  useEffect(() => {
    if (typeof typedBuyerName === "string") onBuyerNameChange?.(typedBuyerName);
  }, [typedBuyerName, onBuyerNameChange]);

  const serverErrors: StepErrors = actionData?.kind === "invalid" ? actionData.errors : {};
  // Before hydration the server's messages are shown as rendered; after it, react-hook-form holds them.
  const errorFor = (id: QuestionId): string | undefined => {
    const message = formState.errors[id]?.message;
    if (typeof message === "string") return message;
    return hydrated ? undefined : serverErrors[id];
  };

  // A refused save is announced where the buyer is looking: the banner takes focus, which scrolls to it.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (actionData?.kind === "conflict" || actionData?.kind === "badRequest") banner.current?.focus();
  }, [actionData]);

  useEffect(() => {
    if (actionData?.kind !== "invalid") return;
    const ids = questionsOnStep(stepId)
      .map((q) => q.id)
      .filter((id) => actionData.errors[id] !== undefined);
    for (const id of ids) setError(id, { type: "server", message: actionData.errors[id] });
    if (ids.length > 0) setFocus(ids[0]);
  }, [actionData, stepId, setError, setFocus]);

  const summary = visible.flatMap((id) => {
    const message = errorFor(id);
    const question = questionById(id);
    return message && question ? [{ target: firstInputId(question), message }] : [];
  });
  const showSummary = actionData?.kind === "invalid" || formState.submitCount > 0;

  // "Save and continue" is checked in the browser first; Back and Save draft go straight to the server,
  // which keeps what is valid.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!(submitter instanceof HTMLButtonElement) || submitter.value !== "next") return;
    event.preventDefault();
    void form.handleSubmit(() => submit(submitter, { method: "post" }))();
  };

  const busy = navigation.state === "submitting";
  const newQuestions = [...revealed].filter((id) => visible.includes(id));
  const { notice } = data;

  return (
    <>
      {actionData?.kind === "conflict" ? (
        <div className="banner banner--error" role="alert" tabIndex={-1} ref={banner} autoFocus={!hydrated}>
          <h2>This review was changed in another tab or by someone else</h2>
          <p>
            It was saved elsewhere after you opened this page, so nothing you typed here was saved, and nothing was
            overwritten. Your typed answers are still below: copy any you need, then{" "}
            <a href={review.id === null ? "" : stepPath(review.id, stepId)}>reload this step</a> to see the latest
            answers.
          </p>
        </div>
      ) : null}
      {actionData?.kind === "badRequest" ? (
        <div className="banner banner--error" role="alert" tabIndex={-1} ref={banner} autoFocus={!hydrated}>
          <p>{actionData.message}</p>
        </div>
      ) : null}
      {showSummary ? <ErrorSummary items={summary} autoFocus={!hydrated} /> : null}
      {notice ? (
        <p className="banner banner--ok" role="status">
          {notice}
        </p>
      ) : null}
      {newQuestions.length > 0 && actionData?.kind !== "conflict" ? (
        // Without JavaScript the page opens here, so the buyer learns at once why the step is shown again.
        <div className="banner banner--info" role="status" tabIndex={-1} autoFocus={!hydrated && summary.length === 0}>
          <p>
            Your answers brought up{" "}
            {newQuestions.length === 1 ? "a new question" : `${newQuestions.length} new questions`} on this step. Answer{" "}
            {newQuestions.length === 1 ? "it" : "them"}, then continue:
          </p>
          <ul>
            {newQuestions.map((id) => {
              const question = questionById(id);
              return question ? (
                <li key={id}>
                  <a href={`#${firstInputId(question)}`}>{question.label}</a>
                </li>
              ) : null;
            })}
          </ul>
        </div>
      ) : null}
      {showsConsumerCallout(stepId, preview) ? (
        <ConsumerCallout
          terms={preview.vendorId ? (data.consumerTerms[preview.vendorId] ?? null) : null}
          vendorName={preview.vendorId === "other" ? (preview.vendorName ?? null) : review.vendorName}
        />
      ) : null}
      {readOnly ? (
        <ReadOnlyAnswers answers={data.savedAnswers} help={data.help} />
      ) : (
        <Form method="post" noValidate className="step-form" onSubmit={onSubmit} aria-busy={busy || undefined}>
          {review.id === null ? (
            <p className="step-form__unsaved">
              Nothing is saved yet: the review is created when you save this step. Leave the page, or cancel, and no
              review is started.
            </p>
          ) : (
            // After a refused save the page stays on the version it was built from (the server's render of
            // the refused post would otherwise carry the new one), so posting it again is refused again.
            <input
              type="hidden"
              name="version"
              value={actionData?.kind === "conflict" ? actionData.version : review.version}
            />
          )}
          <input type="hidden" name="shown" value={visible.join(" ")} />
          {hasFollowUps(stepId) ? (
            <noscript>
              <p className="muted">
                Some questions on this step depend on your other answers here. Without JavaScript they appear when you
                save the step.
              </p>
            </noscript>
          ) : null}
          <div className="step-form__fields">
            {visible.map((id) => {
              const question = questionById(id);
              if (!question) return null;
              return (
                <QuestionField
                  key={id}
                  question={question}
                  value={initialValues[id]}
                  error={errorFor(id)}
                  register={register}
                  vendors={vendors}
                  isNew={revealed.has(id)}
                  help={data.help[id] ?? ""}
                  hints={data.hints[id]}
                />
              );
            })}
          </div>
          <div className="form-actions">
            <button type="submit" name="intent" value="next" className="button">
              {stepId === "renewal" ? "Save and review" : "Save and continue"}
            </button>
            {data.hasPrevious ? (
              <button type="submit" name="intent" value="back" className="button button--secondary">
                Back
              </button>
            ) : null}
            <button type="submit" name="intent" value="save" className="button button--tertiary">
              Save draft
            </button>
            {review.id === null ? (
              <a href={NEW_REVIEW_PATH} className="form-actions__cancel">
                Cancel
              </a>
            ) : null}
            <span className="form-actions__status" role="status">
              {busy ? "Saving…" : ""}
            </span>
          </div>
        </Form>
      )}
    </>
  );
}

/** The step's answers as they were saved, in words: what a role that may not change them reads. */
function ReadOnlyAnswers({
  answers,
  help,
}: {
  answers: StepFormProps["data"]["savedAnswers"];
  help: StepFormProps["data"]["help"];
}) {
  return (
    <div className="step-form step-form--read-only">
      <dl className="step-answers">
        {answers.map(({ id, words }) => {
          const question = questionById(id);
          return question ? <QuestionAnswer key={id} question={question} words={words} help={help[id] ?? ""} /> : null;
        })}
      </dl>
    </div>
  );
}
