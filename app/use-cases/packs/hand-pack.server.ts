// Legal builds a pack by hand from the clause library: the clauses ticked on the workbench, the parties,
// the product lines and the values of the variables those clauses print. Building it renders its two
// documents (the addendum and the memo) and records the pack, the documents with their SHA-256 and the
// library version, and the audit events, in one transaction; a download hands out the recorded bytes.
import type { Actor } from "../../audit/events.ts";
import {
  answersOf,
  handPackVariables,
  initialValues,
  PARTY_QUESTION_IDS,
  readHandPackForm,
  valuesOfInputs,
  variableQuestions,
  type CatalogVendor,
  type FormErrors,
  type HandPackInputs,
} from "../../clauses/hand-pack-form.ts";
import type { ClauseLibrary } from "../../clauses/library.ts";
import { readSelection, type SelectionProblem } from "../../clauses/selection.ts";
import type { ProductLine } from "../../catalog/types.ts";
import type { Outcome } from "../../http/outcome.ts";
import { refuse } from "../../http/refuse.ts";
import { listVendors, vendorLineNames } from "../../models/catalog.server.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import {
  getHandPack,
  getHandPackDocument,
  insertHandPack,
  type HandPackDocumentKind,
  type HandPackRecord,
} from "../../models/hand-pack.server.ts";
import { buildClausePack } from "../../pack/build-pack.ts";
import type { ClausePack } from "../../pack/model.ts";
import { renderDocumentOffThread } from "../../pack/render-off-thread.server.ts";
import { ANSWERS_FILE_VERSION, type Answers } from "../../questionnaire/answers.ts";
import { handPickedEvaluation, type ClauseSelection } from "../../rules/hand-picked.ts";
import type { Db } from "../../utils/db.server.ts";
import { formEntriesFromFormData } from "../../questionnaire/step-schemas.ts";
import { helpFor, hintsFor } from "../../questionnaire/question-help.ts";
import type { QuestionId } from "../../questionnaire/questions.ts";
import { contractingPartyFor } from "../reviews/evaluate.server.ts";
import { sha256Of } from "./generate.server.ts";

/** The documents a hand-built pack is delivered as, in the order they are recorded. */
export const HAND_PACK_KINDS: readonly HandPackDocumentKind[] = ["addendum", "memo"];

export const handPackPath = (id: number) => `/packs/${id}`;

function catalogVendors(db: Db): CatalogVendor[] {
  return listVendors(db).map((v) => ({
    id: v.id,
    name: v.name,
    lineNames: Object.fromEntries(vendorLineNames(db, v.id).map((l) => [l.line, l.names])),
  }));
}

/** The chosen clauses as the form lists them: title and variant, in the pack's order. */
function selectionRows(library: ClauseLibrary, selections: readonly ClauseSelection[]) {
  return selections.map((s) => {
    const clause = library.byId.get(s.id)!;
    return { id: s.id, title: clause.title, variant: s.variant ?? null, variants: clause.variants.length };
  });
}

export interface HandPackFormBody {
  libraryVersion: string;
  selection: ReturnType<typeof selectionRows>;
  /** The ids of the questions the chosen clauses' variables are computed from, in the questionnaire's order. */
  questionIds: string[];
  vendors: { id: string; name: string }[];
  values: Record<string, string | string[]>;
  errors: FormErrors;
  /** What is wrong with the clauses chosen (an unknown clause or variant), by field. */
  selectionProblems: SelectionProblem[];
  /** Why each question matters, and its options' hints: the wizard's words, sent with the page. */
  help: Partial<Record<QuestionId, string>>;
  hints: Partial<Record<QuestionId, Record<string, string>>>;
}

function formBody(
  library: ClauseLibrary,
  vendors: readonly CatalogVendor[],
  selections: readonly ClauseSelection[],
  rest: Partial<Pick<HandPackFormBody, "values" | "errors" | "selectionProblems">> = {},
): HandPackFormBody {
  const questions = variableQuestions(library, selections);
  const asked: QuestionId[] = [...PARTY_QUESTION_IDS, "productLine", ...questions.map((q) => q.id)];
  return {
    help: helpFor(asked),
    hints: hintsFor(asked),
    libraryVersion: library.version,
    selection: selectionRows(library, selections),
    questionIds: questions.map((q) => q.id),
    vendors: vendors.map((v) => ({ id: v.id, name: v.name })),
    values: rest.values ?? initialValues(questions),
    errors: rest.errors ?? {},
    selectionProblems: rest.selectionProblems ?? [],
  };
}

/**
 * /packs/new: the form for the clauses the address names (`clause`, `variant.<id>`), each question with
 * its default. An unknown clause or variant is answered 400, naming it.
 */
export function newHandPackPage(db: Db, url: URL): Outcome<HandPackFormBody> {
  const library = currentLibrary(db);
  const vendors = catalogVendors(db);
  const selection = readSelection(url.searchParams, library);
  if (!selection.ok)
    return {
      status: 400,
      body: formBody(library, vendors, selection.selections, { selectionProblems: selection.problems }),
    };
  // No clause yet (the page opened from the navigation): the way to the library, not an error.
  if (selection.selections.length === 0) return { body: formBody(library, vendors, []) };
  // Building again a pack built before (`from`): its values typed in, for the clauses the address names.
  const from = url.searchParams.get("from");
  const earlier = from && /^[1-9][0-9]{0,15}$/.test(from) ? getHandPack(db, Number(from)) : null;
  const values = earlier
    ? valuesOfInputs(inputsOf(earlier), variableQuestions(library, selection.selections))
    : undefined;
  return { body: formBody(library, vendors, selection.selections, { values }) };
}

/** The pack model of stored inputs against `library` (whose version the caller has checked). */
export function handPackModel(
  db: Db,
  inputs: HandPackInputs,
  library: ClauseLibrary,
  made: { preparedBy: string; generatedAt: string },
): ClausePack {
  const vendor = inputs.vendorId === null ? null : (catalogVendors(db).find((v) => v.id === inputs.vendorId) ?? null);
  const answers = answersOf(inputs);
  const variables = handPackVariables(inputs, vendor);
  const evaluation = handPickedEvaluation({ library, selections: inputs.selections, values: variables, answers });
  const party = contractingPartyFor(db, answers);
  return buildClausePack({
    evaluation,
    library,
    vendorName: inputs.vendorName,
    preparedBy: made.preparedBy,
    generatedAt: made.generatedAt,
    answersVersion: ANSWERS_FILE_VERSION,
    variables,
    selection: "hand",
    contractingParty: party.name,
    contractingCandidates: party.candidates,
  });
}

/** The two documents of a pack model, each with its SHA-256. The same model gives the same bytes. */
export async function handPackDocuments(pack: ClausePack) {
  return Promise.all(
    HAND_PACK_KINDS.map(async (kind) => {
      const file = await renderDocumentOffThread(kind, pack);
      return { kind, file, sha256: sha256Of(file) };
    }),
  );
}

/**
 * Builds the pack posted from /packs/new: the clauses (hidden fields carried from the workbench) checked
 * again against the library in force, then every field; 400 with a message per field and nothing saved
 * on any problem; otherwise the pack and its documents recorded, and the way to its page.
 */
export async function buildHandPack(
  db: Db,
  formData: FormData,
  by: Actor | null,
  now = new Date(),
): Promise<Outcome<HandPackFormBody>> {
  const library = currentLibrary(db);
  const vendors = catalogVendors(db);
  const params = new URLSearchParams();
  for (const [name, value] of formData.entries()) if (typeof value === "string") params.append(name, value);
  const selection = readSelection(params, library);
  const entries = formEntriesFromFormData(formData);
  if (!selection.ok || selection.selections.length === 0) {
    const problems = selection.ok
      ? [{ field: "clause", message: "Clause: tick at least one clause in the clause library." }]
      : selection.problems;
    return { status: 400, body: formBody(library, vendors, selection.selections, { selectionProblems: problems }) };
  }
  const read = readHandPackForm(entries, { library, selections: selection.selections, vendors });
  if (!read.ok)
    return {
      status: 400,
      body: formBody(library, vendors, selection.selections, { values: read.values, errors: read.errors }),
    };

  const createdAt = now.toISOString();
  const pack = handPackModel(db, read.inputs, library, {
    preparedBy: by?.name ?? "Not recorded",
    generatedAt: createdAt,
  });
  const documents = await handPackDocuments(pack);
  const { id } = insertHandPack(
    db,
    {
      buyerName: read.inputs.buyerName,
      vendorId: read.inputs.vendorId,
      vendorName: read.inputs.vendorName,
      productLines: read.inputs.productLines,
      selections: read.inputs.selections,
      values: read.inputs.values as Record<string, unknown>,
      libraryVersion: library.version,
      createdBy: by?.id ?? null,
      createdAt,
    },
    documents,
    by,
  );
  return { redirect: `${handPackPath(id)}?built` };
}

/** A stored pack's inputs, as the form made them. */
export function inputsOf(record: HandPackRecord): HandPackInputs {
  return {
    buyerName: record.buyerName,
    vendorId: record.vendorId,
    vendorName: record.vendorName,
    productLines: record.productLines as ProductLine[],
    selections: record.selections,
    values: record.values as Answers,
  };
}

/** The pack an address names (a whole number), or 404. */
export function requireHandPack(db: Db, packId: string | undefined): HandPackRecord {
  const id = /^[1-9][0-9]{0,15}$/.test(packId ?? "") ? Number(packId) : NaN;
  const record = Number.isSafeInteger(id) ? getHandPack(db, id) : null;
  if (!record) throw refuse(404, "There is no such hand-built pack.");
  return record;
}

/** A recorded document of a hand-built pack, byte for byte as it was delivered (404 if there is none). */
export function downloadHandPackDocument(db: Db, packId: string | undefined, kind: HandPackDocumentKind) {
  const pack = requireHandPack(db, packId);
  const document = getHandPackDocument(db, pack.id, kind);
  if (!document) throw refuse(404, "This hand-built pack has no such document.");
  return { pack, ...document };
}
