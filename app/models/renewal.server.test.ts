import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Answers } from "../questionnaire/answers.ts";
import { getDb } from "../utils/db.server.ts";
import { listRenewals } from "./renewal.server.ts";
import { createReview } from "./review.server.ts";

const bank = (): Answers =>
  JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/answers/bank-api-eu.json"), "utf8")).answers;

describe("listRenewals", () => {
  it("lists reviews with a renewal date, soonest re-review first, with the due date and the owner", () => {
    const db = getDb();
    const later = createReview(db, { ...bank(), buyerName: "Later Ltd", renewalDate: "2027-06-30", reviewLeadDays: 30 });
    const sooner = createReview(db, { ...bank(), buyerName: "Sooner Ltd", renewalDate: "2027-03-31", reviewLeadDays: 90, renewalOwner: "Mette" });
    const renewals = listRenewals(db, "2026-12-01").filter((r) => [later.id, sooner.id].includes(r.reviewId));
    expect(renewals.map((r) => [r.buyerName, r.reviewDue, r.daysLeft, r.owner])).toEqual([
      ["Sooner Ltd", "2026-12-31", 30, "Mette"],
      ["Later Ltd", "2027-05-31", 181, expect.anything()],
    ]);
    expect(listRenewals(db, "2027-01-05").find((r) => r.reviewId === sooner.id)?.daysLeft).toBe(-5);
  });
});
