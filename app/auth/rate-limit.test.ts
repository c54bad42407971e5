import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows ten attempts a minute and refuses the eleventh with the seconds to wait", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(limiter.attempt(["account:a@example.com", "client:1.2.3.4"])).toEqual({ ok: true });
      now += 1_000;
    }
    expect(limiter.attempt(["account:a@example.com", "client:1.2.3.4"])).toEqual({ ok: false, retryAfterSeconds: 50 });
    // Another account from the same client is refused too: the client is over its limit.
    expect(limiter.attempt(["account:b@example.com", "client:1.2.3.4"]).ok).toBe(false);
    // A minute after the first attempt, one more is allowed.
    now = 1_000_000 + 60_000;
    expect(limiter.attempt(["account:a@example.com", "client:1.2.3.4"]).ok).toBe(true);
  });

  it("counts accounts across clients", () => {
    const limiter = new RateLimiter(10, 60_000, () => 0);
    for (let i = 0; i < 10; i++) expect(limiter.attempt(["account:x", `client:${i}`]).ok).toBe(true);
    expect(limiter.attempt(["account:x", "client:new"]).ok).toBe(false);
  });
});
