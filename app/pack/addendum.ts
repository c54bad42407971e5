/**
 * The addendum's own words, worked out from the pack model: the title, the opening that names the parties,
 * the definitions its language uses (and only those), the order of precedence and the signature block.
 * Nothing of the memo reaches it: no finding, fallback, note, question, traceability or exposure.
 * Pure: no I/O, so the renderer only lays it out.
 */
import type { ClausePack } from "./model.ts";

export interface Addendum {
  title: string;
  /** "Draft for negotiation — 2026-12-01" */
  status: string;
  /** The opening paragraph: the parties and the agreement the addendum forms part of. */
  opening: string;
  definitionsTitle: string;
  definitions: { term: string; text: string }[];
  clauses: { title: string; language: string[] }[];
  precedence: { title: string; language: string[] };
  signature: { intro: string; parties: { heading: string; party: string }[]; lines: string[] };
}

export const ADDENDUM_TITLE = "Data Protection and AI Services Addendum";

/** Whether the defined term is used in the text: as a word, or as the start of one (“Subprocessors”). */
function uses(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, "u").test(text);
}

/**
 * The definitions the language relies on: those its clauses use, then those the used definitions use in
 * turn, until nothing more comes in; in the order of definitions.md.
 */
export function usedDefinitions(
  definitions: readonly { term: string; text: string }[],
  texts: readonly string[],
): { term: string; text: string }[] {
  const used = new Set<string>();
  let frontier = texts.join("\n");
  for (;;) {
    const added = definitions.filter((d) => !used.has(d.term) && uses(frontier, d.term));
    if (added.length === 0) break;
    for (const d of added) used.add(d.term);
    // A definition's own term opens its text: look for other terms in what follows it.
    frontier = added.map((d) => d.text.slice(d.term.length + 2)).join("\n");
  }
  return definitions.filter((d) => used.has(d.term));
}

const PRECEDENCE = [
  "This Addendum forms part of the Agreement. If this Addendum conflicts with any other part of the Agreement, including any order form, terms of service, usage policy, data processing agreement or other document incorporated into the Agreement by reference, this Addendum prevails, whatever the order or date in which they were agreed, unless a document signed by authorized representatives of both parties after the date of this Addendum states that it amends this Addendum and names the clause it amends.",
  "A document that the Provider publishes or changes after the date of this Addendum, including any policy or terms to which the Agreement refers by a link, does not reduce the Customer’s rights or the Provider’s obligations under this Addendum.",
];

const SIGNATURE_LINES = ["Signature", "Name", "Title", "Date"];
const PARTY_TERMS = ["Customer", "Provider"];

export function buildAddendum(pack: ClausePack): Addendum {
  const { buyer, vendor } = pack.parties;
  const date = pack.cover.generatedAt.slice(0, 10);
  const clauses = pack.clauses.map((c) => ({ title: c.title, language: c.language }));
  const texts = [...clauses.flatMap((c) => c.language), ...PRECEDENCE];
  return {
    title: ADDENDUM_TITLE,
    status: `Draft for negotiation — ${date}`,
    opening:
      `This ${ADDENDUM_TITLE} (the “Addendum”) is made between ${buyer} (the “Customer”) and ${vendor} ` +
      "(the “Provider”). It sets out the terms on which the Provider processes Customer Data in providing the " +
      "Services, and forms part of the Agreement.",
    definitionsTitle: "Definitions",
    // The opening names the parties, with the contracting company where the catalog knows it, so the
    // library's one-line definitions of them would only repeat (or contradict) it.
    definitions: usedDefinitions(pack.definitions, texts).filter((d) => !PARTY_TERMS.includes(d.term)),
    clauses,
    precedence: { title: "Order of precedence", language: PRECEDENCE },
    signature: {
      intro: "Signed by the authorized representatives of the parties:",
      parties: [
        { heading: "For the Customer", party: buyer },
        { heading: "For the Provider", party: vendor },
      ],
      lines: SIGNATURE_LINES,
    },
  };
}
