import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents } from "../../../db/schema.ts";
import { paragraphs, part, readDocx } from "../../../tests/support/read-docx.ts";
import { createTestUser } from "../../../tests/support/test-context.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { describeEvent, type AuditEvent } from "../../audit/events.ts";
import { currentLibrary } from "../../models/current-library.server.ts";
import { countHandPacks, getHandPack, listHandPackDocuments } from "../../models/hand-pack.server.ts";
import { HAND_BUILT_NOTE, LABELS } from "../../pack/format.ts";
import type { Db } from "../../utils/db.server.ts";
import { handPackPage, handPacksPage } from "./hand-pack-pages.server.ts";
import {
  buildHandPack,
  downloadHandPackDocument,
  handPackDocuments,
  handPackModel,
  inputsOf,
  newHandPackPage,
} from "./hand-pack.server.ts";

let db: Db;
beforeEach(() => {
  db = freshDb();
});

const CLAUSES = ["data-residency", "breach-notification"];

/** A form as the page posts it: the clauses carried as hidden fields, then the fields typed. */
function form(fields: Record<string, string | string[]>, clauses = CLAUSES): FormData {
  const data = new FormData();
  for (const id of clauses) data.append("clause", id);
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const TYPED = {
  buyerName: "Ørsted & Søn Holding A/S",
  vendorId: "other",
  vendorName: "Nimbus Models S.à r.l.",
  paperSize: "a4",
  productLines: ["api", "business"],
  dataResidency: "other",
  dataResidencyOther: "the Swiss Confederation",
  breachNoticeHours: "48",
};

const url = (query: string) => new URL(`http://localhost/packs/new?${query}`);

describe("the clauses chosen", () => {
  it("asks the questions their variables are computed from, with the wizard's defaults", () => {
    const page = newHandPackPage(db, url("clause=breach-notification&clause=data-residency"));
    expect(page).not.toHaveProperty("status");
    if ("redirect" in page) throw new Error("no redirect expected");
    expect(page.body.selection.map((s) => s.id)).toEqual(
      currentLibrary(db)
        .clauses.map((c) => c.id)
        .filter((id) => CLAUSES.includes(id)),
    );
    expect(page.body.questionIds).toEqual(
      expect.arrayContaining(["dataResidency", "dataResidencyOther", "breachNoticeHours"]),
    );
    expect(page.body.values.breachNoticeHours).toBe("72");
    expect(page.body.help.breachNoticeHours).toBeTruthy();
  });

  it("refuses an unknown clause or variant, naming the field", () => {
    const unknown = newHandPackPage(db, url("clause=no-such-clause"));
    expect(unknown).toMatchObject({ status: 400 });
    if ("body" in unknown) expect(unknown.body.selectionProblems[0]).toMatchObject({ field: "clause" });
    const variant = newHandPackPage(db, url("clause=dpa&variant.dpa=nonsense"));
    expect(variant).toMatchObject({ status: 400 });
    if ("body" in variant) expect(variant.body.selectionProblems[0]).toMatchObject({ field: "variant.dpa" });
  });

  it("refuses to build a pack of no clause", async () => {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form(TYPED, []), legal);
    expect(outcome).toMatchObject({ status: 400 });
    expect(countHandPacks(db)).toBe(0);
  });
});

describe("the values typed", () => {
  it("are judged as the wizard judges them: a bad one refused with its label, nothing saved", async () => {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form({ ...TYPED, breachNoticeHours: "0", buyerName: "" }), legal);
    expect(outcome).toMatchObject({ status: 400 });
    if (!("body" in outcome)) throw new Error("refusal expected");
    expect(outcome.body.errors.breachNoticeHours).toBe("Breach notice (hours) must be a whole number from 1 to 720.");
    expect(outcome.body.errors.buyerName).toBe("Buyer’s legal name is required.");
    // What was typed comes back.
    expect(outcome.body.values.dataResidencyOther).toBe(TYPED.dataResidencyOther);
    expect(countHandPacks(db)).toBe(0);
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .filter((e) => e.action.startsWith("hand_pack.")),
    ).toEqual([]);
  });

  it("refuses a value a chosen clause cannot print, naming the question and the clause", async () => {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form({ ...TYPED, dataResidency: "none" }), legal);
    expect(outcome).toMatchObject({ status: 400 });
    if ("body" in outcome)
      expect(outcome.body.errors.dataResidency).toMatch(
        /^Where your data must be processed and stored: the clause “Location of processing and storage” prints this answer/,
      );
    expect(countHandPacks(db)).toBe(0);
  });

  it("asks for the vendor's name only for a vendor typed in, and a product line", async () => {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form({ ...TYPED, vendorName: "", productLines: [] }), legal);
    if (!("body" in outcome)) throw new Error("refusal expected");
    expect(outcome.body.errors.vendorName).toBe("Vendor’s name is required.");
    expect(outcome.body.errors.productLines).toMatch(/^Product lines the pack covers is required/);
  });
});

describe("a hand-built pack", () => {
  async function built() {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form(TYPED), legal, new Date("2026-12-01T10:00:00Z"));
    expect(outcome).toEqual({ redirect: "/packs/1?built" });
    return { legal, record: getHandPack(db, 1)! };
  }

  it("is recorded with the library version, and each document with its SHA-256", async () => {
    const { legal, record } = await built();
    const version = currentLibrary(db).version;
    expect(record).toMatchObject({
      buyerName: TYPED.buyerName,
      vendorId: null,
      vendorName: TYPED.vendorName,
      productLines: ["api", "business"],
      libraryVersion: version,
      createdBy: legal.id,
    });
    const documents = listHandPackDocuments(db, record.id);
    expect(documents.map((d) => d.kind)).toEqual(["addendum", "memo"]);
    for (const d of documents) {
      const { file } = downloadHandPackDocument(db, String(record.id), d.kind);
      expect(d.libraryVersion).toBe(version);
      expect(d.sha256).toBe(createHash("sha256").update(file).digest("hex"));
      expect(d.bytes).toBe(file.byteLength);
    }
    const events = db
      .select()
      .from(auditEvents)
      .all()
      .filter((e) => e.action.startsWith("hand_pack."))
      .map((e) => describeEvent(e as unknown as AuditEvent));
    expect(events[0]).toBe(
      `Built a pack by hand for ${TYPED.buyerName} and ${TYPED.vendorName} (2 clauses, clause library ${version})`,
    );
    expect(events[1]).toMatch(/^Generated the addendum of the hand-built pack for .* \(SHA-256 [0-9a-f]{64}\)$/);
    expect(events[2]).toMatch(/^Generated the negotiation memo of the hand-built pack/);
  });

  it("has an addendum with the chosen clauses in order and the values exactly as typed", async () => {
    const { record } = await built();
    const { file } = downloadHandPackDocument(db, String(record.id), "addendum");
    const body = paragraphs(part(await readDocx(file), "word/document.xml"));
    const headings = body.filter((p) => p.style === "Heading2" && p.numId !== null).map((p) => p.text);
    const library = currentLibrary(db);
    // The clauses chosen, in order, then the addendum's own order-of-precedence clause.
    expect(headings).toEqual([...record.selections.map((s) => library.byId.get(s.id)!.title), "Order of precedence"]);
    const text = body.map((p) => p.text).join("\n");
    expect(text).toContain(TYPED.buyerName);
    expect(text).toContain(TYPED.vendorName);
    expect(text).toContain(`in ${TYPED.dataResidencyOther}`);
    expect(text).toContain("within 48 hours");
    expect(text).not.toContain("{{");
  });

  it("has a memo without findings or exposure that says it was built by hand", async () => {
    const { record } = await built();
    const { file } = downloadHandPackDocument(db, String(record.id), "memo");
    const body = paragraphs(part(await readDocx(file), "word/document.xml"));
    const sections = body.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(sections).not.toContain("Findings");
    expect(sections).toContain("Clauses");
    const text = body.map((p) => p.text).join("\n");
    expect(text).toContain(HAND_BUILT_NOTE);
    expect(text).not.toContain(LABELS.exposure);
    expect(text).not.toContain("Findings by severity");
    expect(text).toContain("Chosen by hand from the clause library.");
  });

  it("gives the same bytes for the same inputs and library version", async () => {
    const { record } = await built();
    const library = currentLibrary(db);
    const made = { preparedBy: record.createdByName!, generatedAt: record.createdAt };
    const again = await handPackDocuments(handPackModel(db, inputsOf(record), library, made));
    for (const d of again) expect(d.file.equals(downloadHandPackDocument(db, "1", d.kind).file)).toBe(true);
  });

  it("is listed on the Packs page, newest first, and previewed on its page", async () => {
    await built();
    const second = await buildHandPack(
      db,
      form({ ...TYPED, buyerName: "Second Buyer Ltd" }),
      createTestUser("admin", db),
    );
    expect(second).toEqual({ redirect: "/packs/2?built" });
    const list = handPacksPage(db, new URL("http://localhost/packs"));
    if (!("body" in list)) throw new Error("a page expected");
    expect(list.body.packs.map((p) => p.buyerName)).toEqual(["Second Buyer Ltd", TYPED.buyerName]);
    expect(handPacksPage(db, new URL("http://localhost/packs?page=x"))).toMatchObject({ status: 400 });
    const page = handPackPage(db, "1", new URL("http://localhost/packs/1?built"));
    expect(page.built).toBe(true);
    expect(page.pack?.builtByHand).toBe(HAND_BUILT_NOTE);
    expect(page.pack?.findings).toEqual([]);
    expect(page.history.map((e) => e.action)).toEqual([
      "hand_pack.built",
      "hand_pack.document_generated",
      "hand_pack.document_generated",
    ]);
    expect(() => handPackPage(db, "99", new URL("http://localhost/packs/99"))).toThrow();
  });

  it("prints the variant chosen, not the one the rules would choose", async () => {
    const legal = createTestUser("legal", db);
    const data = form(TYPED, [...CLAUSES, "dpa"]);
    data.append("variant.dpa", "us-state");
    expect(await buildHandPack(db, data, legal)).toHaveProperty("redirect");
    expect(getHandPack(db, 1)!.selections).toContainEqual({ id: "dpa", variant: "us-state" });
    const text = paragraphs(
      part(await readDocx(downloadHandPackDocument(db, "1", "addendum").file), "word/document.xml"),
    )
      .map((p) => p.text)
      .join("\n");
    expect(text).toContain("service provider, contractor or processor within the meaning of the US state");
    expect(text).not.toContain("the Provider acts as its processor");
  });

  it("is built for a catalog vendor under the catalog's name", async () => {
    const legal = createTestUser("legal", db);
    const outcome = await buildHandPack(db, form({ ...TYPED, vendorId: "anthropic", vendorName: "" }), legal);
    expect(outcome).toHaveProperty("redirect");
    expect(getHandPack(db, 1)).toMatchObject({ vendorId: "anthropic", vendorName: "Anthropic" });
  });
});
