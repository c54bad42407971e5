import { afterEach, describe, expect, it, vi } from "vitest";
import { testContext } from "./auth/test-context.ts";
import { errorPage, handleError } from "./entry.server.tsx";

describe("server errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are logged with the request's id", () => {
    const logged: unknown[][] = [];
    // Replaces the test setup's watch on console.error: this error is the point of the test.
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
    const request = new Request("http://localhost/reviews/abc/review");
    handleError(new Error("the disk is on fire"), { request, context: { ...testContext(), requestId: "req-123" } });
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toMatch(/\[req-123\] GET \/reviews\/abc\/review:$/);
    expect((logged[0][1] as Error).message).toBe("the disk is on fire");
  });

  it("are shown without a stack, with the id to quote", () => {
    const html = errorPage("req-456");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("Something went wrong");
    expect(html).toContain("<code>req-456</code>");
    expect(html).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
