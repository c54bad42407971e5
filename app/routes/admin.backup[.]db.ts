// /admin/backup.db: the whole database as one SQLite file, for the admin to keep somewhere safe. Admin
// only (app/auth/access.ts). Taken with SQLite's online backup, so it is consistent while people work.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { actorFrom } from "../auth/actor.server.ts";
import { backupResponse } from "../http/downloads.server.ts";
import { takeBackup } from "../use-cases/admin/take-backup.server.ts";
import { getDb } from "../utils/db.server.ts";

export const loader = async ({ context }: LoaderFunctionArgs) =>
  backupResponse(await takeBackup(getDb(), actorFrom(context)));
