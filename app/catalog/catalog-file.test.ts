import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import {
  contractingEntity,
  CATALOG_KEYS,
  parseCatalogFile,
  QUOTE_MAX_WORDS,
  type CatalogFileVendor,
  type CatalogProvision,
} from "./catalog-file.ts";
import { PROVISION_KEYS } from "./types.ts";
import { SHIPPED_VENDOR_IDS } from "../../tests/support/shipped-vendors.ts";

// A small valid file; the line numbers in the comments are the ones the broken variants below rely on.
const VALID_LINES = [
  "id: acme", // 1
  "name: Acme", // 2
  "entities:", // 3
  "  - name: Acme Ltd", // 4
  "    for: [elsewhere]", // 5
  "    sources: [AC-T]", // 6
  "productLines:", // 7
  "  api:", // 8
  "    names: [Acme API]", // 9
  "    sources: [AC-T]", // 10
  "sources:", // 11
  "  - id: AC-T", // 12
  "    title: Acme Terms", // 13
  "    publisher: Acme", // 14
  "    kind: primary", // 15
  "    url: https://acme.example/terms", // 16
  "    effectiveOn: 2025-01-01", // 17
  "  - id: AC-BLOG", // 18
  "    title: A blog post on Acme", // 19
  "    publisher: Some Blog", // 20
  "    kind: secondary", // 21
  "provisions:", // 22
  "  - line: api", // 23
  "    key: retention_days", // 24
  "    value: 30", // 25
  "    statement: Inputs and outputs are deleted within 30 days.", // 26
  "    quote: deleted within 30 days", // 27
  "    sources: [AC-T]", // 28
  "    standing: stated", // 29
  "    effectiveOn: 2025-01-01", // 30
  "    history:", // 31
  "      - value: 60", // 32
  "        statement: Inputs and outputs were deleted within 60 days.", // 33
  "        sources: [AC-T]", // 34
  "        standing: stated", // 35
  "        effectiveOn: 2024-01-01", // 36
  "  - line: api", // 37
  "    key: baa", // 38
  "    value: notOffered", // 39
  "    statement: No business associate agreement is offered.", // 40
  "    sources: [AC-BLOG]", // 41
  "    standing: secondary", // 42
];
const FILE = "acme.yaml";
const text = (lines: string[]): string => `${lines.join("\n")}\n`;

/** The valid file with line `n` (1-based) replaced; `null` deletes it. */
const replace = (n: number, line: string | null): string =>
  text(VALID_LINES.flatMap((l, i) => (i === n - 1 ? (line === null ? [] : [line]) : [l])));
/** The valid file with lines inserted after line `n`. */
const insertAfter = (n: number, ...lines: string[]): string =>
  text([...VALID_LINES.slice(0, n), ...lines, ...VALID_LINES.slice(n)]);

const problemsOf = (input: string, fileName = FILE) => {
  const result = parseCatalogFile(input, fileName);
  return result.ok ? [] : result.problems;
};

describe("parseCatalogFile", () => {
  it("accepts a valid file and returns the vendor with its versions", () => {
    const result = parseCatalogFile(text(VALID_LINES), FILE);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.vendor.id).toBe("acme");
    expect(result.vendor.entities[0]).toMatchObject({ name: "Acme Ltd", for: ["elsewhere"], sources: ["AC-T"] });
    expect(result.vendor.productLines.api).toEqual({ names: ["Acme API"], sources: ["AC-T"] });
    const [retention, baa] = result.vendor.provisions;
    expect(retention).toMatchObject({ line: "api", key: "retention_days", value: 30, standing: "stated" });
    expect(retention.history).toEqual([
      {
        value: 60,
        statement: "Inputs and outputs were deleted within 60 days.",
        sources: ["AC-T"],
        standing: "stated",
        effectiveOn: "2024-01-01",
      },
    ]);
    expect(baa).toMatchObject({ key: "baa", value: "notOffered", standing: "secondary", history: [] });
  });

  const long = Array.from({ length: QUOTE_MAX_WORDS + 1 }, (_, i) => `word${i}`).join(" ");
  const broken: { name: string; input: string; line: number; message: string; fileName?: string }[] = [
    {
      name: "unknown top-level field",
      input: insertAfter(2, "owner: legal"),
      line: 3,
      message: 'unknown field "owner"',
    },
    {
      name: "unknown field in a history entry",
      input: insertAfter(36, "        note: old"),
      line: 37,
      message: 'unknown field "note"',
    },
    {
      name: "unknown provision key",
      input: replace(38, "    key: baa_status"),
      line: 38,
      message: 'unknown provision key "baa_status"',
    },
    {
      name: "a key kept outside provisions",
      input: replace(38, "    key: legal_entity"),
      line: 38,
      message: '"legal_entity" is recorded under entities',
    },
    {
      name: "a value the key does not allow",
      input: replace(39, "    value: maybe"),
      line: 39,
      message: 'value "maybe" is not allowed for baa',
    },
    {
      name: "negative retention_days",
      input: replace(25, "    value: -3"),
      line: 25,
      message: "retention_days must be a whole number of days, 0 or more",
    },
    {
      name: "fractional retention_days",
      input: replace(25, "    value: 30.5"),
      line: 25,
      message: "retention_days must be a whole number of days",
    },
    {
      name: "retention_days in words",
      input: replace(25, "    value: thirty days"),
      line: 25,
      message: "retention_days must be a whole number of days",
    },
    { name: "a provision without sources", input: replace(41, null), line: 37, message: 'missing "sources"' },
    { name: "a history entry without sources", input: replace(34, null), line: 32, message: 'missing "sources"' },
    {
      name: "a source id not in the register",
      input: replace(41, "    sources: [AC-NOPE]"),
      line: 41,
      message: 'source "AC-NOPE" is not in the source register',
    },
    { name: "a register source without title", input: replace(19, null), line: 18, message: 'missing "title"' },
    { name: "a register source without publisher", input: replace(20, null), line: 18, message: 'missing "publisher"' },
    {
      name: "a register source with an invalid kind",
      input: replace(21, "    kind: blog"),
      line: 21,
      message: 'kind "blog" is not one of primary, archive, mirror, secondary',
    },
    {
      name: "a register source nobody cites",
      input: replace(41, "    sources: [AC-T]").replace("    standing: secondary", "    standing: stated"),
      line: 18,
      message: 'source "AC-BLOG" is in the register but nothing cites it',
    },
    {
      name: "a quote over the limit",
      input: replace(27, `    quote: ${long}`),
      line: 27,
      message: `quote has ${QUOTE_MAX_WORDS + 1} words; at most ${QUOTE_MAX_WORDS}`,
    },
    {
      name: "a quote holding a character a document cannot hold",
      input: replace(27, '    quote: "deleted \\u0007 within 30 days"'),
      line: 27,
      message: "a character that cannot be stored in a document (U+0007",
    },
    {
      name: "a quote in quotation marks",
      input: replace(27, `    quote: '"deleted within 30 days"'`),
      line: 27,
      message: "without quotation marks",
    },
    {
      name: "an impossible date",
      input: replace(17, "    effectiveOn: 2025-02-30"),
      line: 17,
      message: '"effectiveOn" is not a valid date YYYY-MM-DD ("2025-02-30")',
    },
    {
      name: "a date not written YYYY-MM-DD",
      input: replace(30, "    effectiveOn: 2025-1-5"),
      line: 30,
      message: "is not a valid date YYYY-MM-DD",
    },
    {
      name: "the same line, key and aspect twice",
      input: text([...VALID_LINES, ...VALID_LINES.slice(36, 42)]),
      line: 43,
      message: "duplicate provision: provision api / baa is already recorded at line 37",
    },
    {
      name: "standing stated on secondary sources only",
      input: replace(42, "    standing: stated"),
      line: 42,
      message: 'standing "stated" needs at least one primary, archive or mirror source',
    },
    {
      name: "standing secondary citing a primary source",
      input: replace(29, "    standing: secondary"),
      line: 29,
      message: 'standing "secondary" cites source "AC-T", which is primary',
    },
    {
      name: "standing conflict with one source",
      input: replace(29, "    standing: conflict"),
      line: 29,
      message: 'standing "conflict" needs at least two sources',
    },
    {
      name: "an unknown standing",
      input: replace(29, "    standing: likely"),
      line: 29,
      message: 'standing "likely" is not one of stated, secondary, conflict',
    },
    {
      name: "an unknown product line",
      input: replace(23, "  - line: enterprise"),
      line: 23,
      message: 'unknown product line "enterprise"',
    },
    {
      name: "a product line not listed under productLines",
      input: replace(23, "  - line: consumer"),
      line: 23,
      message: 'product line "consumer" is not listed under productLines',
    },
    {
      name: "an unknown product line under productLines",
      input: replace(8, "  enterprise:"),
      line: 8,
      message: 'unknown product line "enterprise"',
    },
    {
      name: "a history entry dated after the current version",
      input: replace(36, "        effectiveOn: 2026-01-01"),
      line: 32,
      message: "effective 2026-01-01, after the current version (2025-01-01)",
    },
    {
      name: "history not oldest first",
      input: insertAfter(
        36,
        "      - value: 90",
        "        statement: Ninety days.",
        "        sources: [AC-T]",
        "        standing: stated",
        "        effectiveOn: 2023-01-01",
      ),
      line: 37,
      message: "list history oldest first",
    },
    {
      name: "an id that is not the file name",
      input: text(VALID_LINES),
      fileName: "other.yaml",
      line: 1,
      message: 'id "acme" does not match the file name "other"',
    },
    {
      name: "an unknown jurisdiction",
      input: replace(5, "    for: [europe]"),
      line: 5,
      message: 'unknown jurisdiction "europe"',
    },
    { name: "an empty statement", input: replace(40, "    statement: ''"), line: 40, message: '"statement" is empty' },
    {
      name: "an address without its scheme",
      input: replace(16, "    url: acme.example/terms"),
      line: 16,
      message: "must be a full address starting with https://",
    },
    {
      name: "text that is not YAML (a colon in plain text)",
      input: replace(26, "    statement: Deleted: within 30 days."),
      line: 26,
      message: "not valid YAML",
    },
  ];

  it.each(broken)("reports $name with the file, the line and the problem", ({ input, line, message, fileName }) => {
    const file = fileName ?? FILE;
    const problems = problemsOf(input, file);
    expect(problems).toContainEqual({ file, line, message: expect.stringContaining(message) });
  });

  it("returns every problem, not only the first", () => {
    const input = insertAfter(2, "owner: legal")
      .replace("    value: notOffered", "    value: maybe")
      .replace("    kind: secondary", "    kind: blog");
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        { file: FILE, line: 3, message: expect.stringContaining('unknown field "owner"') },
        { file: FILE, line: 22, message: expect.stringContaining('kind "blog"') },
        { file: FILE, line: 40, message: expect.stringContaining('value "maybe"') },
      ]),
    );
  });

  it("knows every key and token of types.ts, and the two keys recorded outside provisions", () => {
    for (const [key, def] of Object.entries(PROVISION_KEYS)) {
      const catalogDef = CATALOG_KEYS[key as keyof typeof CATALOG_KEYS];
      expect(catalogDef, key).toBeDefined();
      expect(catalogDef.values, key).toEqual(def.values);
    }
    expect(CATALOG_KEYS.legal_entity.recordedIn).toBe("entities");
    expect(CATALOG_KEYS.product_name.recordedIn).toBe("productLines");
    expect(CATALOG_KEYS.retention_days.values).toBe("days");
    expect(CATALOG_KEYS.minimum_age.values).toBe("number");
    expect(CATALOG_KEYS.baa.values).toEqual(["offered", "onRequest", "notOffered"]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The shipped catalog
// ---------------------------------------------------------------------------------------------------------

const VENDORS_DIR = fileURLToPath(new URL("../../catalog/vendors/", import.meta.url));
const SPEC = fileURLToPath(new URL("../../docs/specs/catalog-file.md", import.meta.url));
const VENDOR_IDS = SHIPPED_VENDOR_IDS;

const shipped = new Map<string, CatalogFileVendor>();
const readShipped = (id: string): CatalogFileVendor => {
  const cached = shipped.get(id);
  if (cached) return cached;
  const file = `${id}.yaml`;
  const result = parseCatalogFile(fs.readFileSync(path.join(VENDORS_DIR, file), "utf8"), file);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
  shipped.set(id, result.vendor);
  return result.vendor;
};

const provision = (vendorId: string, line: string, key: string, aspect?: string): CatalogProvision => {
  const found = readShipped(vendorId).provisions.find((p) => p.line === line && p.key === key && p.aspect === aspect);
  if (!found) throw new Error(`no provision ${vendorId} ${line} ${key} ${aspect ?? ""}`);
  return found;
};

describe("the shipped vendor catalog", () => {
  it("has one file per vendor", () => {
    const files = fs.readdirSync(VENDORS_DIR).filter((f) => !f.startsWith("."));
    expect(files.sort()).toEqual(VENDOR_IDS.map((id) => `${id}.yaml`));
  });

  it.each(VENDOR_IDS)("%s.yaml parses with no problems", (id) => {
    const file = `${id}.yaml`;
    const result = parseCatalogFile(fs.readFileSync(path.join(VENDORS_DIR, file), "utf8"), file);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("holds at least 150 current provisions, each with a standing and sources", () => {
    const all = VENDOR_IDS.flatMap((id) => readShipped(id).provisions);
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const p of all) {
      expect(p.sources.length).toBeGreaterThan(0);
      expect(["stated", "secondary", "conflict"]).toContain(p.standing);
    }
  });

  it("is described, key by key and token by token, in docs/specs/catalog-file.md", () => {
    const spec = fs.readFileSync(SPEC, "utf8");
    expect(spec).not.toMatch(/\bseeds?\b|\/work\/|vendor-facts/i);
    for (const [key, def] of Object.entries(CATALOG_KEYS)) {
      const row = spec.split("\n").find((l) => new RegExp(`^\\| \`${key}\` +\\|`).test(l));
      expect(row, key).toBeDefined();
      if (Array.isArray(def.values))
        for (const token of def.values) expect(row, `${key}: ${token}`).toContain(`\`${token}\``);
    }
    const example = /```yaml\n([\s\S]*?)```/.exec(spec)?.[1] ?? "";
    const result = parseCatalogFile(example, "anthropic.yaml");
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("names no internal file, seed or research note", () => {
    for (const id of VENDOR_IDS) {
      const content = fs.readFileSync(path.join(VENDORS_DIR, `${id}.yaml`), "utf8");
      expect(content, id).not.toMatch(/\bseeds?\b|\/work\/|vendor-facts|find_string/i);
    }
  });

  it("records Anthropic's API retention of 30 days, with the older 28-day wording as history", () => {
    const retention = provision("anthropic", "api", "retention_days");
    expect(retention).toMatchObject({ value: 30, standing: "stated", sources: ["AN-RET"] });
    expect(retention.history.map((h) => h.value)).toEqual([28]);
    expect(provision("anthropic", "api", "retention_days", "reported-7-days").standing).toBe("conflict");
    expect(provision("anthropic", "api", "retention_days", "under-zero-retention")).toMatchObject({
      value: 30,
      effectiveOn: "2026-06-09",
    });
  });

  it("names Anthropic Ireland, Limited for the EEA, Switzerland and the UK on the commercial lines", () => {
    const ireland = readShipped("anthropic").entities.find(
      (e) => e.name === "Anthropic Ireland, Limited" && e.lines?.includes("api"),
    );
    expect(ireland).toMatchObject({ for: ["eea", "switzerland", "uk"], lines: ["api", "business"] });
    expect(readShipped("anthropic").entities.find((e) => e.for.includes("elsewhere"))?.name).toBe("Anthropic, PBC");
  });

  it("reads Anthropic's audit right from the DPA and its change clause as change on notice", () => {
    expect(provision("anthropic", "api", "audit_right")).toMatchObject({ value: "yes", sources: ["AN-DPA"] });
    expect(provision("anthropic", "api", "terms_change")).toMatchObject({
      value: "notice",
      quote: "effective 30 days after the updates are posted by Anthropic",
    });
    expect(provision("anthropic", "consumer", "minimum_age").value).toBe(18);
  });

  it("records OpenAI's change of US contracting entity as history", () => {
    const opco = readShipped("openai").entities.find((e) => e.name === "OpenAI OpCo, LLC");
    expect(opco).toMatchObject({ for: ["elsewhere"], effectiveOn: "2026-01-01" });
    expect(opco?.history).toEqual([
      expect.objectContaining({ name: "OpenAI, L.L.C.", effectiveOn: "2025-05-31", sources: ["OA-OSA-2025"] }),
    ]);
    expect(provision("openai", "api", "output_assignment_conditional").value).toBe("no");
    expect(provision("openai", "api", "retention_days", "abuse-monitoring").history).toHaveLength(1);
  });

  it("keeps several dated versions of Google's Gemini API terms", () => {
    const restriction = provision("google", "api", "competing_model_restriction");
    expect(restriction.effectiveOn).toBe("2026-03-23");
    expect(restriction.history.map((h) => h.effectiveOn)).toEqual(["2024-10-31", "2025-02-05", "2025-05-20"]);
    const use = provision("google", "api", "permitted_use");
    expect(use.quote).toBe("for professional or business purposes, not for consumer use");
    expect(use.history.map((h) => h.effectiveOn)).toEqual(["2024-10-31", "2025-02-05"]);
    expect(provision("google", "api", "retention_days").value).toBe(55);
  });

  it("records Meta's move from never training to training on Discounted Services as a version", () => {
    const training = provision("meta", "api", "training_use_of_input");
    expect(training.statement).toContain("Discounted Services");
    expect(training.history[0]).toMatchObject({
      value: "no",
      quote: "Meta will not use your Content to train any artificial intelligence models.",
      sources: ["ME-API-2025"],
    });
    expect(provision("meta", "api", "retention").history[0].value).toBe("30 calendar days");
  });

  it("keeps secondary-only facts and disagreements marked as such", () => {
    expect(provision("microsoft", "marketplace", "retention_days")).toMatchObject({ value: 30, standing: "secondary" });
    expect(provision("amazon", "marketplace", "training_use_of_input").standing).toBe("conflict");
    expect(provision("writer", "business", "training_use_of_input")).toMatchObject({ standing: "conflict" });
    expect(provision("github", "consumer", "training_default")).toMatchObject({
      value: "yes",
      standing: "secondary",
      effectiveOn: "2026-04-24",
    });
  });
});

describe("contractingEntity", () => {
  const anthropic = () => {
    const result = parseCatalogFile(
      fs.readFileSync(path.join(VENDORS_DIR, "anthropic.yaml"), "utf8"),
      "anthropic.yaml",
    );
    if (!result.ok) throw new Error("the shipped file is invalid");
    return result.vendor.entities;
  };
  it.each([
    [["eea"], "api", "Anthropic Ireland, Limited"],
    [["uk", "switzerland"], "business", "Anthropic Ireland, Limited"],
    [["usOther"], "api", "Anthropic, PBC"],
    [["california", "other"], "api", "Anthropic, PBC"],
  ])("for people in %j buying %s: %s", (jurisdictions, line, name) => {
    expect(contractingEntity(anthropic(), line as "api", jurisdictions)?.name).toBe(name);
  });
  it("names none where the buyer's people fall to two entities, or none is recorded for the line", () => {
    expect(contractingEntity(anthropic(), "api", ["eea", "usOther"])).toBeNull();
    expect(contractingEntity(anthropic(), "marketplace", ["usOther"])).toBeNull();
  });
});
