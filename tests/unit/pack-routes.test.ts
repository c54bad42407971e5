import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testContext } from "../support/test-context.ts";
import { listPacks } from "../../app/models/pack.server.ts";
import { startReview } from "../../app/use-cases/reviews/answers.server.ts";
import { paragraphs, part, readDocx } from "../support/read-docx.ts";
import type { Answers } from "../../app/questionnaire/answers.ts";
import { loader as previewLoader } from "../../app/routes/reviews.$reviewId.pack.tsx";
import { loader as docxLoader } from "../../app/routes/reviews.$reviewId.pack[.]docx.ts";
import { loader as recordedLoader } from "../../app/routes/reviews.$reviewId.packs.$packId[.]docx.ts";
import { loader as recordedXlsxLoader } from "../../app/routes/reviews.$reviewId.packs.$packId[.]xlsx.ts";
import { loader as questionsXlsxLoader } from "../../app/routes/reviews.$reviewId.questions[.]xlsx.ts";
import { loader as calendarLoader } from "../../app/routes/renewals[.]ics.ts";
import { loader as reviewCalendarLoader } from "../../app/routes/reviews.$reviewId.renewal[.]ics.ts";
import { loader as addendumLoader } from "../../app/routes/reviews.$reviewId.addendum[.]docx.ts";
import { createHash } from "node:crypto";
import { getDb } from "../../app/utils/db.server.ts";

const fixture = (name: string): Answers =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers", `${name}.json`), "utf8")).answers;

const args = (params: Record<string, string>) => ({
  params,
  request: new Request("http://localhost/"),
  context: testContext(),
});

describe("GET /reviews/:id/addendum.docx", () => {
  it("downloads the addendum, records it apart from the memo with its SHA-256, and holds the memo's clauses", async () => {
    const db = getDb();
    const review = startReview(db, fixture("bank-api-eu"));
    const response = (await addendumLoader(args({ reviewId: review.id }))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="Addendum - .+ - Anthropic - \d{4}-\d{2}-\d{2}\.docx"/,
    );
    const file = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("X-Content-SHA256")).toBe(createHash("sha256").update(file).digest("hex"));
    expect(listPacks(db, review.id).map((r) => r.kind)).toEqual(["addendum"]);

    await docxLoader(args({ reviewId: review.id }));
    expect(listPacks(db, review.id).map((r) => r.kind)).toEqual(["memo", "addendum"]);
    const memo = paragraphs(
      part(
        await readDocx(
          Buffer.from(await ((await docxLoader(args({ reviewId: review.id }))) as Response).arrayBuffer()),
        ),
        "word/document.xml",
      ),
    );
    const addendum = paragraphs(part(await readDocx(file), "word/document.xml"));
    const language = (ps: typeof memo) => ps.filter((p) => p.style === "ClauseLanguage").map((p) => p.text);
    expect(language(addendum)).toEqual(expect.arrayContaining(language(memo)));
    expect(listPacks(db, review.id)).toHaveLength(2);
  });
});

describe("GET /reviews/:id/pack.docx", () => {
  it("downloads the pack as an attachment with a safe name, never cached, and records it once", async () => {
    const db = getDb();
    const review = startReview(db, { ...fixture("bank-api-eu"), buyerName: 'Bank "North"/\nEast' });
    const response = (await docxLoader(args({ reviewId: review.id }))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(
      /^attachment; filename="Negotiation memo - Bank North East - Anthropic - \d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''/,
    );
    const file = Buffer.from(await response.arrayBuffer());
    expect(file.subarray(0, 2).toString()).toBe("PK");

    const records = listPacks(db, review.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ reviewId: review.id, bytes: file.byteLength, answersVersion: 1 });
    expect(records[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(records[0].libraryVersion).toMatch(/^[0-9a-f]{12}$/);

    // The same answers and library: the recorded file again, byte for byte, and no second record.
    const again = Buffer.from(await ((await docxLoader(args({ reviewId: review.id }))) as Response).arrayBuffer());
    expect(again.equals(file)).toBe(true);
    expect(listPacks(db, review.id)).toHaveLength(1);

    const recorded = (await recordedLoader(args({ reviewId: review.id, packId: String(records[0].id) }))) as Response;
    expect(Buffer.from(await recorded.arrayBuffer()).equals(file)).toBe(true);
  });

  it("is a plain 404 page for an unknown review and 409 for a questionnaire not finished", async () => {
    const missing = await docxLoader(args({ reviewId: "nope" }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await missing.text()).toContain("There is no review at this address.");
    const draft = startReview(getDb(), { buyerName: "Half Done Ltd" });
    const incomplete = await docxLoader(args({ reviewId: draft.id }));
    expect(incomplete.status).toBe(409);
    expect(await incomplete.text()).toMatch(/<h1>Not ready yet<\/h1>[\s\S]*not finished yet/);
    expect(listPacks(getDb(), draft.id)).toHaveLength(0);
  });

  it("a recorded pack that does not exist is a plain 404 page", async () => {
    const review = startReview(getDb(), fixture("bank-api-eu"));
    for (const packId of ["999999", "abc", "1e3", "0x1", "01", " 1"]) {
      const response = await recordedLoader(args({ reviewId: review.id, packId }));
      expect(response.status, packId).toBe(404);
      expect(await response.text(), packId).toContain("There is no such document (.docx) for this review.");
    }
  });

  it("a recorded workbook is served at its .xlsx address, byte for byte, and not at .docx (nor a Word file at .xlsx)", async () => {
    const db = getDb();
    const review = startReview(db, fixture("bank-api-eu"));
    const first = (await questionsXlsxLoader(args({ reviewId: review.id }))) as Response;
    const bytes = Buffer.from(await first.arrayBuffer());
    await docxLoader(args({ reviewId: review.id }));
    const [memo, workbook] = ["memo", "questionnaire-xlsx"].map((kind) =>
      listPacks(db, review.id).find((r) => r.kind === kind)!,
    );

    const again = await recordedXlsxLoader(args({ reviewId: review.id, packId: String(workbook.id) }));
    expect(again.status).toBe(200);
    expect(again.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(again.headers.get("Content-Disposition")).toMatch(/filename="Vendor questionnaire - .+\.xlsx"/);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);

    expect((await recordedLoader(args({ reviewId: review.id, packId: String(workbook.id) }))).status).toBe(404);
    expect((await recordedXlsxLoader(args({ reviewId: review.id, packId: String(memo.id) }))).status).toBe(404);
    expect((await recordedLoader(args({ reviewId: review.id, packId: String(memo.id) }))).status).toBe(200);
  });
});

describe("the preview page and the document", () => {
  it("hold the same clause titles and clause language", async () => {
    const db = getDb();
    const review = startReview(db, fixture("hospital-consumer-app"));
    const { pack } = previewLoader(args({ reviewId: review.id }));
    const response = (await docxLoader(args({ reviewId: review.id }))) as Response;
    const docx = await readDocx(Buffer.from(await response.arrayBuffer()));
    const text = paragraphs(part(docx, "word/document.xml"))
      .map((p) => p.text)
      .join(" ")
      .replace(/\s+/g, " ");
    expect(pack.clauses.length).toBeGreaterThan(10);
    for (const clause of pack.clauses) {
      expect(text).toContain(clause.title);
      for (const paragraph of clause.language) expect(text).toContain(paragraph.replace(/\s+/g, " "));
    }
  });
});

describe("GET /renewals.ics and /reviews/:id/renewal.ics", () => {
  it("download the re-review dates as calendar files, never cached; one review's holds only its own", async () => {
    const db = getDb();
    const review = startReview(db, { ...fixture("bank-api-eu"), renewalDate: "2031-03-31", reviewLeadDays: 60 });
    const all = await calendarLoader(args({}));
    expect(all.status).toBe(200);
    expect(all.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(all.headers.get("Cache-Control")).toBe("no-store");
    expect(await all.text()).toContain(`UID:${review.id}@clausewise`);

    const one = await reviewCalendarLoader(args({ reviewId: review.id }));
    const text = await one.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain("DTSTART;VALUE=DATE:20310130");
    expect((await reviewCalendarLoader(args({ reviewId: "no-such-review" }))).status).toBe(404);
  });
});
