import { describe, expect, it } from "vitest";
import { MAX_WORKBOOK_BYTES } from "../negotiation/vendor-answers-fields.ts";
import { checkFormBody, MAX_FORM_BYTES, maxBodyBytes } from "./form-body.ts";

const URLENCODED = "application/x-www-form-urlencoded";
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

function multipart(boundary: string, parts: { name: string; filename?: string; content: Buffer }[]): Buffer {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ""}\r\n${part.filename ? "Content-Type: application/json\r\n" : ""}\r\n`,
      ),
      part.content,
      Buffer.from("\r\n"),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

describe("a body that would reach an action", () => {
  it.each([
    ["a form", URLENCODED, bytes("intent=save&buyerName=Caf%C3%A9+%E2%80%94+%F0%9F%98%80&empty=&flag")],
    ["raw UTF-8 in a form", URLENCODED, bytes("buyerName=Café — 😀")],
    ["an empty form", `${URLENCODED}; charset=UTF-8`, bytes("")],
    ["a literal replacement character typed by someone", URLENCODED, bytes("note=%EF%BF%BD")],
    ["a stray percent sign", URLENCODED, bytes("note=100%&x=%zz")],
  ])("accepts %s", async (_what, type, body) => {
    expect(await checkFormBody(type, body)).toEqual({ ok: true });
  });

  it.each([
    ["JSON", "application/json", bytes('{"intent":"save"}'), 415],
    ["text/plain (a form with that encType)", "text/plain", bytes("intent=save"), 415],
    ["no content type", undefined, bytes("intent=save"), 415],
    ["multipart without a boundary", "multipart/form-data", bytes("--x\r\n"), 400],
    [
      "multipart that is cut off",
      "multipart/form-data; boundary=x",
      bytes('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nval'),
      400,
    ],
    ["multipart that is not multipart", "multipart/form-data; boundary=x", bytes("intent=save"), 400],
  ])("refuses %s", async (_what, type, body, status) => {
    expect(await checkFormBody(type, body)).toMatchObject({
      ok: false,
      status,
      message: expect.stringContaining("Nothing was saved"),
    });
  });

  it("refuses bytes that are not UTF-8, naming the field, percent-encoded or raw", async () => {
    for (const body of [
      bytes("intent=save&buyerName=%FF%FE"),
      bytes("intent=save&buyerName=", [0xc3, 0x28]),
      bytes("buyerName=%ED%A0%80"),
    ]) {
      expect(await checkFormBody(URLENCODED, body)).toEqual({
        ok: false,
        status: 400,
        message: "The field “buyerName” is not UTF-8 text. Nothing was saved; send the form from the page again.",
      });
    }
    expect(await checkFormBody(URLENCODED, bytes("%FF=1"))).toMatchObject({ ok: false, status: 400 });
  });

  it("checks a multipart form's text fields, and leaves its files to whoever reads them", async () => {
    const type = "multipart/form-data; boundary=----b0undary";
    const good = multipart("----b0undary", [
      { name: "intent", content: bytes("import") },
      { name: "answersText", content: bytes("Café — 😀") },
      { name: "answersFile", filename: "a.json", content: bytes([0xff, 0xfe, 0x00]) },
    ]);
    expect(await checkFormBody(type, good)).toEqual({ ok: true });
    const bad = multipart("----b0undary", [
      { name: "intent", content: bytes("import") },
      { name: "answersText", content: bytes("ok ", [0xff], " not") },
    ]);
    expect(await checkFormBody(type, bad)).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("“answersText” is not UTF-8"),
    });
  });
});

describe("how large a body may be", () => {
  it("is a form's 100 kB, but for a signed-in person's workbook posted to the vendor-answers page", () => {
    expect(maxBodyBytes("/reviews/abc/vendor-answers", true)).toBe(MAX_WORKBOOK_BYTES + 64 * 1024);
    // With JavaScript, Remix posts to the page's data address.
    expect(maxBodyBytes("/reviews/abc/vendor-answers.data", true)).toBe(MAX_WORKBOOK_BYTES + 64 * 1024);
    expect(maxBodyBytes("/reviews/abc/vendor-answers", false)).toBe(MAX_FORM_BYTES);
    expect(maxBodyBytes("/reviews/abc/import", true)).toBe(MAX_FORM_BYTES);
    expect(maxBodyBytes("/reviews/abc/vendor-answers/x", true)).toBe(MAX_FORM_BYTES);
    expect(MAX_FORM_BYTES).toBe(100 * 1024);
  });
});
