// The whole database as one SQLite file, for the admin to keep somewhere safe. Admin only (access.ts:
// /admin needs users:manage). Taken with SQLite's online backup, so it is consistent while people work.
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import fs from "node:fs";
import { actorFrom } from "../auth/actor.server.ts";
import { takeBackup } from "../models/backup.server.ts";
import { contentDisposition } from "../pack/filename.ts";
import { getDb } from "../utils/db.server.ts";

export async function loader({ context }: LoaderFunctionArgs) {
  const backup = await takeBackup(getDb(), actorFrom(context));
  // Streamed from its temporary file, which goes once it is sent (or the download is abandoned).
  const stream = fs.createReadStream(backup.file);
  stream.on("close", backup.done);
  return new Response(createReadableStreamFromReadable(stream), {
    headers: {
      "Content-Type": "application/vnd.sqlite3",
      "Content-Disposition": contentDisposition(backup.name),
      "Content-Length": String(backup.bytes),
      "Cache-Control": "no-store",
    },
  });
}
