// The house-wording page as Remix runs it: who may read and post, the loader, and a refused post that
// saves nothing (the use case's own tests record versions, in a database of their own).
import { describe, expect, it } from "vitest";
import { createTestUser, testContext } from "../support/test-context.ts";
import { decideRouteAccess } from "../../app/auth/handle-access.server.ts";
import type { Role } from "../../app/accounts/roles.ts";
import { listHouseVersions } from "../../app/models/house-clauses.server.ts";
import { getDb } from "../../app/utils/db.server.ts";
import { action, loader } from "../../app/routes/clauses_.$clauseId.edit.tsx";

const ROUTE = "routes/clauses_.$clauseId.edit";
const url = "http://localhost/clauses/model-changes/edit";

describe("/clauses/:clauseId/edit", () => {
  it("is read by every role and written by legal and admin only", () => {
    const user = createTestUser("legal");
    const decide = (role: Role | null, method: string) =>
      decideRouteAccess({
        routeId: ROUTE,
        method,
        url: new URL(url),
        user: role ? { ...user, role } : null,
        hasUsers: true,
        fromAnotherSite: false,
      }).kind;
    for (const role of ["admin", "legal", "procurement"] as const) expect(decide(role, "GET"), role).toBe("continue");
    expect(decide("admin", "POST")).toBe("continue");
    expect(decide("legal", "POST")).toBe("continue");
    expect(decide("procurement", "POST")).toBe("refuse");
    expect(decide(null, "GET")).toBe("redirect");
  });

  it("shows the clause as shipped, and refuses a post without a reason, saving nothing", async () => {
    const legal = createTestUser("legal");
    const page = loader({
      params: { clauseId: "model-changes" },
      request: new Request(url),
      context: testContext(legal),
    });
    expect(page).toMatchObject({ clause: { id: "model-changes" }, isHouse: false, basedOn: 0, history: [] });
    expect(page.text).toMatch(/^---\nid: model-changes\n/);

    const body = new URLSearchParams({ intent: "record", basedOn: "0", text: `${page.text}\nMore.`, reason: "" });
    const response = await action({
      params: { clauseId: "model-changes" },
      request: new Request(url, { method: "POST", body }),
      context: testContext(legal),
    });
    expect(response).toMatchObject({ init: { status: 400 }, data: { errors: { reason: [expect.any(String)] } } });
    expect(listHouseVersions(getDb(), "model-changes")).toEqual([]);
  });
});
