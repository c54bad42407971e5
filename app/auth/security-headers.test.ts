import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";

describe("security headers", () => {
  it("enforce a CSP with this request's nonce and forbid framing", () => {
    const headers = securityHeaders({ nonce: "abc123", requestId: "r1", secure: false });
    expect(headers["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123'");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Request-Id"]).toBe("r1");
  });

  it("ask browsers to keep to HTTPS only when served over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", requestId: "r", secure: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000",
    );
    expect(securityHeaders({ nonce: "n", requestId: "r", secure: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });
});
