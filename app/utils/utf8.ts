// Text people send (a form field, an uploaded file) must be UTF-8: bytes that are not are refused by
// name, never turned silently into U+FFFD as a lenient decoder would.

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of `bytes`, or null if they are not valid UTF-8. A leading byte-order mark is kept. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/** Text read from a file: strict UTF-8, without the byte-order mark some editors put first. */
export function decodeUtf8File(bytes: Uint8Array): string | null {
  const text = decodeUtf8(bytes);
  return text === null ? null : text.replace(/^\uFEFF/, "");
}
