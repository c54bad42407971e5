import { describe, expect, it } from "vitest";
import { catalogChangesSince, type ProvisionVersion } from "./catalog-changes.ts";

const version = (key: ProvisionVersion["key"], n: number, recordedAt: string, value = "no"): ProvisionVersion => ({
  key,
  version: n,
  value,
  statement: `${key} v${n}`,
  condition: "",
  sourceTitle: "Terms",
  sourceUrl: null,
  sources: [{ id: "terms", title: "Terms", publisher: "Acme AI", kind: "primary" }],
  standing: "stated",
  excerpt: "",
  checkedOn: recordedAt.slice(0, 10),
  effectiveOn: null,
  recordedAt,
});

const SINCE = "2026-03-01T12:00:00.000Z";

describe("catalogChangesSince", () => {
  it("reports nothing when no version was recorded after the last review", () => {
    const versions = [
      version("training_default", 1, "2026-01-01T00:00:00.000Z"),
      version("audit_right", 1, "2026-01-01T00:00:00.000Z"),
      version("audit_right", 2, "2026-02-01T00:00:00.000Z", "reports"),
    ];
    expect(catalogChangesSince(versions, SINCE)).toEqual([]);
  });

  it("pairs what a provision said then with what it says now, skipping versions in between", () => {
    const versions = [
      version("audit_right", 1, "2026-01-01T00:00:00.000Z", "none"),
      version("audit_right", 2, "2026-04-01T00:00:00.000Z", "reports"),
      version("audit_right", 3, "2026-05-01T00:00:00.000Z", "yes"),
      version("training_default", 1, "2026-01-01T00:00:00.000Z"),
    ];
    const changes = catalogChangesSince(versions, SINCE);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      key: "audit_right",
      label: "Audit right",
      then: { version: 1, value: "none" },
      now: { version: 3, value: "yes" },
    });
  });

  it("says a key was unknown then when the catalog learnt it only after the last review", () => {
    const changes = catalogChangesSince([version("minimum_age", 1, "2026-06-01T00:00:00.000Z", "18")], SINCE);
    expect(changes).toEqual([
      expect.objectContaining({ key: "minimum_age", then: null, now: expect.objectContaining({ value: "18" }) }),
    ]);
  });

  it("invents nothing: a key unknown then and now, or unchanged since, is no change", () => {
    expect(catalogChangesSince([], SINCE)).toEqual([]);
    expect(catalogChangesSince([version("dpa", 1, "2026-01-01T00:00:00.000Z")], SINCE)).toEqual([]);
  });

  it("counts a version recorded at the very moment of the last change as known then", () => {
    expect(catalogChangesSince([version("dpa", 1, SINCE)], SINCE)).toEqual([]);
  });

  it("lists the changes in the catalog's order of keys", () => {
    const versions = [
      version("minimum_age", 1, "2026-06-01T00:00:00.000Z", "18"),
      version("training_use_of_input", 1, "2026-06-01T00:00:00.000Z"),
    ];
    expect(catalogChangesSince(versions, SINCE).map((c) => c.key)).toEqual(["training_use_of_input", "minimum_age"]);
  });
});
