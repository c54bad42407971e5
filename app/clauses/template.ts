/**
 * One clause file of templates/ (format: templates/README.md) parsed into a ClauseTemplate, and
 * templates/definitions.md into the defined terms. Pure: the caller reads the files.
 *
 * Every problem is reported as "templates/<file>.md: <field>: <what is wrong>", and all problems of a
 * file are reported at once, so a lawyer fixing a file sees the whole list.
 */
import { keepCitationsTogether } from "../utils/citations.ts";
import { parseDocument } from "yaml";
import { z } from "zod";

import { findForbiddenCharacter } from "../questionnaire/answers.ts";
import {
  ANSWER_DOMAINS,
  conditionReferenceIssues,
  conditionShapeIssues,
  formatPath,
  issuePath,
  type AnswerDomain,
  type Condition,
  type IssuePath,
} from "../conditions/condition.ts";

import { VARIABLE_NAMES, VARIABLE_PATTERN, formatterIssue, isVariableName } from "./variables.ts";

export const CLAUSE_CATEGORIES = [
  "training",
  "retention",
  "access",
  "outputs",
  "assurance",
  "regulatory",
  "renewal",
  "scope",
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

export const DEFAULT_LANGUAGE = "default";

/** What a clause rests on: cited by title, and by publisher and address where it has them. */
export interface ClauseSource {
  title: string;
  publisher?: string;
  url?: string;
  /** Cited only with these variants of the clause (the GDPR for the gdpr variant of the dpa); absent: always. */
  variants?: string[];
  /** Cited only where the answers meet this condition (the GDPR for a buyer with people in the EEA); absent: always. */
  when?: Condition;
  /**
   * The catalog id of the vendor whose own terms the document is about: cited only in that vendor's packs,
   * never as a source for another vendor's. Absent for law and for documents about no one vendor.
   */
  vendor?: string;
}

export interface ClauseVariant {
  id: string;
  when: Condition;
}

export interface ClauseTemplate {
  id: string;
  title: string;
  category: ClauseCategory;
  order: number;
  appliesWhen: Condition;
  /** In order: the first whose `when` holds is used; `default` language otherwise. */
  variants: ClauseVariant[];
  /** Sub-clauses (one paragraph each) per variant id, and under "default" for `## Language`. */
  language: Record<string, string[]>;
  /** In order of preference. */
  fallbacks: string[];
  /** Paragraphs separated by a blank line ("\n\n"). */
  negotiationNote: string;
  questions: string[];
  reconfirmAtRenewal: string;
  sources: ClauseSource[];
  /** The variables the clause uses, anywhere in its text. */
  variables: string[];
  /** The file it came from, as shown in errors ("templates/no-training.md"). */
  file: string;
}

export interface DefinedTerm {
  term: string;
  /** The definition as it prints, variables ({{buyerName}}…) not yet filled. */
  text: string;
}
export interface Definitions {
  /** The header's title, if any. */
  title?: string;
  /** Paragraphs printed before the terms, if any. */
  introduction: string[];
  terms: DefinedTerm[];
  variables: string[];
  file: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export interface ParseOptions {
  /** As shown in errors, e.g. "templates/no-training.md". The id must equal its base name. */
  file: string;
  /** The answers conditions may name; the questionnaire's (ANSWER_DOMAINS) unless a test passes others. */
  domains?: ReadonlyMap<string, AnswerDomain>;
}

// ---------------------------------------------------------------------------------------------------
// Front matter

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

interface Split {
  header: string;
  headerLines: number;
  body: string;
}

function splitFrontMatter(text: string): Split | undefined {
  const m = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ""));
  if (!m) return undefined;
  return {
    header: m[1],
    headerLines: m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0),
    body: text.replace(/^\uFEFF/, "").slice(m[0].length),
  };
}

function readYaml(header: string, problem: (field: string, message: string) => void): unknown {
  const doc = parseDocument(header, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      // +1: the header starts on the line after the opening ---
      problem("header", `malformed YAML${line ? ` at line ${line + 1}` : ""}: ${e.message.split("\n")[0]}`);
    }
    return undefined;
  }
  return doc.toJS();
}

const sourceSchema = z.strictObject({
  title: z
    .string({ error: "must be the title of the law, terms or analysis the clause rests on" })
    .trim()
    .min(1, { error: "must not be empty" }),
  publisher: z.string({ error: "must be who published it" }).trim().min(1, { error: "must not be empty" }).optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).optional(),
  variants: z
    .array(z.string(), { error: "must be a list of the clause's variant ids the source is cited with" })
    .min(1, { error: "must name at least one variant (leave it out for a source cited with every variant)" })
    .optional(),
  when: z.unknown().optional(),
  vendor: z
    .string({ error: "must be the catalog id of the vendor the document is about, such as anthropic" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: "must be the catalog id of the vendor the document is about, such as anthropic",
    })
    .optional(),
});

const variantIdSchema = z
  .string({ error: "must be a word such as never or optInOnly" })
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: "must be a word such as never or optInOnly (letters, digits, -)" })
  .refine((v) => v !== DEFAULT_LANGUAGE, { error: `'${DEFAULT_LANGUAGE}' is reserved for the plain ## Language` });

const headerSchema = z.strictObject({
  id: z
    .string({ error: "must be the file name without .md" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lower-case words joined by - (e.g. no-training)" }),
  title: z.string({ error: "must be the clause’s title" }).trim().min(1, { error: "must not be empty" }),
  category: z.enum(CLAUSE_CATEGORIES, { error: `must be one of: ${CLAUSE_CATEGORIES.join(", ")}` }),
  order: z.number({ error: "must be a whole number (position in the pack)" }).int({ error: "must be a whole number" }),
  appliesWhen: z.unknown(),
  variants: z
    .array(z.strictObject({ id: variantIdSchema, when: z.unknown() }), { error: "must be a list of { id, when }" })
    .optional(),
  sources: z
    .array(sourceSchema, { error: "must be a list of { title, publisher, url, variants, vendor }" })
    .min(1, { error: "must name at least one source" }),
});

function valueAt(raw: unknown, path: IssuePath): unknown {
  let v = raw;
  for (const p of path)
    v = typeof v === "object" && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function zodProblems(error: z.ZodError, raw: unknown, problem: (field: string, message: string) => void): void {
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problem(formatPath([...issuePath(issue.path), key]), "unknown field");
      continue;
    }
    const path = issuePath(issue.path);
    const field = formatPath(path) || "header";
    const missing = issue.code === "invalid_type" && valueAt(raw, path) === undefined;
    problem(field, missing ? "is missing" : issue.message);
  }
}

function checkCondition(
  raw: unknown,
  path: IssuePath,
  options: ParseOptions,
  problem: (field: string, message: string) => void,
): Condition | undefined {
  if (raw === undefined) {
    problem(formatPath(path), "is missing (write `always` when the clause always applies)");
    return undefined;
  }
  const shape = conditionShapeIssues(raw, path);
  if (shape.length > 0) {
    for (const i of shape) problem(formatPath(i.path), i.message);
    return undefined;
  }
  const cond = raw as Condition;
  for (const i of conditionReferenceIssues(cond, options.domains ?? ANSWER_DOMAINS, path))
    problem(formatPath(i.path), i.message);
  return cond;
}

// ---------------------------------------------------------------------------------------------------
// Body

const SECTION_ORDER = ["Language", "Fallbacks", "Negotiation note", "Questions for the vendor", "Reconfirm at renewal"];

interface Section {
  heading: string;
  /** "Language" for every Language section. */
  kind: string;
  variant?: string;
  lines: string[];
  line: number;
}

function splitSections(body: string, firstLine: number, problem: (field: string, message: string) => void): Section[] {
  const sections: Section[] = [];
  const lines = body.split(/\r?\n/);
  let current: Section | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    const lineNo = firstLine + i;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (heading[1].length !== 2) {
        problem(`line ${lineNo}`, `only level-2 headings (## …) start sections; found “${line}”`);
        return;
      }
      const title = heading[2];
      const lang = /^Language(?:\s*:\s*(.*))?$/.exec(title);
      current = lang
        ? { heading: title, kind: "Language", variant: lang[1]?.trim() || undefined, lines: [], line: lineNo }
        : { heading: title, kind: title, lines: [], line: lineNo };
      if (lang && lang[1] !== undefined && !lang[1].trim()) {
        problem(`## ${title}`, "names no variant: write ## Language: VARIANT-ID, or ## Language");
      }
      if (!lang && !SECTION_ORDER.includes(title)) {
        problem(`## ${title}`, `unknown section; the sections are ${SECTION_ORDER.map((s) => `“${s}”`).join(", ")}`);
      }
      sections.push(current);
      return;
    }
    if (!current) {
      if (line.trim() !== "") problem(`line ${lineNo}`, "text before the first section (## Language)");
      return;
    }
    current.lines.push(line);
  });
  return sections;
}

/** Blank-line separated paragraphs, each with its lines joined by a space. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    if (buf.length) out.push(buf.join(" "));
    buf = [];
  };
  for (const l of lines) {
    if (l.trim() === "") flush();
    else buf.push(l.trim());
  }
  flush();
  return out;
}

/** Items of a Markdown list ("1. …" or "- …"); lines that start no item continue the previous one. */
function listItems(
  lines: string[],
  marker: RegExp,
  field: string,
  what: string,
  problem: (f: string, m: string) => void,
): string[] {
  const items: string[] = [];
  let open = false;
  for (const l of lines) {
    if (l.trim() === "") {
      open = false;
      continue;
    }
    const m = marker.exec(l.trim());
    if (m) {
      items.push(l.trim().slice(m[0].length).trim());
      open = true;
    } else if (open || /^\s+/.test(l)) {
      if (items.length === 0) problem(field, `write each ${what}`);
      else items[items.length - 1] += ` ${l.trim()}`;
    } else {
      problem(field, `“${l.trim().slice(0, 40)}” is not a list item: write each ${what}`);
    }
  }
  return items.filter((i) => i !== "");
}

const PLAIN_TEXT_RULES: [RegExp, string][] = [
  [/\*\*|__/, "Markdown emphasis (** or __): the text is plain"],
  [/(^|[\s(])[*_][^\s*_][^*_]*[*_](?=$|[\s.,;:)])/, "Markdown emphasis (*…* or _…_): the text is plain"],
  [/`/, "a backtick: the text is plain"],
  [/\[[^\]]*\]\([^)]*\)/, "a Markdown link: the text is plain (name the source in sources)"],
  [/<\/?[A-Za-z!][^>]*>/, "HTML: the text is plain"],
  [/"/, "a straight quotation mark: type “ ” as they should print"],
  [/'/, "a straight apostrophe: type ’ as it should print"],
];

function checkText(text: string, field: string, options: ParseOptions, problem: (f: string, m: string) => void): void {
  for (const [re, message] of PLAIN_TEXT_RULES) {
    if (re.test(text)) problem(field, `${message}: “${excerptAround(text, re)}”`);
  }
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) {
    problem(field, `holds a character a document cannot carry (${forbidden.name} at position ${forbidden.position})`);
  }
  for (const m of text.matchAll(VARIABLE_PATTERN)) {
    if (!isVariableName(m[1])) {
      problem(field, `unknown variable {{${m[1]}}}; the variables are ${VARIABLE_NAMES.join(", ")}`);
      continue;
    }
    const issue = formatterIssue(m[1], m[2]);
    if (issue) problem(field, issue);
  }
  const leftover = text.replace(VARIABLE_PATTERN, "");
  if (leftover.includes("{{") || leftover.includes("}}")) {
    problem(field, "a variable is not closed: write {{name}}");
  }
}

function excerptAround(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m) return text.slice(0, 40);
  const start = Math.max(0, m.index - 15);
  return `${start > 0 ? "…" : ""}${text.slice(start, m.index + m[0].length + 15)}${m.index + m[0].length + 15 < text.length ? "…" : ""}`;
}

// ---------------------------------------------------------------------------------------------------

/** Parses and validates one clause file. */
export function parseClauseTemplate(text: string, options: ParseOptions): ParseResult<ClauseTemplate> {
  const errors: string[] = [];
  const problem = (field: string, message: string) => errors.push(`${options.file}: ${field}: ${message}`);
  const expectedId = options.file.replace(/^.*[\\/]/, "").replace(/\.md$/, "");

  const split = splitFrontMatter(text);
  if (!split) {
    problem("header", "the file must start with a YAML header between two lines of ---");
    return { ok: false, errors };
  }
  const raw = readYaml(split.header, problem);
  if (raw === undefined) return { ok: false, errors };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    problem("header", "must be a set of fields (id, title, category, order, appliesWhen, sources)");
    return { ok: false, errors };
  }

  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) zodProblems(parsed.error, raw, problem);
  const header = (parsed.success ? parsed.data : raw) as Partial<z.infer<typeof headerSchema>>;

  if (typeof header.id === "string" && header.id !== expectedId) {
    problem("id", `'${header.id}' must equal the file name '${expectedId}'`);
  }
  if (typeof header.title === "string") checkText(header.title, "title", options, problem);
  if (typeof header.title === "string" && header.title.includes("{{")) problem("title", "a title takes no variables");

  const appliesWhen = checkCondition((raw as Record<string, unknown>).appliesWhen, ["appliesWhen"], options, problem);
  const variants: ClauseVariant[] = [];
  const rawVariants = (raw as Record<string, unknown>).variants;
  if (Array.isArray(rawVariants)) {
    const seen = new Set<string>();
    rawVariants.forEach((v, i) => {
      if (typeof v !== "object" || v === null) return; // reported by the schema
      const { id, when } = v as { id?: unknown; when?: unknown };
      const cond = checkCondition(when, ["variants", i, "when"], options, problem);
      if (typeof id === "string") {
        if (seen.has(id)) problem(`variants[${i}].id`, `'${id}' is used twice`);
        seen.add(id);
        if (cond) variants.push({ id, when: cond });
      }
    });
  }

  // On a header the schema refused, the sources may be anything: only a well-formed list is checked here.
  const sourceWhen: (Condition | undefined)[] = [];
  (Array.isArray(header.sources) ? header.sources : []).forEach((source, i) => {
    const cited = (source as { variants?: unknown } | null)?.variants;
    for (const id of Array.isArray(cited) ? cited : []) {
      if (!variants.some((v) => v.id === id))
        problem(`sources[${i}].variants`, `'${id}' is not one of the clause's variants`);
    }
    const when = (source as { when?: unknown } | null)?.when;
    sourceWhen[i] =
      when === undefined ? undefined : (checkCondition(when, ["sources", i, "when"], options, problem) ?? undefined);
  });

  // Body
  const sections = splitSections(split.body, split.headerLines + 1, problem);
  const byKind = new Map<string, Section>();
  const language: Record<string, string[]> = {};
  let lastRank = -1;
  for (const s of sections) {
    const rank = SECTION_ORDER.indexOf(s.kind);
    if (rank < 0) continue;
    if (rank < lastRank) problem(`## ${s.heading}`, `out of order; the order is ${SECTION_ORDER.join(", ")}`);
    lastRank = Math.max(lastRank, rank);
    if (s.kind === "Language") {
      const key = s.variant ?? DEFAULT_LANGUAGE;
      if (key in language) problem(`## ${s.heading}`, "appears twice");
      const subClauses = paragraphs(s.lines);
      if (subClauses.length === 0) problem(`## ${s.heading}`, "is empty");
      subClauses.forEach((p, i) => checkText(p, `## ${s.heading} [${i + 1}]`, options, problem));
      language[key] = subClauses;
      continue;
    }
    if (byKind.has(s.kind)) problem(`## ${s.heading}`, "appears twice");
    byKind.set(s.kind, s);
  }

  // Language sections against variants
  const variantIds = Array.isArray(rawVariants)
    ? rawVariants.map((v) => (v as { id?: unknown })?.id).filter((id): id is string => typeof id === "string")
    : [];
  if (variantIds.length === 0) {
    if (!(DEFAULT_LANGUAGE in language)) problem("## Language", "is missing");
  } else {
    variantIds.forEach((id, i) => {
      if (!(id in language)) problem(`variants[${i}]`, `variant '${id}' has no ## Language: ${id} section`);
    });
  }
  for (const key of Object.keys(language)) {
    if (key !== DEFAULT_LANGUAGE && !variantIds.includes(key)) {
      problem(`## Language: ${key}`, `there is no variant '${key}' in the header`);
    }
  }

  const section = (kind: string): string[] | undefined => {
    const s = byKind.get(kind);
    if (!s) {
      problem(`## ${kind}`, "is missing");
      return undefined;
    }
    if (s.lines.every((l) => l.trim() === "")) {
      problem(`## ${kind}`, "is empty");
      return undefined;
    }
    return s.lines;
  };

  const fallbackLines = section("Fallbacks");
  const fallbacks = fallbackLines
    ? listItems(fallbackLines, /^\d+[.)]\s+/, "## Fallbacks", "fallback as a numbered item (1. …)", problem)
    : [];
  fallbacks.forEach((f, i) => checkText(f, `## Fallbacks [${i + 1}]`, options, problem));

  const noteLines = section("Negotiation note");
  const noteParagraphs = noteLines ? paragraphs(noteLines) : [];
  noteParagraphs.forEach((p, i) => checkText(p, `## Negotiation note [${i + 1}]`, options, problem));

  const questionLines = section("Questions for the vendor");
  const questions = questionLines
    ? listItems(questionLines, /^[-*]\s+/, "## Questions for the vendor", "question as a bullet (- …)", problem)
    : [];
  questions.forEach((q, i) => checkText(q, `## Questions for the vendor [${i + 1}]`, options, problem));

  const reconfirmLines = section("Reconfirm at renewal");
  const reconfirm = reconfirmLines ? paragraphs(reconfirmLines) : [];
  if (reconfirm.length > 1) problem("## Reconfirm at renewal", "must be one paragraph: the line to reconfirm");
  reconfirm.forEach((p) => checkText(p, "## Reconfirm at renewal", options, problem));

  if (errors.length > 0 || !parsed.success || !appliesWhen) return { ok: false, errors };

  const allText = [...Object.values(language).flat(), ...fallbacks, ...noteParagraphs, ...questions, ...reconfirm].join(
    "\n",
  );
  const variables = [...new Set([...allText.matchAll(VARIABLE_PATTERN)].map((m) => m[1]))];

  const h = parsed.data;
  return {
    ok: true,
    value: {
      id: h.id,
      title: h.title,
      category: h.category,
      order: h.order,
      appliesWhen,
      variants,
      // Citations stay on one line in every document ("45 C.F.R. § 164.504(e)").
      language: Object.fromEntries(Object.entries(language).map(([v, texts]) => [v, texts.map(keepCitationsTogether)])),
      fallbacks: fallbacks.map(keepCitationsTogether),
      negotiationNote: keepCitationsTogether(noteParagraphs.join("\n\n")),
      questions: questions.map(keepCitationsTogether),
      reconfirmAtRenewal: keepCitationsTogether(reconfirm[0] ?? ""),
      sources: h.sources.map(({ when: _unchecked, ...s }, i) => ({
        ...s,
        ...(sourceWhen[i] ? { when: sourceWhen[i] } : {}),
        title: keepCitationsTogether(s.title),
      })),
      variables,
      file: options.file,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// definitions.md

const TERM_PARAGRAPH = /^“([^”]+)”/;

/**
 * Parses templates/definitions.md. Either form is read: a `## Term` heading per defined term with its
 * definition below, or one paragraph per term that starts with the term in quotation marks
 * (“Customer Data” means …). Other paragraphs before the first term are the introduction. A YAML
 * header, if present, is allowed but not used.
 */
export function parseDefinitions(text: string, options: Pick<ParseOptions, "file">): ParseResult<Definitions> {
  const errors: string[] = [];
  const problem = (field: string, message: string) => errors.push(`${options.file}: ${field}: ${message}`);
  const split = splitFrontMatter(text);
  let body = text.replace(/^\uFEFF/, "");
  let firstLine = 1;
  let title: string | undefined;
  if (split) {
    const header = readYaml(split.header, problem);
    const t = (header as { title?: unknown } | undefined)?.title;
    if (typeof t === "string" && t.trim()) title = t.trim();
    body = split.body;
    firstLine = split.headerLines + 1;
  }
  const lines = body.split(/\r?\n/);
  const introduction: string[] = [];
  const terms: DefinedTerm[] = [];
  const hasHeadings = lines.some((l) => /^##\s+\S/.test(l));
  const checkOptions: ParseOptions = { file: options.file };
  if (hasHeadings) {
    let current: { term: string; lines: string[]; line: number } | undefined;
    const flush = () => {
      if (!current) return;
      const paras = paragraphs(current.lines);
      if (paras.length === 0) problem(`## ${current.term}`, "has no definition");
      terms.push({ term: current.term, text: keepCitationsTogether(paras.join("\n\n")) });
    };
    const before: string[] = [];
    lines.forEach((raw, i) => {
      const line = raw.replace(/\s+$/, "");
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (h && h[1].length === 1 && !current) return; // a document title
      if (h) {
        if (h[1].length !== 2) {
          problem(`line ${firstLine + i}`, `only level-2 headings (## Term) name terms; found “${line}”`);
          return;
        }
        flush();
        current = { term: h[2].replace(/^“|”$/g, ""), lines: [], line: firstLine + i };
        return;
      }
      (current ? current.lines : before).push(line);
    });
    flush();
    introduction.push(...paragraphs(before));
  } else {
    for (const p of paragraphs(lines.filter((l) => !/^#\s/.test(l)))) {
      const m = TERM_PARAGRAPH.exec(p);
      if (m) terms.push({ term: m[1], text: keepCitationsTogether(p) });
      else if (terms.length === 0) introduction.push(p);
      else
        problem(
          `“${terms[terms.length - 1].term}”`,
          `a paragraph that defines no term follows it: “${p.slice(0, 40)}…”`,
        );
    }
  }
  if (terms.length === 0)
    problem("terms", "no defined terms found (write ## Term headings, or paragraphs that start with “Term”)");
  const seen = new Set<string>();
  for (const t of terms) {
    if (seen.has(t.term)) problem(`“${t.term}”`, "is defined twice");
    seen.add(t.term);
    checkText(t.term, `“${t.term}”`, checkOptions, problem);
    checkText(t.text, `“${t.term}”`, checkOptions, problem);
  }
  introduction.forEach((p, i) => checkText(p, `introduction [${i + 1}]`, checkOptions, problem));
  if (errors.length) return { ok: false, errors };
  const all = [...introduction, ...terms.map((t) => t.text)].join("\n");
  return {
    ok: true,
    value: {
      ...(title ? { title } : {}),
      introduction,
      terms,
      variables: [...new Set([...all.matchAll(VARIABLE_PATTERN)].map((m) => m[1]))],
      file: options.file,
    },
  };
}
