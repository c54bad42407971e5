/**
 * The vendor catalog file: one YAML document per vendor (entities, product names, the source register, the
 * provisions with their earlier versions), as the project ships it in catalog/vendors/ and as admin and legal
 * import and export it. The format is described in docs/specs/catalog-file.md.
 *
 * Pure: no file system, no database. `parseCatalogFile` takes the text and the file's name and returns either
 * the vendor or every problem found, each with the line of the node at fault.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";

import {
  PRODUCT_LINES,
  PROVISION_KEYS,
  SOURCE_KINDS,
  STANDINGS,
  type CatalogSource,
  type ProductLine,
  type SourceKind,
  type Standing,
} from "./types.ts";
import { unstorableText } from "../questionnaire/answers.ts";

export { SOURCE_KINDS, STANDINGS, type CatalogSource, type SourceKind, type Standing };

// ---------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------

/** What a key's value may be: one of a list of tokens, a whole number (of days, or plain), or free text. */
export type CatalogKeyValues = readonly string[] | "days" | "number" | null;

export interface CatalogKeyDefinition {
  label: string;
  values: CatalogKeyValues;
  /** Set for the two keys whose facts are recorded outside `provisions`. */
  recordedIn?: "entities" | "productLines";
}

/**
 * Every key a catalog file may name: the provision keys of app/catalog/types.ts, and the two whose facts
 * are recorded outside `provisions` (a provision naming them is refused, pointing to where they go).
 */
export const CATALOG_KEYS: Record<string, CatalogKeyDefinition> & typeof PROVISION_KEYS = {
  ...PROVISION_KEYS,
  legal_entity: { label: "Contracting entity", values: null, recordedIn: "entities" },
  product_name: { label: "Product names", values: null, recordedIn: "productLines" },
};

export type CatalogKey = keyof typeof CATALOG_KEYS;

/** Jurisdiction ids of the questionnaire, and `elsewhere`: every jurisdiction no other entity names. */
export const ENTITY_JURISDICTIONS = ["eea", "uk", "switzerland", "california", "usOther", "other"] as const;
export type EntityJurisdiction = (typeof ENTITY_JURISDICTIONS)[number];
export const ELSEWHERE = "elsewhere";

/** The hard limit on a quote; the data aims for twelve words or fewer. */
export const QUOTE_MAX_WORDS = 14;

// ---------------------------------------------------------------------------------------------------------
// The parsed vendor
// ---------------------------------------------------------------------------------------------------------

export interface CatalogEntityVersion {
  name: string;
  sources: string[];
  effectiveOn?: string;
  note?: string;
}

export interface CatalogEntity {
  name: string;
  for: (EntityJurisdiction | typeof ELSEWHERE)[];
  /** The product lines this entity contracts for; absent means every line of the vendor. */
  lines?: ProductLine[];
  sources: string[];
  note?: string;
  effectiveOn?: string;
  /** Earlier names of this contracting party, oldest first. */
  history: CatalogEntityVersion[];
}

export interface CatalogProductLine {
  names: string[];
  note?: string;
  sources: string[];
}

export interface CatalogProvisionVersion {
  /** A token of the key, a whole number for number keys, or free text. */
  value: string | number;
  statement: string;
  condition?: string;
  quote?: string;
  sources: string[];
  standing: Standing;
  effectiveOn?: string;
  checkedOn?: string;
}

export interface CatalogProvision extends CatalogProvisionVersion {
  line: ProductLine;
  key: CatalogKey;
  /** Absent on the one provision per line and key that the rules read. */
  aspect?: string;
  /** Earlier versions, oldest first. */
  history: CatalogProvisionVersion[];
}

export interface CatalogFileVendor {
  id: string;
  name: string;
  entities: CatalogEntity[];
  productLines: Partial<Record<ProductLine, CatalogProductLine>>;
  sources: CatalogSource[];
  provisions: CatalogProvision[];
}

export interface CatalogFileProblem {
  file: string;
  line: number;
  message: string;
}

export type CatalogFileResult = { ok: true; vendor: CatalogFileVendor } | { ok: false; problems: CatalogFileProblem[] };

// ---------------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------------

const TOP_FIELDS = ["id", "name", "entities", "productLines", "sources", "provisions"] as const;
const SOURCE_FIELDS = [
  "id",
  "title",
  "publisher",
  "kind",
  "url",
  "otherUrls",
  "liveUrl",
  "effectiveOn",
  "updatedOn",
  "checkedOn",
  "dateNote",
] as const;
const ENTITY_FIELDS = ["name", "for", "lines", "sources", "note", "effectiveOn", "history"] as const;
const ENTITY_VERSION_FIELDS = ["name", "sources", "effectiveOn", "note"] as const;
const PRODUCT_LINE_FIELDS = ["names", "note", "sources"] as const;
const VERSION_FIELDS = [
  "value",
  "statement",
  "condition",
  "quote",
  "sources",
  "standing",
  "effectiveOn",
  "checkedOn",
] as const;
const PROVISION_FIELDS = ["line", "key", "aspect", ...VERSION_FIELDS, "history"] as const;

const VENDOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
const ASPECT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const URL_TEXT = /^https?:\/\/[^\s/]+\.[^\s]*$/;
const QUOTE_MARKS = /^["'“”‘’«»]/;

const isKnownLine = (value: string): value is ProductLine => (PRODUCT_LINES as readonly string[]).includes(value);
const isCatalogKey = (value: string): value is CatalogKey => Object.prototype.hasOwnProperty.call(CATALOG_KEYS, value);

/** A real calendar date written YYYY-MM-DD. */
export const isValidDate = (text: string): boolean => {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

export const countWords = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

const baseName = (fileName: string): string => {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.ya?ml$/i, "");
};

interface CitedSource {
  id: string;
  line: number;
}

class Reader {
  readonly problems: CatalogFileProblem[] = [];
  readonly cited: CitedSource[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  lineOf(node: Node | Pair | null | undefined, fallback: number): number {
    const range = node && "range" in node ? node.range : undefined;
    if (range) return this.lines.linePos(range[0]).line;
    if (node && "key" in node && node.key && typeof node.key === "object" && "range" in node.key) {
      const keyRange = (node.key as Node).range;
      if (keyRange) return this.lines.linePos(keyRange[0]).line;
    }
    return fallback;
  }

  problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  /** The map's fields by name; unknown fields are reported, and the field list is checked for required ones. */
  fields(
    map: YAMLMap,
    where: string,
    known: readonly string[],
    required: readonly string[],
  ): Map<string, { pair: Pair; value: Node | null; line: number }> {
    const out = new Map<string, { pair: Pair; value: Node | null; line: number }>();
    const mapLine = this.lineOf(map, 1);
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const keyLine = this.lineOf(keyNode, mapLine);
      const name = isScalar(keyNode) ? String(keyNode.value) : null;
      if (name === null) {
        this.problem(keyLine, `${where}: a field name must be plain text`);
        continue;
      }
      if (!known.includes(name)) {
        this.problem(keyLine, `${where}: unknown field "${name}" (allowed: ${known.join(", ")})`);
        continue;
      }
      const value = (pair.value as Node | null) ?? null;
      const present = !(value === null || (isScalar(value) && value.value === null));
      if (present) out.set(name, { pair, value, line: this.lineOf(value, keyLine) });
      else if (required.includes(name)) this.problem(keyLine, `${where}: "${name}" is empty`);
    }
    for (const name of required) {
      if (!out.has(name) && !map.items.some((p) => isScalar(p.key) && String(p.key.value) === name)) {
        this.problem(mapLine, `${where}: missing "${name}"`);
      }
    }
    return out;
  }

  text(field: { value: Node | null; line: number } | undefined, where: string, name: string): string | undefined {
    if (!field) return undefined;
    const node = field.value;
    if (isScalar(node) && typeof node.value === "string") {
      if (node.value.trim() === "") {
        this.problem(field.line, `${where}: "${name}" is empty`);
        return undefined;
      }
      // Statements, quotes and titles are printed in the documents: a character they cannot hold is refused.
      const unstorable = unstorableText(`${where}: "${name}"`, node.value);
      if (unstorable) {
        this.problem(field.line, unstorable);
        return undefined;
      }
      return node.value;
    }
    this.problem(field.line, `${where}: "${name}" must be text`);
    return undefined;
  }

  date(field: { value: Node | null; line: number } | undefined, where: string, name: string): string | undefined {
    if (!field) return undefined;
    const node = field.value;
    const raw = isScalar(node) ? node.value : undefined;
    if (typeof raw === "string" && isValidDate(raw)) return raw;
    const shown = isScalar(node) ? String(raw) : "a list or map";
    this.problem(field.line, `${where}: "${name}" is not a valid date YYYY-MM-DD ("${shown}")`);
    return undefined;
  }

  url(field: { value: Node | null; line: number } | undefined, where: string, name: string): string | undefined {
    const text = this.text(field, where, name);
    if (text === undefined || !field) return undefined;
    if (!URL_TEXT.test(text)) {
      this.problem(field.line, `${where}: "${name}" must be a full address starting with https:// ("${text}")`);
      return undefined;
    }
    return text;
  }

  /** A list of plain texts; each item's line is kept for the caller. */
  textList(
    field: { value: Node | null; line: number } | undefined,
    where: string,
    name: string,
  ): { text: string; line: number }[] | undefined {
    if (!field) return undefined;
    const node = field.value;
    if (!isSeq(node)) {
      this.problem(field.line, `${where}: "${name}" must be a list`);
      return undefined;
    }
    const out: { text: string; line: number }[] = [];
    for (const item of node.items as (Node | null)[]) {
      const line = this.lineOf(item, field.line);
      if (isScalar(item) && typeof item.value === "string" && item.value.trim() !== "") {
        out.push({ text: item.value, line });
      } else {
        this.problem(line, `${where}: every item of "${name}" must be non-empty text`);
      }
    }
    return out;
  }

  /** Source ids cited by an entity, product line or provision: at least one, each once, each recorded for later. */
  sourceIds(field: { value: Node | null; line: number } | undefined, where: string): string[] | undefined {
    const items = this.textList(field, where, "sources");
    if (!items) return undefined;
    if (items.length === 0) {
      this.problem(field!.line, `${where}: "sources" must name at least one source`);
      return undefined;
    }
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.text)) this.problem(item.line, `${where}: source "${item.text}" is cited twice`);
      seen.add(item.text);
      this.cited.push({ id: item.text, line: item.line });
    }
    return [...seen];
  }
}

interface PendingStanding {
  where: string;
  line: number;
  standing: Standing;
  sources: string[];
}

interface VersionDate {
  where: string;
  line: number;
  effectiveOn?: string;
}

/**
 * Parses and validates one vendor catalog file. Returns the vendor, or every problem found (never only the
 * first), each naming the file and the line of the offending node.
 */
export function parseCatalogFile(
  text: string,
  fileName: string,
  /** Whether the vendor id must match the file name (false for text pasted into the app, which has none). */
  options: { nameMustMatch?: boolean } = {},
): CatalogFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false });
  const r = new Reader(fileName, lineCounter);

  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    r.problem(line, `not valid YAML: ${error.message.split("\n")[0]}`);
  }
  if (doc.errors.length > 0) return { ok: false, problems: sorted(r.problems) };

  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    r.problem(1, "the file must be a map with the fields id, name, entities, productLines, sources, provisions");
    return { ok: false, problems: r.problems };
  }

  const top = r.fields(root, "file", TOP_FIELDS, ["id", "name", "productLines", "sources", "provisions"]);

  // id and name
  const id = r.text(top.get("id"), "file", "id");
  const expectedId = baseName(fileName);
  if (id !== undefined) {
    const line = top.get("id")!.line;
    if (!VENDOR_ID.test(id)) r.problem(line, `id "${id}" must be lower-case letters, digits and hyphens`);
    else if (options.nameMustMatch !== false && id !== expectedId)
      r.problem(line, `id "${id}" does not match the file name "${expectedId}"`);
  }
  const name = r.text(top.get("name"), "file", "name");

  // source register
  const sources: CatalogSource[] = [];
  const sourceLines = new Map<string, number>();
  const sourceKinds = new Map<string, SourceKind>();
  const sourcesField = top.get("sources");
  if (sourcesField) {
    if (!isSeq(sourcesField.value)) r.problem(sourcesField.line, `"sources" must be a list`);
    else {
      for (const item of sourcesField.value.items as (Node | null)[]) {
        const line = r.lineOf(item, sourcesField.line);
        if (!isMap(item)) {
          r.problem(line, "each source must be a map with id, title, publisher and kind");
          continue;
        }
        const f = r.fields(item, "source", SOURCE_FIELDS, ["id", "title", "publisher", "kind"]);
        const sid = r.text(f.get("id"), "source", "id");
        const where = sid ? `source ${sid}` : "source";
        if (sid !== undefined) {
          if (!SOURCE_ID.test(sid)) {
            r.problem(f.get("id")!.line, `source id "${sid}" must be letters, digits and hyphens`);
          } else if (sourceLines.has(sid)) {
            r.problem(f.get("id")!.line, `source id "${sid}" is used twice (first at line ${sourceLines.get(sid)})`);
          } else sourceLines.set(sid, f.get("id")!.line);
        }
        const title = r.text(f.get("title"), where, "title");
        const publisher = r.text(f.get("publisher"), where, "publisher");
        const kindText = r.text(f.get("kind"), where, "kind");
        let kind: SourceKind | undefined;
        if (kindText !== undefined) {
          if ((SOURCE_KINDS as readonly string[]).includes(kindText)) kind = kindText as SourceKind;
          else r.problem(f.get("kind")!.line, `${where}: kind "${kindText}" is not one of ${SOURCE_KINDS.join(", ")}`);
        }
        const url = r.url(f.get("url"), where, "url");
        const liveUrl = r.url(f.get("liveUrl"), where, "liveUrl");
        const other = r.textList(f.get("otherUrls"), where, "otherUrls");
        const otherUrls: string[] = [];
        for (const o of other ?? []) {
          if (URL_TEXT.test(o.text)) otherUrls.push(o.text);
          else r.problem(o.line, `${where}: "otherUrls" must hold full addresses starting with https:// ("${o.text}")`);
        }
        if (other && !f.has("url")) r.problem(f.get("otherUrls")!.line, `${where}: "otherUrls" needs a "url" first`);
        const effectiveOn = r.date(f.get("effectiveOn"), where, "effectiveOn");
        const updatedOn = r.date(f.get("updatedOn"), where, "updatedOn");
        const checkedOn = r.date(f.get("checkedOn"), where, "checkedOn");
        const dateNote = r.text(f.get("dateNote"), where, "dateNote");
        if (sid !== undefined && kind !== undefined) sourceKinds.set(sid, kind);
        if (sid !== undefined && title !== undefined && publisher !== undefined && kind !== undefined) {
          sources.push({
            id: sid,
            title,
            publisher,
            kind,
            ...(url !== undefined && { url }),
            ...(otherUrls.length > 0 && { otherUrls }),
            ...(liveUrl !== undefined && { liveUrl }),
            ...(effectiveOn !== undefined && { effectiveOn }),
            ...(updatedOn !== undefined && { updatedOn }),
            ...(checkedOn !== undefined && { checkedOn }),
            ...(dateNote !== undefined && { dateNote }),
          });
        }
      }
      if (sourcesField.value.items.length === 0)
        r.problem(sourcesField.line, `"sources" must list at least one source`);
    }
  }

  // product lines
  const productLines: Partial<Record<ProductLine, CatalogProductLine>> = {};
  const plField = top.get("productLines");
  if (plField) {
    if (!isMap(plField.value))
      r.problem(plField.line, `"productLines" must be a map from product-line id to its names`);
    else {
      for (const pair of plField.value.items) {
        const keyNode = pair.key as Node | null;
        const line = r.lineOf(keyNode, plField.line);
        const lineId = isScalar(keyNode) ? String(keyNode.value) : "";
        if (!isKnownLine(lineId)) {
          r.problem(line, `unknown product line "${lineId}" (allowed: ${PRODUCT_LINES.join(", ")})`);
          continue;
        }
        const where = `productLines.${lineId}`;
        const value = pair.value as Node | null;
        if (value === null || (isScalar(value) && value.value === null)) {
          productLines[lineId] = { names: [], sources: [] };
          continue;
        }
        if (!isMap(value)) {
          r.problem(r.lineOf(value, line), `${where} must be a map with names, note and sources`);
          continue;
        }
        const f = r.fields(value, where, PRODUCT_LINE_FIELDS, []);
        const names = (r.textList(f.get("names"), where, "names") ?? []).map((n) => n.text);
        const note = r.text(f.get("note"), where, "note");
        const cites = r.sourceIds(f.get("sources"), where) ?? [];
        if ((names.length > 0 || note !== undefined) && !f.has("sources")) {
          r.problem(r.lineOf(value, line), `${where}: names and note need "sources"`);
        }
        productLines[lineId] = { names, ...(note !== undefined && { note }), sources: cites };
      }
      if (plField.value.items.length === 0) r.problem(plField.line, `"productLines" must list at least one line`);
    }
  }
  const linesOffered = new Set(Object.keys(productLines));

  const checkLine = (text: string | undefined, line: number, where: string): ProductLine | undefined => {
    if (text === undefined) return undefined;
    if (!isKnownLine(text)) {
      r.problem(line, `${where}: unknown product line "${text}" (allowed: ${PRODUCT_LINES.join(", ")})`);
      return undefined;
    }
    if (!linesOffered.has(text)) {
      r.problem(line, `${where}: product line "${text}" is not listed under productLines`);
      return undefined;
    }
    return text;
  };

  const standings: PendingStanding[] = [];

  // entities
  const entities: CatalogEntity[] = [];
  const covered = new Map<string, { name: string; line: number }>();
  const entField = top.get("entities");
  if (entField) {
    if (!isSeq(entField.value)) r.problem(entField.line, `"entities" must be a list`);
    else {
      for (const item of entField.value.items as (Node | null)[]) {
        const line = r.lineOf(item, entField.line);
        if (!isMap(item)) {
          r.problem(line, "each entity must be a map with name, for and sources");
          continue;
        }
        const f = r.fields(item, "entity", ENTITY_FIELDS, ["name", "for", "sources"]);
        const ename = r.text(f.get("name"), "entity", "name");
        const where = ename ? `entity "${ename}"` : "entity";
        const forItems = r.textList(f.get("for"), where, "for") ?? [];
        const forIds: CatalogEntity["for"] = [];
        for (const j of forItems) {
          if (j.text === ELSEWHERE || (ENTITY_JURISDICTIONS as readonly string[]).includes(j.text)) {
            forIds.push(j.text as CatalogEntity["for"][number]);
          } else {
            r.problem(
              j.line,
              `${where}: unknown jurisdiction "${j.text}" (allowed: ${ENTITY_JURISDICTIONS.join(", ")}, or ${ELSEWHERE})`,
            );
          }
        }
        if (f.has("for") && forItems.length === 0)
          r.problem(f.get("for")!.line, `${where}: "for" must name at least one jurisdiction`);
        if (forIds.includes(ELSEWHERE) && forItems.length > 1) {
          r.problem(f.get("for")!.line, `${where}: "${ELSEWHERE}" stands alone in "for"`);
        }
        const lineItems = r.textList(f.get("lines"), where, "lines");
        const lines: ProductLine[] = [];
        for (const l of lineItems ?? []) {
          const ok = checkLine(l.text, l.line, where);
          if (ok) lines.push(ok);
        }
        const cites = r.sourceIds(f.get("sources"), where) ?? [];
        const note = r.text(f.get("note"), where, "note");
        const effectiveOn = r.date(f.get("effectiveOn"), where, "effectiveOn");
        const history: CatalogEntityVersion[] = [];
        const histField = f.get("history");
        if (histField) {
          if (!isSeq(histField.value)) r.problem(histField.line, `${where}: "history" must be a list`);
          else {
            const dates: VersionDate[] = [];
            for (const h of histField.value.items as (Node | null)[]) {
              const hLine = r.lineOf(h, histField.line);
              if (!isMap(h)) {
                r.problem(hLine, `${where}: each history entry must be a map with name and sources`);
                continue;
              }
              const hw = `${where}, earlier name`;
              const hf = r.fields(h, hw, ENTITY_VERSION_FIELDS, ["name", "sources"]);
              const hname = r.text(hf.get("name"), hw, "name");
              const hcites = r.sourceIds(hf.get("sources"), hw) ?? [];
              const hEff = r.date(hf.get("effectiveOn"), hw, "effectiveOn");
              const hnote = r.text(hf.get("note"), hw, "note");
              dates.push({ where: hw, line: hLine, effectiveOn: hEff });
              if (hname !== undefined) {
                history.push({
                  name: hname,
                  sources: hcites,
                  ...(hEff !== undefined && { effectiveOn: hEff }),
                  ...(hnote !== undefined && { note: hnote }),
                });
              }
            }
            checkVersionOrder(r, dates, effectiveOn);
          }
        }
        // a jurisdiction names one entity per product line
        const forLines = lines.length > 0 ? lines : [...linesOffered];
        for (const pl of forLines) {
          for (const j of forIds) {
            const slot = `${pl}/${j}`;
            const before = covered.get(slot);
            if (before) {
              r.problem(line, `${where}: ${j} on ${pl} is already given to "${before.name}" (line ${before.line})`);
            } else covered.set(slot, { name: ename ?? "", line });
          }
        }
        if (ename !== undefined && forIds.length > 0) {
          entities.push({
            name: ename,
            for: forIds,
            ...(lineItems !== undefined && { lines }),
            sources: cites,
            ...(note !== undefined && { note }),
            ...(effectiveOn !== undefined && { effectiveOn }),
            history,
          });
        }
      }
    }
  }

  // provisions
  const provisions: CatalogProvision[] = [];
  const seenProvision = new Map<string, number>();
  const provField = top.get("provisions");
  if (provField) {
    if (!isSeq(provField.value)) r.problem(provField.line, `"provisions" must be a list`);
    else {
      for (const item of provField.value.items as (Node | null)[]) {
        const line = r.lineOf(item, provField.line);
        if (!isMap(item)) {
          r.problem(line, "each provision must be a map with line, key, value, statement, sources and standing");
          continue;
        }
        const f = r.fields(item, "provision", PROVISION_FIELDS, [
          "line",
          "key",
          "value",
          "statement",
          "sources",
          "standing",
        ]);
        const lineText = r.text(f.get("line"), "provision", "line");
        const pl = checkLine(lineText, f.get("line")?.line ?? line, "provision");
        const keyText = r.text(f.get("key"), "provision", "key");
        let key: CatalogKey | undefined;
        if (keyText !== undefined) {
          const keyLine = f.get("key")!.line;
          if (!isCatalogKey(keyText)) r.problem(keyLine, `unknown provision key "${keyText}"`);
          else {
            const def: CatalogKeyDefinition = CATALOG_KEYS[keyText];
            if (def.recordedIn) {
              r.problem(keyLine, `"${keyText}" is recorded under ${def.recordedIn}, not as a provision`);
            } else key = keyText;
          }
        }
        const aspect = r.text(f.get("aspect"), "provision", "aspect");
        if (aspect !== undefined && !ASPECT.test(aspect)) {
          r.problem(f.get("aspect")!.line, `aspect "${aspect}" must be a slug: lower-case words joined by hyphens`);
        }
        const where = `provision ${lineText ?? "?"} / ${keyText ?? "?"}${aspect ? ` (${aspect})` : ""}`;
        if (lineText !== undefined && keyText !== undefined) {
          const id = `${lineText}\u0000${keyText}\u0000${aspect ?? ""}`;
          const before = seenProvision.get(id);
          if (before !== undefined) {
            r.problem(line, `duplicate provision: ${where} is already recorded at line ${before}`);
          } else seenProvision.set(id, line);
        }
        const current = readVersion(r, f, where, key, standings);
        const history: CatalogProvisionVersion[] = [];
        const histField = f.get("history");
        if (histField) {
          if (!isSeq(histField.value)) r.problem(histField.line, `${where}: "history" must be a list`);
          else {
            const dates: VersionDate[] = [];
            histField.value.items.forEach((h, i) => {
              const hLine = r.lineOf(h as Node, histField.line);
              const hw = `${where}, history entry ${i + 1}`;
              if (!isMap(h)) {
                r.problem(hLine, `${hw} must be a map with value, statement, sources and standing`);
                return;
              }
              const hf = r.fields(h, hw, VERSION_FIELDS, ["value", "statement", "sources", "standing"]);
              const version = readVersion(r, hf, hw, key, standings);
              dates.push({ where: hw, line: hLine, effectiveOn: version?.effectiveOn });
              if (version) history.push(version);
            });
            checkVersionOrder(r, dates, current?.effectiveOn);
          }
        }
        if (pl && key && current) {
          provisions.push({ line: pl, key, ...(aspect !== undefined && { aspect }), ...current, history });
        }
      }
    }
  }

  // every cited source resolves; every source in the register is cited
  const citedIds = new Set<string>();
  for (const c of r.cited) {
    citedIds.add(c.id);
    if (!sourceLines.has(c.id)) r.problem(c.line, `source "${c.id}" is not in the source register`);
  }
  for (const [sid, line] of sourceLines) {
    if (!citedIds.has(sid)) r.problem(line, `source "${sid}" is in the register but nothing cites it`);
  }

  // standings against the kinds of the sources cited
  for (const s of standings) {
    const kinds = s.sources.map((id) => ({ id, kind: sourceKinds.get(id) })).filter((k) => k.kind !== undefined);
    if (s.standing === "stated" && kinds.length === s.sources.length && !kinds.some((k) => k.kind !== "secondary")) {
      r.problem(
        s.line,
        `${s.where}: standing "stated" needs at least one primary, archive or mirror source; all its sources are secondary (use "secondary")`,
      );
    }
    if (s.standing === "secondary") {
      for (const k of kinds) {
        if (k.kind !== "secondary") {
          r.problem(
            s.line,
            `${s.where}: standing "secondary" cites source "${k.id}", which is ${k.kind} (use "stated")`,
          );
        }
      }
    }
    if (s.standing === "conflict" && s.sources.length < 2) {
      r.problem(s.line, `${s.where}: standing "conflict" needs at least two sources that disagree`);
    }
  }

  if (r.problems.length > 0 || id === undefined || name === undefined) {
    if (r.problems.length === 0) r.problem(1, "the file is incomplete");
    return { ok: false, problems: sorted(r.problems) };
  }
  return { ok: true, vendor: { id, name, entities, productLines, sources, provisions } };
}

function readVersion(
  r: Reader,
  f: Map<string, { pair: Pair; value: Node | null; line: number }>,
  where: string,
  key: CatalogKey | undefined,
  standings: PendingStanding[],
): CatalogProvisionVersion | undefined {
  const value = readValue(r, f.get("value"), where, key);
  const statement = r.text(f.get("statement"), where, "statement");
  const condition = r.text(f.get("condition"), where, "condition");
  const quote = r.text(f.get("quote"), where, "quote");
  if (quote !== undefined) {
    const line = f.get("quote")!.line;
    const words = countWords(quote);
    if (words > QUOTE_MAX_WORDS) r.problem(line, `${where}: quote has ${words} words; at most ${QUOTE_MAX_WORDS}`);
    if (QUOTE_MARKS.test(quote.trim())) r.problem(line, `${where}: write the quote without quotation marks around it`);
  }
  const sources = r.sourceIds(f.get("sources"), where);
  const standingText = r.text(f.get("standing"), where, "standing");
  let standing: Standing | undefined;
  if (standingText !== undefined) {
    if ((STANDINGS as readonly string[]).includes(standingText)) standing = standingText as Standing;
    else
      r.problem(f.get("standing")!.line, `${where}: standing "${standingText}" is not one of ${STANDINGS.join(", ")}`);
  }
  if (standing && sources) standings.push({ where, line: f.get("standing")!.line, standing, sources });
  const effectiveOn = r.date(f.get("effectiveOn"), where, "effectiveOn");
  const checkedOn = r.date(f.get("checkedOn"), where, "checkedOn");
  if (value === undefined || statement === undefined || !sources || !standing) return undefined;
  return {
    value,
    statement,
    ...(condition !== undefined && { condition }),
    ...(quote !== undefined && { quote }),
    sources,
    standing,
    ...(effectiveOn !== undefined && { effectiveOn }),
    ...(checkedOn !== undefined && { checkedOn }),
  };
}

function readValue(
  r: Reader,
  field: { value: Node | null; line: number } | undefined,
  where: string,
  key: CatalogKey | undefined,
): string | number | undefined {
  if (!field) return undefined;
  const node = field.value;
  if (!isScalar(node)) {
    r.problem(field.line, `${where}: "value" must be a single value, not a list or map`);
    return undefined;
  }
  const raw = node.value;
  if (key === undefined) return typeof raw === "string" || typeof raw === "number" ? raw : undefined;
  const def: CatalogKeyDefinition = CATALOG_KEYS[key];
  if (def.values === "days" || def.values === "number") {
    if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return raw;
    const what = def.values === "days" ? "a whole number of days" : "a whole number";
    r.problem(field.line, `${where}: ${key} must be ${what}, 0 or more (not "${String(raw)}")`);
    return undefined;
  }
  if (def.values === null) {
    if (typeof raw === "string" && raw.trim() !== "") return raw;
    if (typeof raw === "number") return String(raw);
    r.problem(field.line, `${where}: "value" must be text`);
    return undefined;
  }
  if (typeof raw === "string" && def.values.includes(raw)) return raw;
  r.problem(
    field.line,
    `${where}: value "${String(raw)}" is not allowed for ${key} (allowed: ${def.values.join(", ")})`,
  );
  return undefined;
}

/** Earlier versions come oldest first, and none is dated after the current version. */
function checkVersionOrder(r: Reader, dates: VersionDate[], currentEffectiveOn: string | undefined): void {
  let last: VersionDate | undefined;
  for (const d of dates) {
    if (d.effectiveOn === undefined) continue;
    if (last?.effectiveOn !== undefined && d.effectiveOn < last.effectiveOn) {
      r.problem(
        d.line,
        `${d.where}: effective ${d.effectiveOn}, before the entry above it (${last.effectiveOn}); list history oldest first`,
      );
    }
    if (currentEffectiveOn !== undefined && d.effectiveOn > currentEffectiveOn) {
      r.problem(d.line, `${d.where}: effective ${d.effectiveOn}, after the current version (${currentEffectiveOn})`);
    }
    last = d;
  }
}

const sorted = (problems: CatalogFileProblem[]): CatalogFileProblem[] => [...problems].sort((a, b) => a.line - b.line);

/**
 * The company that signs for a buyer whose people are in `jurisdictions`, for a product line: the entity
 * naming one of them, else the one for `elsewhere`. Null where the catalog records none for the line, or
 * where the buyer's jurisdictions fall to different entities (the documents then ask, not guess).
 */
export function contractingEntity(
  entities: readonly CatalogEntity[],
  line: ProductLine,
  jurisdictions: readonly string[],
): CatalogEntity | null {
  const forLine = entities.filter((e) => !e.lines || e.lines.includes(line));
  const chosen = new Set(
    jurisdictions.map(
      (j) => forLine.find((e) => (e.for as string[]).includes(j)) ?? forLine.find((e) => e.for.includes(ELSEWHERE)),
    ),
  );
  if (chosen.size !== 1) return null;
  return [...chosen][0] ?? null;
}
