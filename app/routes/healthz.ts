import { sql } from "drizzle-orm";
import { getDb } from "../utils/db.server.ts";

/** 200 only after a real query succeeds, so a monitor notices a database that is gone or unreadable. */
export function loader() {
  try {
    getDb().get<{ n: number }>(sql`select count(*) as n from vendors`);
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthz: database check failed:", error);
    return Response.json(
      { ok: false, error: "database unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
