/**
 * The guard between the pack model and the XML of a .docx. The docx library silently drops C0 control
 * characters and writes U+FFFE / U+FFFF into XML that no longer parses, so a character XML 1.0 cannot
 * carry must never reach it. Such text is refused where it is typed (questionnaire/answers.ts) and where
 * the library is loaded; one that gets this far is a bug, and the renderer stops rather than lose it.
 */
import { findForbiddenCharacter } from "../questionnaire/answers.ts";

import type { ClausePack } from "./model.ts";

export { findForbiddenCharacter };

export interface ForbiddenField {
  /** e.g. `cover.buyerName`, `clauses[2].language[1]`. */
  path: string;
  /** e.g. `U+0007`. */
  codePoint: string;
  /** Offset in UTF-16 code units. */
  index: number;
}

/** The first string field of the pack holding a character XML cannot carry, or null. */
export function findForbiddenField(pack: ClausePack): ForbiddenField | null {
  return walk(pack, "");
}

/** The same check over any document's model (the reconfirmation checklist's): throws naming the field. */
export function assertModelIsXmlSafe(model: unknown, what: string): void {
  const found = walk(model, "");
  if (found) {
    throw new Error(
      `${what} field ${found.path} holds ${found.codePoint} at index ${found.index}, a character a .docx cannot carry; refusing to render rather than drop it.`,
    );
  }
}

/** Throws an Error naming the field (e.g. `cover.buyerName`) when the pack holds such a character. */
export function assertPackIsXmlSafe(pack: ClausePack): void {
  const found = findForbiddenField(pack);
  if (found) {
    throw new Error(
      `Clause pack field ${found.path} holds ${found.codePoint} at index ${found.index}, a character a .docx cannot carry. ` +
        "Such text must be refused where it is entered; refusing to render rather than drop it.",
    );
  }
}

function walk(value: unknown, path: string): ForbiddenField | null {
  if (typeof value === "string") {
    const forbidden = findForbiddenCharacter(value);
    return forbidden ? { path, codePoint: forbidden.name, index: forbidden.index } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found = walk(child, path === "" ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
