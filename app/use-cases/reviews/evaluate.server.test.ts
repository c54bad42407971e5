// The vendor's terms behind a review's evaluation are kept while the catalog is unchanged, and read again
// the moment a version is recorded (here or by another process).
import { describe, expect, it } from "vitest";
import { recordProvision } from "../../models/catalog.server.ts";
import { freshDb } from "../../../tests/support/test-db.ts";
import { testSource } from "../../../tests/support/test-provisions.ts";
import { evaluateAnswers } from "./evaluate.server.ts";
import { answersWith } from "../../../tests/support/test-answers.ts";

describe("evaluateAnswers", () => {
  it("sees a provision recorded after an earlier evaluation of the same vendor", () => {
    const db = freshDb();
    const answers = answersWith({ usageDataLimits: true });
    const finding = () => evaluateAnswers(db, answers).evaluation.findings.find((f) => f.id === "usage-data-retained");
    const before = finding();
    recordProvision(
      db,
      { vendorId: "anthropic", productLine: "api", key: "usage_data" },
      { value: "no", statement: "No usage data is kept.", ...testSource("Vendor letter") },
      { kind: "user" },
    );
    // Settled now: the recorded "no" clears the finding the earlier evaluation raised.
    expect(before).toBeDefined();
    expect(finding()).toBeUndefined();
    db.$client.close();
  });
});
