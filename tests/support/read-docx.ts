/**
 * Test support: reads a .docx back the way a strict consumer would, for the pack's tests. Not used by the
 * app. Every XML part must be well-formed XML 1.0 (xmldom parses; it does not check characters, so
 * that is checked here too).
 */
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxPackage {
  /** Every file of the package, by path, as text (all parts of a pack are XML). */
  parts: Map<string, string>;
  /** Every .xml / .rels part, parsed. */
  xml: Map<string, XmlDocument>;
}

// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const CHAR_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

function isXmlCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * XML 1.0 line-end handling, as Word's parser does it. (xmldom's default is XML 1.1's, which also turns
 * U+0085, U+2028 and U+2029 into line feeds, and would hide whether they survived.)
 */
export function xml10LineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Parses one XML part, throwing on any error or on a character XML 1.0 does not allow. */
export function parseXmlStrict(name: string, text: string): XmlDocument {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const cp = bad[0].codePointAt(0) ?? 0;
    throw new Error(
      `${name}: character U+${cp.toString(16).toUpperCase().padStart(4, "0")} at ${bad.index} is not allowed in XML`,
    );
  }
  for (const match of text.matchAll(CHAR_REFERENCE)) {
    const ref = match[1];
    const cp = ref.startsWith("x") ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (!isXmlCodePoint(cp)) throw new Error(`${name}: character reference ${match[0]} is not allowed in XML`);
  }
  const parser = new DOMParser({
    normalizeLineEndings: xml10LineEndings,
    onError: (level: string, message: string) => {
      // Warnings are about content, not form (e.g. "Unicode replacement character detected"): U+FFFD is text.
      if (level !== "warning") throw new Error(`${name}: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, "application/xml");
}

/** Parses rendered HTML (the preview) as a browser would for text: only CR LF and CR become LF. */
export function parseHtml(html: string): XmlDocument {
  const parser = new DOMParser({
    normalizeLineEndings: xml10LineEndings,
    onError: (level: string, message: string) => {
      if (level !== "warning") throw new Error(`HTML: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, "text/html");
}

export async function readDocx(data: Buffer | Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  const xml = new Map<string, XmlDocument>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const text = await file.async("string");
    parts.set(path, text);
    if (/\.(xml|rels)$/.test(path)) xml.set(path, parseXmlStrict(path, text));
  }
  return { parts, xml };
}

export function part(pkg: DocxPackage, path: string): XmlDocument {
  const doc = pkg.xml.get(path);
  if (!doc) throw new Error(`${path} is missing from the package`);
  return doc;
}

export function elements(root: XmlDocument | Element, localName: string, ns = W): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function child(el: Element, localName: string): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName) return n as Element;
  }
  return null;
}

export interface DocxParagraph {
  style: string | null;
  numId: string | null;
  ilvl: string | null;
  /** The text as a reader sees it: <w:br/> as "\n", <w:tab/> in a run as "\t". */
  text: string;
  /** Inside a table cell. */
  inTable: boolean;
}

function runText(el: Element): string {
  let text = "";
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.localName === "t") text += e.textContent ?? "";
    else if (e.localName === "br" || e.localName === "cr") text += "\n";
    else if (e.localName === "tab") text += "\t";
  }
  return text;
}

/** The paragraphs of a part, in document order. */
export function paragraphs(doc: XmlDocument): DocxParagraph[] {
  return elements(doc, "p").map((p) => {
    const pPr = child(p, "pPr");
    const style = pPr ? (child(pPr, "pStyle")?.getAttributeNS(W, "val") ?? null) : null;
    const numPr = pPr ? child(pPr, "numPr") : null;
    const numId = numPr ? (child(numPr, "numId")?.getAttributeNS(W, "val") ?? null) : null;
    const ilvl = numPr ? (child(numPr, "ilvl")?.getAttributeNS(W, "val") ?? null) : null;
    const text = elements(p, "r").map(runText).join("");
    let inTable = false;
    for (let n = p.parentNode; n; n = n.parentNode) {
      if ((n as Element).localName === "tc") inTable = true;
    }
    return { style, numId, ilvl, text, inTable };
  });
}

/** The text of each top-level table: rows of cells, each cell's paragraphs joined with "\n". */
export function tables(doc: XmlDocument): string[][][] {
  return elements(doc, "tbl").map((tbl) =>
    elements(tbl, "tr").map((tr) =>
      elements(tr, "tc").map((tc) =>
        elements(tc, "p")
          .map((p) => elements(p, "r").map(runText).join(""))
          .join("\n"),
      ),
    ),
  );
}
