/**
 * A sliding-window limit on attempts per key (an account, a client address). In memory: the app runs as
 * one process, and a restart forgetting recent attempts is acceptable for sign-in throttling.
 */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for every key; refused (with seconds to wait) if any key is over its limit. */
  attempt(keys: readonly string[]): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
      this.attempts.set(key, recent);
      if (recent.length >= this.limit) wait = Math.max(wait, recent[0] + this.windowMs - now);
    }
    if (wait > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    for (const key of keys) this.attempts.get(key)!.push(now);
    this.prune(now);
    return { ok: true };
  }

  /** Keeps the map from growing without bound under many distinct keys. */
  private prune(now: number) {
    if (this.attempts.size < 10_000) return;
    for (const [key, times] of this.attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(key);
    }
  }
}
