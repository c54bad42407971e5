// Legal reads a review's steps but may not change them: the step page is drawn read-only for them, and
// the server refuses their post whatever the page shows — the real step route, behind the real guard.
import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createTestUser, testContext } from "../../tests/support/test-context.ts";

import { guardRoutes } from "../entry.server.tsx";
import { getReview } from "../models/review.server.ts";
import type { SessionUser } from "../models/user.server.ts";
import { startReview } from "../use-cases/reviews/answers.server.ts";
import { getDb } from "../utils/db.server.ts";

import * as stepRoute from "../routes/reviews.$reviewId.$stepId.tsx";

const ID = "routes/reviews.$reviewId.$stepId";
const build = guardRoutes({
  routes: { [ID]: { id: ID, path: "reviews/:reviewId/:stepId", module: stepRoute } },
  assets: { routes: { [ID]: { id: ID, hasLoader: true } } },
} as unknown as ServerBuild);

async function run(kind: "loader" | "action", user: SessionUser, reviewId: string, fields?: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields ?? {})) body.append(name, value);
  const request = new Request(`http://localhost/reviews/${reviewId}/context`, {
    method: kind === "loader" ? "GET" : "POST",
    ...(kind === "action" ? { body } : {}),
  });
  const fn = build.routes[ID]!.module[kind] as (args: unknown) => Promise<unknown>;
  try {
    return { returned: await fn({ request, context: testContext(user), params: { reviewId, stepId: "context" } }) };
  } catch (thrown) {
    return { thrown };
  }
}

describe("a legal user on a review's step", () => {
  it("reads it, but their save is refused with 403 and changes nothing", async () => {
    const review = startReview(getDb(), { buyerName: "Before Ltd" });
    const legal = createTestUser("legal");

    const page = await run("loader", legal, review.id);
    expect(page.returned).toMatchObject({ review: { id: review.id, buyerName: "Before Ltd" } });

    const save = { intent: "save", version: String(review.version), buyerName: "Changed by legal" };
    const refused = await run("action", legal, review.id, save);
    expect(refused.thrown).toMatchObject({ init: { status: 403 }, data: { title: "Not available to your role" } });
    expect(getReview(getDb(), review.id)).toMatchObject({ version: 1, answers: { buyerName: "Before Ltd" } });

    // The same post by procurement is saved: it is the role that is refused, not the post.
    const saved = await run("action", createTestUser("procurement"), review.id, save);
    expect((saved.returned as Response).status).toBe(302);
    expect(getReview(getDb(), review.id)).toMatchObject({ version: 2, answers: { buyerName: "Changed by legal" } });
  });
});
