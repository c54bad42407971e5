import { describe, expect, it } from "vitest";
import { changed, diffText, shortenUnchanged } from "./text-diff.ts";

const rebuild = (parts: ReturnType<typeof diffText>, side: "before" | "after") =>
  parts
    .filter((p) => p.kind === "same" || p.kind === (side === "before" ? "removed" : "added"))
    .map((p) => p.text)
    .join("");

describe("diffText", () => {
  it("marks the words changed, and both texts can be read back from it", () => {
    const before = "The Provider shall give notice within thirty days.\n\nSecond paragraph.";
    const after = "The Provider shall give written notice within 30 days.\n\nSecond paragraph.";
    const parts = diffText(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["written", "30"]);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["thirty"]);
  });

  it("says when nothing changed", () => {
    expect(changed(diffText("same text", "same text"))).toBe(false);
    expect(changed(diffText("", "new"))).toBe(true);
  });

  it("compares lines when the changed stretch is too long to compare word by word", () => {
    const many = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const before = `Kept line\n${many.join(" ")}\nKept end\n`;
    const after = `Kept line\n${[...many].reverse().join(" ")}\nKept end\n`;
    const parts = diffText(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
    expect(parts.map((p) => p.kind)).toEqual(["same", "removed", "added", "same"]);
  });

  it("cuts long unchanged stretches to their edges", () => {
    const long = "x".repeat(1000);
    const shown = shortenUnchanged([
      { kind: "same", text: long },
      { kind: "added", text: "new" },
      { kind: "same", text: long },
    ]);
    expect(shown.map((p) => p.text.length)).toEqual([123, 3, 123]);
  });
});
