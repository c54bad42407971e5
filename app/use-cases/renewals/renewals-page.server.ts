// The Renewals page: every review that names a renewal date, with when its re-review falls due.
import { listRenewals } from "../../models/renewal.server.ts";
import type { Db } from "../../utils/db.server.ts";

export function renewalsPage(db: Db, now: Date) {
  const today = now.toISOString().slice(0, 10);
  return { today, renewals: listRenewals(db, today) };
}
