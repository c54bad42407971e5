import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { main } from "../../app/cli/main.ts";
import { paragraphs, part, readDocx } from "../support/read-docx.ts";
import { readXlsx, shown } from "../support/read-xlsx.ts";

const HOSPITAL = path.resolve("tests/fixtures/answers/hospital-consumer-app.json");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-cli-questions-"));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readLine: async () => "" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("clausewise pack --questions", () => {
  it("writes the vendor questionnaire as a workbook beside the memo, from the same pack", async () => {
    const dir = tmp();
    const memo = path.join(dir, "memo.docx");
    const questions = path.join(dir, "questions.xlsx");
    const result = await cli("pack", "--answers", HOSPITAL, "--out", memo, "--questions", questions);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Wrote ${memo} (SHA-256 ${sha256(memo)})`);
    expect(result.out).toContain(`Wrote ${questions} (SHA-256 ${sha256(questions)})`);
    const sheet = (await readXlsx(fs.readFileSync(questions))).getWorksheet("Questions")!;
    expect(shown(sheet.getCell("B2").value)).toBe("St. Brigid's University Hospital");
    const ids: string[] = [];
    sheet.eachRow((row) => {
      const id = shown(row.getCell(1).value);
      if (/^Q-/.test(id)) ids.push(id);
    });
    expect(ids).toContain("Q-no-training-1");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes a Word document instead when the file ends in .docx, alone if asked alone", async () => {
    const dir = tmp();
    const questions = path.join(dir, "Questions.DOCX");
    const result = await cli("pack", "--answers", HOSPITAL, "--questions", questions);
    expect(result.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["Questions.DOCX"]);
    const text = paragraphs(part(await readDocx(fs.readFileSync(questions)), "word/document.xml")).map((p) => p.text);
    expect(text[0]).toBe("Vendor questionnaire");
    expect(text).toContain("Q-no-training-1");
  });

  it("says which file it could not write, and names --questions in the usage", async () => {
    const result = await cli("pack", "--answers", HOSPITAL, "--questions", path.join(tmp(), "no", "q.xlsx"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Cannot write the vendor questionnaire to .+q\.xlsx: its folder does not exist\.$/);
    expect((await cli("pack", "--answers", HOSPITAL)).err).toContain("--questions QUESTIONS.xlsx");
    expect((await cli("help")).out).toContain("[--questions QUESTIONS.xlsx]");
  });
});
