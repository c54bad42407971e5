/**
 * A word diff of two texts, for legal to see what a house version changed (against the version before
 * it and against the shipped file). A clause's paragraph is one long line, so a line diff would mark a
 * whole sub-clause for one word changed; words are compared instead, and lines only where the texts are
 * too far apart for a word diff to be cheap. Pure.
 */

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Above this many cells (tokens of one text × tokens of the other) the diff is by lines. */
const MAX_WORD_CELLS = 4_000_000;

const words = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];
const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** The parts that turn `before` into `after`, in order; adjacent parts of a kind are joined. */
export function diffText(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  // The common start and end need no table: most versions change a few words of a long file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  let midA = a.slice(start, a.length - end);
  let midB = b.slice(start, b.length - end);
  if (midA.length * midB.length > MAX_WORD_CELLS) {
    midA = lines(midA.join(""));
    midB = lines(midB.join(""));
  }

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text !== "") parts.push({ kind, text });
  };
  push("same", a.slice(0, start).join(""));

  // Longest common subsequence, from the end, so the walk below goes forwards.
  const n = midA.length;
  const m = midB.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        midA[i] === midB[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midA[i] === midB[j]) {
      push("same", midA[i]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) push("removed", midA[i++]);
    else push("added", midB[j++]);
  }
  while (i < n) push("removed", midA[i++]);
  while (j < m) push("added", midB[j++]);

  push("same", a.slice(a.length - end).join(""));
  return parts;
}

/** Whether the texts differ at all. */
export const changed = (parts: readonly DiffPart[]) => parts.some((p) => p.kind !== "same");

/**
 * The diff as it is shown: unchanged stretches longer than twice `context` characters cut to their
 * first and last `context` characters around an ellipsis, so a change of a word in a long file is seen.
 */
export function shortenUnchanged(parts: readonly DiffPart[], context = 120): DiffPart[] {
  return parts.map((p, index) => {
    if (p.kind !== "same" || p.text.length <= 2 * context + 1) return p;
    const head = index === 0 ? "" : p.text.slice(0, context);
    const tail = index === parts.length - 1 ? "" : p.text.slice(-context);
    return { kind: "same", text: `${head} … ${tail}` };
  });
}
