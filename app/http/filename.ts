/**
 * The download's file name, from buyer, vendor and date. Whatever the buyer typed, the header carries no
 * quote, slash, backslash or line break: an ASCII fallback in `filename="…"` and the exact UTF-8 name in
 * `filename*` (RFC 6266 / RFC 5987).
 */

const UNSAFE = /[\u0000-\u001f\u007f"'\\/:*?<>|;,%\u0080-\u009f\u2028\u2029\ufffe\uffff]/gu;

function clean(part: string): string {
  return part.replace(UNSAFE, " ").replace(/\s+/g, " ").trim().slice(0, 80).trim();
}

export function packFileName(buyerName: string, vendorName: string, date: string): string {
  return documentFileName("Negotiation memo", "docx", buyerName, vendorName, date);
}

/** "Addendum - Buyer - Vendor - 2026-12-01.docx", every part made safe for a file name. */
export function documentFileName(
  documentName: string,
  extension: string,
  buyerName: string,
  vendorName: string,
  date: string,
): string {
  const parts = [clean(buyerName), clean(vendorName), clean(date)].filter(Boolean);
  return `${documentName} - ${parts.join(" - ")}.${extension}`;
}

// Letters NFKD does not take apart into a Latin letter and a mark: spelt out, as a person would.
const SPELT: Record<string, string> = {
  Æ: "AE",
  æ: "ae",
  Ø: "O",
  ø: "o",
  Œ: "OE",
  œ: "oe",
  ß: "ss",
  Þ: "Th",
  þ: "th",
  Ð: "D",
  ð: "d",
  Đ: "D",
  đ: "d",
  Ł: "L",
  ł: "l",
  ı: "i",
  Ŋ: "N",
  ŋ: "n",
};

/** The nearest ASCII spelling: accents dropped, letters like Æ and ß spelt out. */
export function transliterate(text: string): string {
  return text
    .replace(/[ÆæØøŒœßÞþÐðĐđŁłıŊŋ]/g, (c) => SPELT[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Percent-encodes everything but RFC 5987 attr-chars. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(fileName: string): string {
  const ascii = transliterate(fileName)
    .replace(/[^\x20-\x7e]/g, "_")
    // Again after NFKD, which can make these from a harmless character ("℀" → "a/c").
    .replace(/["\\/:*?<>|]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** `answers-example-corp-2026-….json`: ASCII only, so every browser saves it under this name. */
export function answersFileName(buyerName: string | null, reviewId: string): string {
  const slug = transliterate(buyerName ?? "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  return `answers-${slug ? `${slug}-` : ""}${reviewId.replace(/[^A-Za-z0-9_-]/g, "")}.json`;
}
