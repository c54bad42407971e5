import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";

import { listPacks } from "../../app/models/pack.server.ts";
import { listReviewEvents } from "../../app/models/audit.server.ts";
import { loader as xlsxLoader } from "../../app/routes/reviews.$reviewId.questions[.]xlsx.ts";
import { loader as docxLoader } from "../../app/routes/reviews.$reviewId.questions[.]docx.ts";
import { startReview } from "../../app/use-cases/reviews/answers.server.ts";
import { getDb } from "../../app/utils/db.server.ts";
import { fixtureAnswers as fixture } from "../support/fixtures.ts";
import { paragraphs, part, readDocx } from "../support/read-docx.ts";
import { readXlsx, shown } from "../support/read-xlsx.ts";
import { testContext } from "../support/test-context.ts";

const args = (params: Record<string, string>) => ({
  params,
  request: new Request("http://localhost/"),
  context: testContext(),
});

const sha256 = (file: Buffer) => createHash("sha256").update(file).digest("hex");

describe("GET /reviews/:id/questions.xlsx and questions.docx", () => {
  it("download the vendor questionnaire, each recorded once with its kind and SHA-256", async () => {
    const db = getDb();
    const review = startReview(db, { ...fixture("hospital-consumer-app"), buyerName: "Sjúkrahús Ærø / Nord" });

    const xlsx = (await xlsxLoader(args({ reviewId: review.id }))) as Response;
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("Cache-Control")).toBe("no-store");
    expect(xlsx.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="Vendor questionnaire - Sjukrahus AEro Nord - Anthropic - \d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''Vendor%20questionnaire%20-%20Sj%C3%BAkrah%C3%BAs%20%C3%86r%C3%B8%20Nord/,
    );
    const workbook = Buffer.from(await xlsx.arrayBuffer());
    expect(xlsx.headers.get("X-Content-SHA256")).toBe(sha256(workbook));
    expect(xlsx.headers.get("Content-Length")).toBe(String(workbook.byteLength));
    const sheet = (await readXlsx(workbook)).getWorksheet("Questions")!;
    expect(shown(sheet.getCell("B2").value)).toBe("Sjúkrahús Ærø / Nord");

    const docx = (await docxLoader(args({ reviewId: review.id }))) as Response;
    expect(docx.status).toBe(200);
    expect(docx.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(docx.headers.get("Content-Disposition")).toMatch(/filename="Vendor questionnaire - .+\.docx"/);
    const document = Buffer.from(await docx.arrayBuffer());
    expect(docx.headers.get("X-Content-SHA256")).toBe(sha256(document));
    const text = paragraphs(part(await readDocx(document), "word/document.xml")).map((p) => p.text);
    expect(text[0]).toBe("Vendor questionnaire");

    const records = listPacks(db, review.id);
    expect(records.map((r) => [r.kind, r.sha256, r.bytes]).sort()).toEqual([
      ["questionnaire-docx", sha256(document), document.byteLength],
      ["questionnaire-xlsx", sha256(workbook), workbook.byteLength],
    ]);
    const events = listReviewEvents(db, review.id).filter((e) => e.action === "pack.generated");
    expect(events.map((e) => e.what)).toEqual(
      expect.arrayContaining([
        `Generated the vendor questionnaire (.xlsx) (SHA-256 ${sha256(workbook)})`,
        `Generated the vendor questionnaire (.docx) (SHA-256 ${sha256(document)})`,
      ]),
    );
    expect(events.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "questionnaire-xlsx", sha256: sha256(workbook) }),
        expect.objectContaining({ kind: "questionnaire-docx", sha256: sha256(document) }),
      ]),
    );

    // The same answers and library: the recorded file again, byte for byte, and no second record.
    const again = Buffer.from(await ((await xlsxLoader(args({ reviewId: review.id }))) as Response).arrayBuffer());
    expect(again.equals(workbook)).toBe(true);
    expect(listPacks(db, review.id)).toHaveLength(2);
  });

  it("are a plain 404 page for an unknown review and 409 for a questionnaire not finished", async () => {
    expect((await xlsxLoader(args({ reviewId: "nope" }))).status).toBe(404);
    const draft = startReview(getDb(), { buyerName: "Half Done Ltd" });
    expect((await xlsxLoader(args({ reviewId: draft.id }))).status).toBe(409);
    expect((await docxLoader(args({ reviewId: draft.id }))).status).toBe(409);
    expect(listPacks(getDb(), draft.id)).toHaveLength(0);
  });
});
