import { describe, expect, it } from "vitest";

import { utcMinute, utcSecond } from "./format-time.ts";

describe("times in UTC", () => {
  it("prints a stored ISO time to the minute or to the second, with no time-zone shift", () => {
    expect(utcMinute("2026-04-18T14:03:27.123Z")).toBe("2026-04-18 14:03 UTC");
    expect(utcSecond("2026-04-18T14:03:27.123Z")).toBe("2026-04-18 14:03:27 UTC");
  });
});
