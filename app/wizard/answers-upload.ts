/**
 * An answers file sent through a form, as an upload or pasted text: read, parsed and validated as the
 * command line does it, every problem named by field. A draft's file may leave questions unanswered.
 */
import { parseAnswersFile, type Answers, type Problem } from "../questionnaire/answers.ts";
import { decodeUtf8File } from "../utils/utf8.ts";

export const UPLOAD_FIELD = "answersFile";
export const PASTE_FIELD = "answersText";

export type UploadResult = { ok: true; answers: Answers } | { ok: false; problems: Problem[]; pasted: string };

/** The uploaded file's text, "" without one, or null if it is not UTF-8 (never read with replacements). */
async function uploadedText(formData: FormData): Promise<string | null> {
  const file = formData.get(UPLOAD_FIELD);
  // A form without a chosen file still sends the field, as an empty file with no name.
  if (file === null || typeof file === "string" || file.size === 0) return "";
  return decodeUtf8File(new Uint8Array(await file.arrayBuffer()));
}

export async function readAnswersUpload(
  formData: FormData,
  options: { vendorIds: readonly string[] },
): Promise<UploadResult> {
  const pastedRaw = formData.get(PASTE_FIELD);
  const pasted = typeof pastedRaw === "string" ? pastedRaw : "";
  const uploaded = await uploadedText(formData);
  const fail = (message: string): UploadResult => ({ ok: false, problems: [{ field: "file", message }], pasted });
  if (uploaded === null) {
    return fail(
      "This file is not UTF-8 text, so it cannot be an answers file: save it as UTF-8 (the answers export is) and choose it again.",
    );
  }

  if (uploaded.trim() !== "" && pasted.trim() !== "") {
    return fail("Choose a file or paste the answers, not both.");
  }
  const text = uploaded.trim() !== "" ? uploaded : pasted;
  if (text.trim() === "") return fail("Choose an answers file (.json), or paste its contents.");
  let json: unknown;
  try {
    // A byte-order mark, as some editors save it, is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(
      `This is not valid JSON (${(error as Error).message}). An answers file is a JSON object such as { "version": 1, "answers": { … } }.`,
    );
  }
  const result = parseAnswersFile(json, { vendorIds: options.vendorIds, allowIncomplete: true });
  return result.ok ? result : { ok: false, problems: result.problems, pasted };
}
