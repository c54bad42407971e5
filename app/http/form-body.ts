/**
 * Whether a request body that would reach an action is a form this app's pages could have sent: urlencoded
 * or multipart, readable, and UTF-8 throughout. Anything else (JSON, text/plain, no content type, broken
 * multipart, bytes that are not UTF-8) is refused here with the field named, so no action ever sees it
 * and no parser turns it into a 500 or a replacement character.
 */
import { MAX_WORKBOOK_BYTES } from "../negotiation/vendor-answers-fields.ts";
import { decodeUtf8 } from "../utils/utf8.ts";

/** Every form in the app is far smaller; a larger body is refused before anything parses it. */
export const MAX_FORM_BYTES = 100 * 1024;

/** The one form that carries a file of some size: the workbook a vendor filled in, and room for the form. */
const UPLOAD_ADDRESSES = /^\/reviews\/[^/]+\/vendor-answers(?:\.data)?\/?$/;
const UPLOAD_BYTES = MAX_WORKBOOK_BYTES + 64 * 1024;

/**
 * How large a request body may be, read before the body is (server.mjs): a form's, or, for a signed-in
 * person posting to the vendor-answers page, a workbook's (the page says what is too large in its words
 * up to that size; nobody else may make the server hold megabytes).
 */
export function maxBodyBytes(pathname: string, signedIn: boolean): number {
  return signedIn && UPLOAD_ADDRESSES.test(pathname) ? UPLOAD_BYTES : MAX_FORM_BYTES;
}

export type BodyCheck = { ok: true } | { ok: false; status: 400 | 415; message: string };

const FORM_TYPES = "application/x-www-form-urlencoded or multipart/form-data";

const refuse = (status: 400 | 415, message: string): BodyCheck => ({ ok: false, status, message });

const lenient = new TextDecoder();

/** `name` as it can be shown, whatever its bytes. */
function shownName(bytes: Uint8Array): string {
  const name = lenient.decode(bytes).slice(0, 80);
  return name === "" ? "(unnamed)" : name;
}

function notUtf8(name: Uint8Array | string): BodyCheck {
  const shown = typeof name === "string" ? name : shownName(name);
  return refuse(400, `The field “${shown}” is not UTF-8 text. Nothing was saved; send the form from the page again.`);
}

const hex = (byte: number): number =>
  byte >= 0x30 && byte <= 0x39
    ? byte - 0x30
    : byte >= 0x41 && byte <= 0x46
      ? byte - 0x37
      : byte >= 0x61 && byte <= 0x66
        ? byte - 0x57
        : -1;

/** application/x-www-form-urlencoded's percent-decoding, to bytes ('+' is a space). */
function percentDecode(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x2b) out[n++] = 0x20;
    else if (byte === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
      out[n++] = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
      i += 2;
    } else out[n++] = byte;
  }
  return out.subarray(0, n);
}

function checkUrlencoded(body: Uint8Array): BodyCheck {
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x26, start);
    if (end === -1) end = body.length;
    const pair = body.subarray(start, end);
    const eq = pair.indexOf(0x3d);
    const name = percentDecode(eq === -1 ? pair : pair.subarray(0, eq));
    const value = eq === -1 ? new Uint8Array() : percentDecode(pair.subarray(eq + 1));
    if (decodeUtf8(name) === null || decodeUtf8(value) === null) return notUtf8(name);
    start = end + 1;
  }
  return { ok: true };
}

/** The boundary parameter of a multipart content type, unquoted. */
function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * The text fields of a multipart body must be UTF-8 (files are checked where they are read: what a file
 * may hold is the reader's business). The parts are found by their delimiters; undici has already said
 * the body parses.
 */
function checkMultipartText(body: Buffer, boundary: string): BodyCheck {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd);
      const headerText = decodeUtf8(headers);
      if (headerText === null) return notUtf8(headers);
      const disposition = /content-disposition:[^\r\n]*/i.exec(headerText)?.[0] ?? "";
      const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? "";
      const isFile = /;\s*filename\*?=/i.test(disposition);
      // The part's content ends before the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, Math.max(headerEnd + 4, part.length - 2));
      if (!isFile && decodeUtf8(content) === null) return notUtf8(name);
    }
    at = next;
  }
  return { ok: true };
}

export async function checkFormBody(contentType: string | undefined, body: Buffer): Promise<BodyCheck> {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return checkUrlencoded(body);
  if (type !== "multipart/form-data") {
    return refuse(
      415,
      `${type ? `A body of type ${type.slice(0, 100)}` : "A body without a Content-Type"} cannot be read here: the pages send forms as ${FORM_TYPES}. Nothing was saved.`,
    );
  }
  const boundary = boundaryOf(contentType!);
  const broken = refuse(
    400,
    "The form could not be read (its multipart body is incomplete or malformed). Nothing was saved; send it from the page again.",
  );
  if (!boundary) return broken;
  try {
    await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType! } }).formData();
  } catch {
    return broken;
  }
  return checkMultipartText(body, boundary);
}
