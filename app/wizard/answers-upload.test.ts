import { describe, expect, it } from "vitest";

import { CATALOG } from "../../tests/support/test-answers.ts";

import { PASTE_FIELD, readAnswersUpload, UPLOAD_FIELD } from "./answers-upload.ts";

function upload(fields: { file?: string; pasted?: string }): FormData {
  const data = new FormData();
  data.append(
    UPLOAD_FIELD,
    new File(fields.file === undefined ? [] : [fields.file], fields.file === undefined ? "" : "answers.json"),
  );
  data.append(PASTE_FIELD, fields.pasted ?? "");
  return data;
}

const VALID = JSON.stringify({ version: 1, answers: { buyerName: "Example Corp", vendorId: "openai" } });

describe("reading an answers file from a form", () => {
  it("reads an uploaded file, or pasted text, and accepts a draft's unanswered questions", async () => {
    const expected = { ok: true, answers: { buyerName: "Example Corp", vendorId: "openai" } };
    expect(await readAnswersUpload(upload({ file: VALID }), CATALOG)).toEqual(expected);
    expect(await readAnswersUpload(upload({ pasted: VALID }), CATALOG)).toEqual(expected);
    expect(await readAnswersUpload(upload({ file: `\uFEFF${VALID}` }), CATALOG)).toEqual(expected);
  });

  it.each<[string, { file?: string; pasted?: string }, RegExp]>([
    ["nothing given", {}, /Choose an answers file/],
    ["both a file and pasted text", { file: VALID, pasted: VALID }, /not both/],
    ["text that is not JSON", { pasted: "{ nope" }, /not valid JSON/],
  ])("refuses %s, keeping the pasted text", async (_, fields, message) => {
    const result = await readAnswersUpload(upload(fields), CATALOG);
    expect(result).toMatchObject({ ok: false, pasted: fields.pasted ?? "" });
    if (result.ok) throw new Error("expected problems");
    expect(result.problems).toEqual([{ field: "file", message: expect.stringMatching(message) }]);
  });

  it("refuses a file that is not UTF-8, never reading it with replacement characters", async () => {
    const data = new FormData();
    data.append(UPLOAD_FIELD, new File([Buffer.from(VALID.replace("Example", "Caf\u00e9"), "latin1")], "answers.json"));
    data.append(PASTE_FIELD, "");
    expect(await readAnswersUpload(data, CATALOG)).toEqual({
      ok: false,
      pasted: "",
      problems: [{ field: "file", message: expect.stringMatching(/^This file is not UTF-8 text/) }],
    });
  });

  it("lists every problem of the answers by field", async () => {
    const bad = JSON.stringify({ version: 1, answers: { buyerName: 3, termMonths: 0, colour: "blue" } });
    const result = await readAnswersUpload(upload({ pasted: bad }), CATALOG);
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => p.field)).toEqual(["colour", "buyerName", "termMonths"]);
  });
});
