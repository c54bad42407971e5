// /clauses/:clauseId/edit: legal's house wording of one clause (issue 17, item 3). The clause's template
// file is edited whole, as a lawyer edits it in templates/, and checked by the same loader: a version that
// would not load as a file is refused with the loader's own words, and nothing is saved. Who may post is
// decided before this runs (app/auth/access.ts, catalog:write).
import type { Actor } from "../../audit/events.ts";
import { ClauseLibraryError, loadClauseLibrary, readClauseLibraryFiles } from "../../clauses/library.server.ts";
import { changed, diffText, shortenUnchanged, type DiffPart } from "../../clauses/text-diff.ts";
import type { Outcome } from "../../http/outcome.ts";
import { refuse } from "../../http/refuse.ts";
import { clauseFileName, currentLibrary, libraryWithHouseText } from "../../models/current-library.server.ts";
import { listHouseVersions, recordHouseVersion } from "../../models/house-clauses.server.ts";
import { findForbiddenCharacter } from "../../questionnaire/answers.ts";
import type { Db } from "../../utils/db.server.ts";

/** Long enough for a sentence or two; the why is read in the history beside the change. */
export const MAX_REASON_LENGTH = 500;

/** The shipped clause and its file's text; a clause the library does not hold is a 404. */
function shippedClause(clauseId: string | undefined) {
  const shipped = loadClauseLibrary();
  const clause = clauseId ? shipped.byId.get(clauseId) : undefined;
  if (!clause) throw refuse(404, "The clause library has no such clause. Choose one on the Clause library page.");
  const file = readClauseLibraryFiles(shipped.dir).find((f) => f.name === clauseFileName(clause.id));
  return { clause, shippedText: file?.text ?? "" };
}

/**
 * The library in force, or why it does not load: after a release changes the shipped files, a house
 * version may no longer fit them, and this page is where legal puts that right, so it must still open.
 */
function libraryInForce(db: Db) {
  try {
    return { library: currentLibrary(db), problems: [] as string[] };
  } catch (error) {
    if (!(error instanceof ClauseLibraryError)) throw error;
    return { library: null, problems: [...error.problems] };
  }
}

const diffOf = (before: string, after: string): DiffPart[] | null => {
  const parts = diffText(before, after);
  return changed(parts) ? shortenUnchanged(parts) : null;
};

/**
 * The page: the text in force (the newest house version, or the shipped file), what it changes from the
 * shipped text, and every version with who, when, why and its change against the version before it and
 * against the shipped text.
 */
export function houseWordingPage(db: Db, clauseId: string | undefined) {
  const { clause, shippedText } = shippedClause(clauseId);
  const versions = listHouseVersions(db, clause.id);
  const textOf = (v: { text: string | null } | undefined) => v?.text ?? shippedText;
  const currentText = textOf(versions[0]);
  const inForce = libraryInForce(db);
  return {
    clause: { id: clause.id, title: inForce.library?.byId.get(clause.id)?.title ?? clause.title },
    text: currentText,
    /** The version the form edits, so a version recorded meanwhile by someone else is not overwritten. */
    basedOn: versions[0]?.version ?? 0,
    isHouse: versions[0] !== undefined && versions[0].text !== null,
    /** Null when the house versions no longer load over the shipped files (a new release changed them). */
    libraryVersion: inForce.library?.version ?? null,
    libraryProblems: inForce.problems,
    shippedVersion: loadClauseLibrary().version,
    againstShipped: diffOf(shippedText, currentText),
    history: versions.map((v, i) => ({
      version: v.version,
      createdBy: v.createdBy ?? "Not recorded",
      createdAt: v.createdAt,
      reason: v.reason,
      backToShipped: v.text === null,
      againstBefore: diffOf(textOf(versions[i + 1]), textOf(v)),
      againstShipped: diffOf(shippedText, textOf(v)),
    })),
  };
}

export type HouseWordingPage = ReturnType<typeof houseWordingPage>;

export type HouseWordingField = "text" | "reason" | "form";

/** What the page shows again after a refused post: which form, its problems, and what was typed. */
export interface HouseWordingActionData {
  intent: "record" | "revert";
  /** Per field; `text` may hold several problems, each as the file loader words it. */
  errors: Partial<Record<HouseWordingField, string[]>>;
  values: { text: string; reason: string };
}

/** Browsers send a textarea's line breaks as CRLF; the file's are LF, as a lawyer's editor writes them. */
const asFileText = (typed: string) => typed.replace(/\r\n?/g, "\n");

function reasonProblem(reason: string): string | null {
  if (reason === "") return "Say why: it is kept with the version, in the history and the audit trail.";
  if (reason.length > MAX_REASON_LENGTH) return `Keep the reason to ${MAX_REASON_LENGTH} characters or fewer.`;
  const forbidden = findForbiddenCharacter(reason);
  if (forbidden || /[\r\n]/.test(reason))
    return `The reason holds a character it cannot keep (${forbidden?.name ?? "a line break"}${forbidden ? ` at position ${forbidden.position}` : ""}); remove it.`;
  return null;
}

/**
 * Records a new house version (`intent=record`, the whole file in `text`) or goes back to the shipped text
 * (`intent=revert`), each with a reason; then back to the page. Any problem: the page again with the
 * problem named and the text as typed, nothing saved.
 */
export function houseWordingAction(
  db: Db,
  actor: Actor,
  clauseId: string | undefined,
  form: FormData,
): Outcome<HouseWordingActionData> {
  const { clause, shippedText } = shippedClause(clauseId);
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const intent = field("intent") === "revert" ? "revert" : "record";
  const text = asFileText(field("text"));
  const reason = field("reason").trim();
  const values = { text, reason };
  const refused = (errors: HouseWordingActionData["errors"]) => ({
    status: 400,
    body: { intent, errors, values } satisfies HouseWordingActionData,
  });

  if (field("intent") !== "record" && field("intent") !== "revert")
    return refused({ form: ["Choose “Record this version” or “Back to the shipped text”."] });
  const versions = listHouseVersions(db, clause.id);
  const basedOn = versions[0]?.version ?? 0;
  if (field("basedOn") !== String(basedOn))
    return refused({
      form: [
        `Someone recorded version ${basedOn} of this clause since you opened the page. Nothing was saved: your text is below; compare it with the text in force and record it again.`,
      ],
    });

  const errors: HouseWordingActionData["errors"] = {};
  const why = reasonProblem(reason);
  if (why) errors.reason = [why];
  const inForce = versions[0]?.text ?? shippedText;
  let next: string | null;
  if (intent === "revert") {
    next = null;
    if (versions[0]?.text == null) errors.form = ["The clause has its shipped text already."];
  } else {
    next = text;
    const forbidden = findForbiddenCharacter(text);
    if (forbidden)
      errors.text = [
        `The text holds a character a document cannot carry (${forbidden.name} at position ${forbidden.position}); remove it.`,
      ];
    else if (text === inForce) errors.text = ["This is the text in force already: change it, or leave the page."];
  }
  if (Object.keys(errors).length > 0) return refused(errors);

  let title: string;
  try {
    title = libraryWithHouseText(db, clause.id, next).byId.get(clause.id)?.title ?? clause.title;
  } catch (error) {
    if (!(error instanceof ClauseLibraryError)) throw error;
    return refused({ text: [...error.problems] });
  }
  const version = recordHouseVersion(db, actor, { clauseId: clause.id, clauseTitle: title, text: next, reason });
  return { redirect: `/clauses/${clause.id}/edit?${intent === "revert" ? "reverted" : "recorded"}=${version}` };
}
