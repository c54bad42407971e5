/**
 * The vendor questionnaire's one voice: every question to the vendor as a request ("Please confirm
 * whether …", "Please state …", "Please send …"), spoken to the vendor as "you" and by the buyer as "we".
 * The clause library writes its questions about "the Provider" and "the Customer" and the findings write
 * theirs to "you"; both are direct questions. This turns each into the request, keeping its words: an
 * inverted clause ("can the Provider change", "how long is it kept") takes the order of a statement
 * ("you can change", "how long it is kept") and its verb the form that goes with it. Pure and
 * deterministic: a small grammar of the questions' shapes, with the words it needs to know listed here.
 * A question it cannot read is kept whole behind "Please answer the following question:", never mangled;
 * the tests run every question of the library and the findings through it and allow none to fall back.
 */

const AUX = new Set([
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "can",
  "could",
  "will",
  "would",
  "may",
  "might",
  "must",
  "should",
  "shall",
]);
const DO = new Set(["do", "does", "did"]);
const BE = new Set(["is", "are", "was", "were"]);
const HAVE = new Set(["has", "have"]);
const WH = new Set(["which", "what", "who", "whom", "whose", "where", "when", "why", "how"]);
const PREPOSITIONS = new Set([
  "about",
  "across",
  "after",
  "against",
  "as",
  "at",
  "before",
  "between",
  "beyond",
  "by",
  "during",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "outside",
  "since",
  "through",
  "to",
  "under",
  "with",
  "within",
  "without",
]);
/** "set out", "switched off": a participle with its particle still ends the subject. */
const PARTICLES = new Set(["out", "off", "up", "down", "away"]);
const DETERMINERS = new Set(["the", "a", "an", "our", "your", "its", "their", "any", "each", "every", "this", "that"]);
const PLURAL_PRONOUNS = new Set(["you", "we", "they"]);

/** Verbs in their base form, as they follow "does", "can", "will" … in the questions. */
const VERBS = new Set([
  "act",
  "affect",
  "agree",
  "allege",
  "allow",
  "apply",
  "approve",
  "assign",
  "be",
  "block",
  "bring",
  "carry",
  "cause",
  "certify",
  "change",
  "claim",
  "collect",
  "commit",
  "comply",
  "confirm",
  "consider",
  "contain",
  "contract",
  "cooperate",
  "cover",
  "delete",
  "deliver",
  "derive",
  "detect",
  "differ",
  "disable",
  "do",
  "enable",
  "evaluate",
  "evidence",
  "exclude",
  "expect",
  "export",
  "fail",
  "give",
  "govern",
  "happen",
  "have",
  "identify",
  "improve",
  "indemnify",
  "keep",
  "leave",
  "maintain",
  "make",
  "mark",
  "meet",
  "move",
  "name",
  "narrow",
  "need",
  "notify",
  "obtain",
  "offer",
  "own",
  "permit",
  "place",
  "point",
  "prevail",
  "prevent",
  "process",
  "propose",
  "provide",
  "qualify",
  "reach",
  "read",
  "receive",
  "rely",
  "renew",
  "replace",
  "require",
  "retain",
  "retire",
  "review",
  "run",
  "see",
  "send",
  "sign",
  "state",
  "store",
  "supply",
  "support",
  "suspend",
  "take",
  "tell",
  "train",
  "treat",
  "use",
  "verify",
  "write",
]);

/** What may follow the subject of "is/are …?": a participle, an adjective, or an adverb before them. */
const PREDICATES = new Set([
  "able",
  "authenticated",
  "available",
  "bound",
  "caught",
  "certified",
  "conditional",
  "covered",
  "current",
  "de-identified",
  "deleted",
  "eligible",
  "flagged",
  "given",
  "kept",
  "located",
  "logged",
  "needed",
  "offered",
  "processed",
  "prohibited",
  "required",
  "restricted",
  "retained",
  "set",
  "shared",
  "signed",
  "sold",
  "stored",
  "subject",
  "submitted",
  "switched",
  "told",
  "used",
  "verified",
]);
const ADVERBS = new Set(["also", "always", "currently", "ever", "individually", "never", "not", "only", "still"]);

/**
 * Verbs that, with "it" as their subject right after a clause about the Provider, speak of the Provider
 * ("how much notice will it give", "which exclusions would it rely on"), not of a document ("which
 * products does it cover").
 */
const AGENT_VERBS = new Set(["do", "give", "need", "notify", "rely", "tell"]);

const IRREGULAR_THIRD: Record<string, string> = { be: "is", have: "has", do: "does" };
const IRREGULAR_PAST: Record<string, string> = { be: "was", have: "had", do: "did", keep: "kept", give: "gave" };

function thirdPerson(verb: string): string {
  if (IRREGULAR_THIRD[verb]) return IRREGULAR_THIRD[verb];
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

function pastTense(verb: string): string {
  if (IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb];
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** "requires" → "require", "is" → "are": the verb for "you" or "we" after a third-person subject. */
const BASE_OF_THIRD = new Map<string, string>([
  ...[...VERBS].map((v) => [thirdPerson(v), v] as const),
  ["is", "are"],
  ["was", "were"],
]);
const PAST = new Set([...VERBS].map(pastTense));
const VERB_FORMS = new Set([...VERBS, ...BASE_OF_THIRD.keys(), ...PAST]);

/** One word of the question, with the punctuation written against it ("(for", "results),"). */
interface Token {
  text: string;
  /** Part of the subject the clause was inverted around: the Provider there is "you", the Customer "we". */
  subject?: boolean;
}

/** The word itself, lower case, without the punctuation around it. */
function core(token: Token | undefined): string {
  return (token?.text ?? "")
    .replace(/^[(“"‘]+/, "")
    .replace(/[),.:;?!”"’]+$/, "")
    .toLowerCase();
}

const endsClause = (token: Token) => /[,:]$/.test(token.text);
const isWh = (token: Token | undefined) => WH.has(core(token));
const isAux = (token: Token | undefined) => AUX.has(core(token)) && !/[,:]$/.test(token?.text ?? "");

/** A clause opens here: a question word, "in which", "for how long" …, or an auxiliary verb. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isWh(t) || isAux(t)) return true;
  return PREPOSITIONS.has(core(t)) && !endsClause(t) && isWh(tokens[i + 1]);
}

function setCase(text: string, upper: boolean): string {
  return (upper ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1);
}

interface Clause {
  /** What joins it to the clause before: "", ", and", ", or", ":", "," or "or". */
  joint: "" | "and" | "or" | "," | ":" | "or-bare";
  tokens: Token[];
}

/** Splits the question where a new clause opens: after a comma or colon, or at "or" before an inverted clause. */
function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [{ joint: "", tokens: [] }];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const current = clauses[clauses.length - 1];
    const prev = tokens[i - 1];
    // A clause ends only once it has its verb ("What, if anything, is still retained" is one clause),
    // but a fragment after the first ("in which locations") ends where the next clause opens.
    const mayEnd = isComplete(current.tokens) || (clauses.length > 1 && !hasVerb(current.tokens));
    if (depth === 0 && prev && current.tokens.length > 0 && mayEnd) {
      const afterMark = endsClause(prev);
      if (afterMark && (core(t) === "and" || core(t) === "or") && opensClause(tokens, i + 1)) {
        clauses.push({ joint: core(t) as "and" | "or", tokens: [] });
        continue;
      }
      if (afterMark && opensClause(tokens, i)) {
        clauses.push({ joint: prev.text.endsWith(":") ? ":" : ",", tokens: [t] });
        depth += count(t.text, "(") - count(t.text, ")");
        continue;
      }
      if (!afterMark && core(t) === "or" && isAux(tokens[i + 1]) && isSubjectStart(tokens[i + 2])) {
        clauses.push({ joint: "or-bare", tokens: [] });
        continue;
      }
    }
    current.tokens.push(t);
    depth += count(t.text, "(") - count(t.text, ")");
  }
  // The mark that ended a clause belongs to the joint now.
  for (let c = 0; c < clauses.length - 1; c++) {
    const next = clauses[c + 1];
    if (next.joint === "or-bare") continue;
    const last = clauses[c].tokens[clauses[c].tokens.length - 1];
    if (last) clauses[c].tokens[clauses[c].tokens.length - 1] = { ...last, text: last.text.replace(/[,:]$/, "") };
  }
  return clauses;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

function isSubjectStart(token: Token | undefined): boolean {
  const c = core(token);
  return c !== "" && !VERB_FORMS.has(c) && !PREDICATES.has(c) && !ADVERBS.has(c) && !PREPOSITIONS.has(c);
}

/**
 * Whether the clause has what its verb needs: "does any of them, including any provider," has not yet
 * come to its verb ("have"), so the comma does not end it.
 */
function isComplete(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const c = core(t);
    if (c === "there" && i > 0 && AUX.has(core(tokens[i - 1]))) return true;
    return !AUX.has(c) && (VERB_FORMS.has(c) || PREDICATES.has(c)) && !isNounAfterPossessive(tokens, i);
  });
}

/** "our staff’s use", "the Provider’s change": a word after a possessive is a noun, whatever else it can be. */
function isNounAfterPossessive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? "";
  return /’s$/.test(before) || ["our", "your", "its", "their"].includes(core(tokens[i - 1]));
}

/** Whether the clause holds a verb at all: "in which systems" and "from where" are fragments. */
function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => AUX.has(core(t)) || VERB_FORMS.has(core(t)));
}

/** Where the subject of an inverted clause ends (the index of the first word after it), or -1. */
function subjectEnd(tokens: readonly Token[], start: number, aux: string): number {
  if (core(tokens[start]) === "there") return start + 1;
  if (PLURAL_PRONOUNS.has(core(tokens[start])) || core(tokens[start]) === "it") return start + 1;
  let depth = 0;
  const candidates: number[] = [];
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    const c = core(t);
    const open = depth;
    depth += count(t.text, "(") - count(t.text, ")");
    if (open > 0 || t.text.startsWith("(") || i === start) continue;
    if (ADVERBS.has(c)) return candidates.length > 0 ? candidates[0] : i;
    if (isNounAfterPossessive(tokens, i)) continue;
    // "is the answer the same": "the same" is what is said of the subject.
    if (BE.has(aux) && c === "the" && core(tokens[i + 1]) === "same") candidates.push(i);
    if (HAVE.has(aux)) {
      // "has the Provider changed", "has it been remediated": the participle ends the subject.
      if (c === "been" || PREDICATES.has(c) || PAST.has(c)) return i;
    } else if (BE.has(aux)) {
      if (!PREDICATES.has(c)) continue;
      // "stored files": a participle before its noun describes the subject; it does not end it.
      const next = core(tokens[i + 1]);
      const describes =
        next !== "" && !PREPOSITIONS.has(next) && !PARTICLES.has(next) && next !== "and" && next !== "or";
      if (describes && !endsClause(t)) continue;
      candidates.push(i);
    } else if (VERBS.has(c)) {
      return i;
    }
  }
  if (candidates.length === 0) return -1;
  // "information submitted to the Services used for …": the first participle, followed by a short phrase
  // and another before any comma, belongs to the subject.
  const [first, second] = candidates;
  if (second !== undefined) {
    const between = tokens.slice(first, second);
    const preposition = PREPOSITIONS.has(core(tokens[first + 1])) && DETERMINERS.has(core(tokens[first + 2]));
    if (preposition && !between.some(endsClause)) return second;
  }
  return first;
}

const PARTY = /^(the|The) (Provider|Customer)(’s)?$/;

/** The person a subject speaks in once the parties are "you" and "we". */
function subjectIsPlural(subject: readonly Token[]): boolean {
  const words = subject.map((t) => t.text).join(" ");
  return PARTY.test(words) || PLURAL_PRONOUNS.has(words.toLowerCase());
}

/** Gives the auxiliary the form its subject needs once the parties are "you" and "we". */
function agree(aux: string, plural: boolean): string {
  if (!plural) return aux;
  return { is: "are", was: "were", has: "have", does: "do" }[aux] ?? aux;
}

/**
 * "does the Provider offer X" → "the Provider offer X" (marked: you offer X); "is Flagged Content ever used"
 * → "Flagged Content is ever used". Returns null when the subject cannot be found.
 */
function uninvert(tokens: readonly Token[], auxAt: number): Token[] | null {
  const aux = core(tokens[auxAt]);
  const start = auxAt + 1;
  const end = subjectEnd(tokens, start, aux);
  if (end <= start) return null;
  const subject = tokens.slice(start, end).map((t) => ({ ...t, subject: true }));
  const rest = tokens.slice(end);
  const plural = subjectIsPlural(subject) || aux === "do";
  const head = tokens.slice(0, auxAt);
  if (DO.has(aux)) {
    // The verb takes the tense and person the auxiliary carried: "does it cover" → "it covers".
    const at = rest.findIndex((t) => VERBS.has(core(t)));
    if (at < 0) return null;
    const verb = core(rest[at]);
    const form = aux === "did" ? pastTense(verb) : aux === "does" && !plural ? thirdPerson(verb) : verb;
    const changed = { ...rest[at], text: rest[at].text.replace(new RegExp(`^${verb}`, "i"), form) };
    return [...head, ...subject, ...rest.slice(0, at), changed, ...rest.slice(at + 1)];
  }
  const auxToken = { ...tokens[auxAt], text: agree(aux, plural) };
  return [...head, ...subject, auxToken, ...rest];
}

/** Stands for "what is" dropped before what is asked for: "Please state the shortest retention period …". */
const WHAT_IS = "\u0000what-is";

type Kind = "fragment" | "yesNo" | "wh" | "statement";

interface Read {
  kind: Kind;
  tokens: Token[];
}

/** One clause in the order of a statement, and what kind of clause it was. */
function readClause(tokens: readonly Token[]): Read | null {
  if (tokens.length === 0) return null;
  if (!hasVerb(tokens))
    return { kind: isWh(tokens[0]) || opensClause(tokens, 0) ? "wh" : "fragment", tokens: [...tokens] };
  if (isAux(tokens[0])) {
    const out = uninvert(tokens, 0);
    return out ? { kind: "yesNo", tokens: out } : null;
  }
  if (!opensClause(tokens, 0)) return { kind: "statement", tokens: [...tokens] };
  // A question word (after its preposition), then the phrase it heads: up to the first verb or auxiliary.
  let i = isWh(tokens[0]) ? 1 : 2;
  for (; i < tokens.length; i++) {
    const c = core(tokens[i]);
    if (c === "that" && VERB_FORMS.has(core(tokens[i + 1]))) {
      // "documents that govern Customer Data": a relative clause inside the phrase; skip to its end.
      i += 1;
      while (i + 1 < tokens.length && !isAux(tokens[i + 1])) i++;
      continue;
    }
    if (isAux(tokens[i]) || VERB_FORMS.has(c)) break;
  }
  if (i >= tokens.length || !isAux(tokens[i])) return { kind: "wh", tokens: [...tokens] };
  // "which Personnel can see", "how much notice is needed": the phrase is the subject; nothing moves.
  const after = core(tokens[i + 1]);
  if (VERB_FORMS.has(after) || PREDICATES.has(after) || ADVERBS.has(after)) return { kind: "wh", tokens: [...tokens] };
  // "what is the shortest retention period …": what is asked for is the phrase after "is".
  if (i === 1 && core(tokens[0]) === "what" && BE.has(core(tokens[1])) && ["the", "a", "an"].includes(after)) {
    return { kind: "wh", tokens: [{ text: WHAT_IS }, ...tokens.slice(2)] };
  }
  const out = uninvert(tokens, i);
  return out ? { kind: "wh", tokens: out } : null;
}

const THE_PARTY = /^(Provider|Customer)(’s)?([),.:;]*)$/;

/** Whether the words are one party alone: "the Provider", "the Customer". */
function isParty(words: readonly Token[]): boolean {
  return (
    words.length === 2 &&
    /^(the|The)$/.test(words[0].text) &&
    THE_PARTY.test(words[1].text) &&
    !words[1].text.includes("’")
  );
}

/**
 * Speaks to the vendor: "the Provider" → "you", "the Provider’s" → "your", "the Customer" → "we" or
 * "us", "the Customer’s" → "our", and "its" → "your"/"our" where the party is the subject it refers to;
 * "it" → "you" where it stands for the Provider (see AGENT_VERBS). Verbs after them agree.
 */
function speakAsParties(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let lastSubject: "you" | "we" | "other" = "other";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const c = core(t);

    if (t.subject && !tokens[i - 1]?.subject) {
      // The subject of a clause: what "its" and "it" after it refer to.
      let end = i;
      while (tokens[end + 1]?.subject) end++;
      const span = tokens.slice(i, end + 1);
      const isIt = span.length === 1 && c === "it";
      if (!isIt || lastSubject !== "you") {
        lastSubject = isParty(span)
          ? span[1].text.startsWith("Provider")
            ? "you"
            : "we"
          : span.length === 1 && (c === "you" || c === "we")
            ? (c as "you" | "we")
            : "other";
      }
    }

    const party = /^(the|The)$/.test(t.text) && next ? THE_PARTY.exec(next.text) : null;
    if (party && core(tokens[i + 2]) !== "data") {
      const [, who, possessive, tail] = party;
      const after = core(tokens[i + 2]);
      const wholeSubject = !!t.subject && !tokens[i - 1]?.subject && !tokens[i + 2]?.subject;
      const ofOurs =
        who === "Customer" && !possessive && core(tokens[i - 1]) === "of" && /^(a|an|any)$/.test(core(tokens[i - 3]));
      // Inside a longer subject ("the entity contracting with the Customer") the party is not the one acting.
      const acts =
        !ofOurs && !possessive && (wholeSubject || (!t.subject && (AUX.has(after) || BASE_OF_THIRD.has(after))));
      let word: string;
      if (who === "Provider") word = possessive ? "your" : "you";
      else if (possessive) word = "our";
      else if (ofOurs) word = "ours";
      else word = acts ? "we" : "us";
      if (acts) lastSubject = who === "Provider" ? "you" : "we";
      out.push(word + tail);
      i += 1;
      // "if the Provider alleges a breach" → "if you allege a breach".
      if (acts && !wholeSubject && BASE_OF_THIRD.has(after)) {
        out.push(agreeingVerb(tokens[i + 1]));
        i += 1;
      }
      continue;
    }

    if (c === "its" && lastSubject !== "other") {
      out.push(t.text.replace("its", lastSubject === "you" ? "your" : "our"));
      continue;
    }
    if (c === "it" && lastSubject === "you" && (t.subject || AUX.has(core(next)) || BASE_OF_THIRD.has(core(next)))) {
      // "how much notice it will give" speaks of the Provider; "which products it covers" of a document.
      let v = i + 1;
      while (AUX.has(core(tokens[v])) && v < tokens.length - 1 && !BASE_OF_THIRD.has(core(tokens[v]))) v++;
      const verb = core(tokens[v]);
      if (AGENT_VERBS.has(BASE_OF_THIRD.get(verb) ?? verb)) {
        out.push(t.text.replace("it", "you"));
        if (BASE_OF_THIRD.has(core(next))) {
          out.push(agreeingVerb(next));
          i += 1;
        }
        continue;
      }
    }
    out.push(t.text);
  }
  return out;
}

/** "requires" → "require", "is" → "are", "does" → "do": the verb as "you" or "we" say it. */
function agreeingVerb(token: Token): string {
  const c = core(token);
  const base = BASE_OF_THIRD.get(c);
  return base ? token.text.replace(c, base) : token.text;
}

const LEAD_WORDS = new Set(["if", "in", "for", "when", "under"]);

export const FALLBACK_LEAD = "Please answer the following question:";

/** Lower-cases a question's function word that moved from the front ("Which", "Does", "If"); keeps a name's capital. */
function unCapitalized(token: Token): Token {
  const c = core(token);
  const functionWord = WH.has(c) || AUX.has(c) || LEAD_WORDS.has(c) || PREPOSITIONS.has(c) || DETERMINERS.has(c);
  return functionWord ? { ...token, text: setCase(token.text, false) } : token;
}

function withComma(parts: Token[]): void {
  const last = parts[parts.length - 1];
  if (last && !last.text.endsWith(",")) parts[parts.length - 1] = { ...last, text: `${last.text},` };
}

/**
 * The question as a request in the questionnaire's voice, its words kept: "Will the Provider certify
 * deletion in writing, and which systems will the certificate cover?" → "Please state whether you will
 * certify deletion in writing, and which systems the certificate will cover." `rewritten` is false when
 * the question's shape is not one this knows: it is then asked as it stands, after FALLBACK_LEAD.
 */
export function requestVoice(question: string): { text: string; rewritten: boolean } {
  const text = question.replace(/\s+/g, " ").trim();
  const fallback = { text: `${FALLBACK_LEAD} ${text}`, rewritten: false };
  if (/^please\b/i.test(text)) return { text: speakAsParties(tokenize(text)).join(" "), rewritten: true };
  if (!text.endsWith("?") || text.slice(0, -1).includes("?")) return fallback;
  const tokens = tokenize(text.slice(0, -1));

  // "If a user rates a response, is …", "For the commercial API, how long …": a phrase before the question.
  let lead: Token[] = [];
  const first = core(tokens[0]);
  const leads = LEAD_WORDS.has(first) && (first === "when" ? !isAux(tokens[1]) : !opensClause(tokens, 0));
  if (leads) {
    const at = tokens.findIndex((t, i) => endsClause(t) && opensClause(tokens, i + 1));
    if (at < 0) return fallback;
    lead = tokens.splice(0, at + 1);
    lead[0] = unCapitalized(lead[0]);
  }

  const clauses = splitClauses(tokens);
  const read: Read[] = [];
  for (const clause of clauses) {
    const r = readClause(clause.tokens);
    if (!r) return fallback;
    read.push(r);
  }
  if (read[0].kind !== "yesNo" && read[0].kind !== "wh") return fallback;

  const parts: Token[] = [{ text: "Please" }, { text: read.some((r) => r.kind === "wh") ? "state" : "confirm" }];
  read.forEach((r, n) => {
    let words = r.tokens;
    if (words[0]?.text === WHAT_IS) words = words.slice(1);
    if (words.length === 0) return;
    words = [unCapitalized(words[0]), ...words.slice(1)];
    if (n === 0) {
      if (r.kind === "yesNo") parts.push({ text: "whether" });
      if (lead.length > 0) {
        withComma(parts);
        parts.push(...lead);
      }
    } else {
      const joint = clauses[n].joint;
      if (joint !== "or-bare") withComma(parts);
      if (joint === "and" || joint === ":") parts.push({ text: "and" });
      if (joint === "or" || joint === "or-bare") parts.push({ text: "or" });
      if (r.kind === "yesNo") parts.push({ text: "whether" });
    }
    parts.push(...words);
  });
  return { text: `${speakAsParties(parts).join(" ")}.`, rewritten: true };
}

function tokenize(text: string): Token[] {
  return text.split(" ").map((word) => ({ text: word }));
}
