// Legal's house wording (issue 17, items 3 and 4): a version is checked by the file loader, used by the
// next pack with the library version that names it, and undone by going back to the shipped text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphs, part, readDocx, tables } from "../../../tests/support/read-docx.ts";
import { fixtureAnswers } from "../../../tests/support/fixtures.ts";
import { createTestUser } from "../../../tests/support/test-context.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { loadClauseLibrary, readClauseLibraryFiles } from "../../clauses/library.server.ts";
import { listRecentEvents } from "../../models/audit.server.ts";
import { currentLibrary, currentLibraryFiles } from "../../models/current-library.server.ts";
import { listHouseVersions } from "../../models/house-clauses.server.ts";
import { getReview } from "../../models/review.server.ts";
import { actorOf } from "../../models/user.server.ts";
import type { Db } from "../../utils/db.server.ts";
import { documentForReview } from "../packs/download-pack.server.ts";
import { startReview } from "../reviews/answers.server.ts";
import { houseWordingAction, houseWordingPage } from "./house-wording.server.ts";

const CLAUSE = "model-changes"; // applies always, so every pack holds it
const SHIPPED_PHRASE = "The models that Process Customer Data under this Agreement are those named";
const HOUSE_PHRASE =
  "The models that Process Customer Data under this Agreement (as Example Legal words it) are those named";

const shippedText = (clauseId = CLAUSE) => readClauseLibraryFiles().find((f) => f.name === `${clauseId}.md`)!.text;
const houseText = () => shippedText().replaceAll(SHIPPED_PHRASE, HOUSE_PHRASE);

function setUp() {
  const db = freshDb();
  const legal = actorOf(createTestUser("legal", db));
  return { db, legal };
}

/** A post as the page's forms send it (the route only adds who is signed in). */
async function post(db: Db, actor: ReturnType<typeof actorOf>, fields: Record<string, string>, clauseId = CLAUSE) {
  const body = new URLSearchParams(fields);
  const form = await new Request(`http://localhost/clauses/${clauseId}/edit`, { method: "POST", body }).formData();
  return houseWordingAction(db, actor, clauseId, form);
}

const basedOn = (db: Db, clauseId = CLAUSE) => String(houseWordingPage(db, clauseId).basedOn);

async function memoText(db: Db, reviewId: string) {
  const memo = await documentForReview(db, getReview(db, reviewId)!, "memo", { by: null });
  const doc = part(await readDocx(memo.file), "word/document.xml");
  return {
    record: memo.record,
    text: paragraphs(doc)
      .map((p) => p.text)
      .join("\n"),
    cells: tables(doc).flat(2).join("\n"),
  };
}

describe("house wording", () => {
  it("is used by the next pack, which records the library version naming it; going back restores the shipped version", async () => {
    const { db, legal } = setUp();
    const shippedVersion = loadClauseLibrary().version;
    const review = startReview(db, fixtureAnswers("startup-public-data"));

    const before = await memoText(db, review.id);
    expect(before.record.libraryVersion).toBe(shippedVersion);
    expect(before.text).toContain(SHIPPED_PHRASE);

    const recorded = await post(db, legal, {
      intent: "record",
      basedOn: basedOn(db),
      text: houseText(),
      reason: "Our standard wording names the drafter",
    });
    expect(recorded).toEqual({ redirect: `/clauses/${CLAUSE}/edit?recorded=1` });

    const houseVersion = currentLibrary(db).version;
    expect(houseVersion).not.toBe(shippedVersion);
    const after = await memoText(db, review.id);
    expect(after.record.id).not.toBe(before.record.id);
    expect(after.record.libraryVersion).toBe(houseVersion);
    expect(after.text).toContain(HOUSE_PHRASE);
    expect(after.text).not.toContain(SHIPPED_PHRASE);
    // The addendum the vendor receives holds the house wording too, from the same library.
    const addendum = await documentForReview(db, getReview(db, review.id)!, "addendum", { by: null });
    expect(addendum.record.libraryVersion).toBe(houseVersion);
    const addendumText = paragraphs(part(await readDocx(addendum.file), "word/document.xml"))
      .map((p) => p.text)
      .join("\n");
    expect(addendumText).toContain(HOUSE_PHRASE);
    // The memo's cover names the library version it was made from.
    expect(after.cells).toContain(houseVersion);
    // The same inputs and library version give the same document: the recorded one, byte for byte.
    expect((await memoText(db, review.id)).record.id).toBe(after.record.id);

    const page = houseWordingPage(db, CLAUSE);
    expect(page).toMatchObject({ isHouse: true, libraryVersion: houseVersion, shippedVersion, basedOn: 1 });
    expect(page.text).toBe(houseText());
    expect(page.history).toHaveLength(1);
    expect(page.history[0]).toMatchObject({ version: 1, reason: "Our standard wording names the drafter" });
    expect(page.history[0].createdBy).toBe(legal.name);
    const added = page.history[0].againstShipped!.filter((p) => p.kind === "added").map((p) => p.text);
    expect(added.join("")).toContain("Example Legal");

    const reverted = await post(db, legal, { intent: "revert", basedOn: "1", reason: "Back to counsel’s text" });
    expect(reverted).toEqual({ redirect: `/clauses/${CLAUSE}/edit?reverted=2` });
    expect(currentLibrary(db).version).toBe(shippedVersion);
    const back = await memoText(db, review.id);
    expect(back.record.libraryVersion).toBe(shippedVersion);
    expect(back.text).toContain(SHIPPED_PHRASE);
    // The shipped library and answers again: the document first recorded, not a new one.
    expect(back.record.id).toBe(before.record.id);

    expect(houseWordingPage(db, CLAUSE)).toMatchObject({ isHouse: false, againstShipped: null });
    expect(listRecentEvents(db, "clauses.").map((e) => [e.actor, e.what])).toEqual([
      [legal.name, "Returned “Changes to models” to the shipped text (house version 2): Back to counsel’s text"],
      [legal.name, "Recorded house version 1 of “Changes to models”: Our standard wording names the drafter"],
    ]);
    expect(listRecentEvents(db, "clauses.")[1].details).toMatchObject({ clauseId: CLAUSE, version: 1 });
  });

  it.each([
    [
      "an unknown variable",
      () => houseText().replace(HOUSE_PHRASE, `${HOUSE_PHRASE} for {{buyerNickname}}`),
      "templates/model-changes.md: ## Language [1]: unknown variable {{buyerNickname}}; the variables are",
    ],
    [
      "a variable its condition does not guarantee",
      () =>
        shippedText("no-training").replace(
          "Model Improvement, and shall ensure",
          "Model Improvement within {{deletionDays|days}}, and shall ensure",
        ),
      "templates/no-training.md: ## Language: never",
      "no-training",
    ],
    [
      "a variant without its language",
      () => shippedText("no-training").replace("## Language: never\n", "## Language: nevermore\n"),
      "templates/no-training.md: variants[0]: variant 'never' has no ## Language: never section",
      "no-training",
    ],
    [
      "a condition on an unknown answer",
      () =>
        houseText().replace(
          "when: { answer: modelChangeNoticeDays, is: 0 }",
          "when: { answer: modelNoticeDays, is: 0 }",
        ),
      "templates/model-changes.md: variants[0].when.answer:",
    ],
    [
      "a required section removed",
      () => houseText().replace("## Fallbacks", "## Fallback positions"),
      "templates/model-changes.md: ## Fallbacks: is missing",
    ],
    [
      "a changed clause id",
      () => houseText().replace("id: model-changes", "id: model-changes-house"),
      "templates/model-changes.md: id: 'model-changes-house' must equal the file name 'model-changes'",
    ],
  ])(
    "refuses a version with %s, naming the field as the file loader does, and saves nothing",
    async (_what, text, problem, clauseId = CLAUSE) => {
      const { db, legal } = setUp();
      const outcome = await post(
        db,
        legal,
        { intent: "record", basedOn: basedOn(db, clauseId), text: text(), reason: "Try it" },
        clauseId,
      );
      expect(outcome).toMatchObject({ status: 400, body: { intent: "record", values: { text: text() } } });
      const errors = "body" in outcome ? (outcome.body.errors.text ?? []) : [];
      expect(
        errors.some((e) => e.startsWith(problem)),
        errors.join("\n"),
      ).toBe(true);
      expect(listHouseVersions(db, clauseId)).toEqual([]);
      expect(listRecentEvents(db, "clauses.")).toEqual([]);
      expect(currentLibrary(db).version).toBe(loadClauseLibrary().version);
    },
  );

  it("asks why, refuses control characters, a text unchanged and a page gone stale; the text typed is kept exactly", async () => {
    const { db, legal } = setUp();
    const noReason = await post(db, legal, { intent: "record", basedOn: "0", text: houseText(), reason: "  " });
    expect(noReason).toMatchObject({ status: 400, body: { errors: { reason: [expect.stringMatching(/^Say why/)] } } });
    const bell = await post(db, legal, { intent: "record", basedOn: "0", text: `${houseText()}\u0007`, reason: "x" });
    expect(bell).toMatchObject({ status: 400, body: { errors: { text: [expect.stringContaining("U+0007")] } } });
    const same = await post(db, legal, { intent: "record", basedOn: "0", text: shippedText(), reason: "x" });
    expect(same).toMatchObject({
      status: 400,
      body: { errors: { text: [expect.stringMatching(/text in force already/)] } },
    });
    const stale = await post(db, legal, { intent: "record", basedOn: "3", text: houseText(), reason: "x" });
    expect(stale).toMatchObject({
      status: 400,
      body: { errors: { form: [expect.stringMatching(/since you opened/)] } },
    });
    expect(listHouseVersions(db, CLAUSE)).toEqual([]);

    // Line breaks as a browser sends them (CRLF) become the file's; every other character stays as typed.
    const typed = houseText().replace(HOUSE_PHRASE, `${HOUSE_PHRASE} – “Named” ’s 𝔼xample  two spaces`);
    const ok = await post(db, legal, {
      intent: "record",
      basedOn: "0",
      text: typed.replaceAll("\n", "\r\n"),
      reason: "Exact",
    });
    expect(ok).toMatchObject({ redirect: expect.any(String) });
    expect(listHouseVersions(db, CLAUSE)[0].text).toBe(typed);
  });

  it("is a 404 for a clause the library does not hold", () => {
    const { db } = setUp();
    expect(() => houseWordingPage(db, "no-such-clause")).toThrow();
    try {
      houseWordingPage(db, "no-such-clause");
    } catch (e) {
      expect((e as { init?: { status?: number } }).init?.status).toBe(404);
    }
  });

  it("exports as template files that load cleanly with the same library version", async () => {
    const { db, legal } = setUp();
    await post(db, legal, { intent: "record", basedOn: "0", text: houseText(), reason: "House" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clausewise-house-export-"));
    for (const f of currentLibraryFiles(db)) fs.writeFileSync(path.join(dir, f.name), f.text);
    const exported = loadClauseLibrary(dir, { fresh: true });
    expect(exported.version).toBe(currentLibrary(db).version);
    expect(exported.byId.get(CLAUSE)!.language.default[0]).toContain("as Example Legal words it");
  });
});
