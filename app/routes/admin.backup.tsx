// /admin/backup: a copy of everything, and how to put it back. Admin only (app/auth/access.ts).
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditTrail } from "../components/audit-trail.tsx";
import { backupPage } from "../use-cases/admin/take-backup.server.ts";
import { getDb } from "../utils/db.server.ts";

export const meta: MetaFunction = () => [{ title: "Backup · Clausewise" }];

export const loader = () => backupPage(getDb());

export default function BackupPage() {
  const { file, events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Backup</h1>
      <p className="lede">
        Everything Clausewise holds is in one SQLite database: reviews and their answers, every clause pack generated,
        the vendor catalog with its history, accounts and the audit trail. Download a copy regularly and before every
        upgrade, and keep it where the company keeps confidential records.
      </p>

      <section className="card" aria-labelledby="backup-download-title">
        <h2 id="backup-download-title">Download a backup</h2>
        <p>
          A consistent copy of the database as it is now, taken while people keep working. It holds the password hashes
          of every account, so treat it like the server itself.
        </p>
        <p>
          <a className="button" href="/admin/backup.db" download>
            Download a backup (.db)
          </a>
        </p>
        <p className="muted">
          From the server’s command line, e.g. in a nightly job: <code>npx clausewise db backup FILE</code>.
        </p>
      </section>

      <section className="card" aria-labelledby="backup-restore-title">
        <h2 id="backup-restore-title">Restore a backup</h2>
        <ol>
          <li>Stop Clausewise.</li>
          <li>
            Move the current database aside: <code>{file}</code>, with its <code>-wal</code> and <code>-shm</code> files
            if they are there.
          </li>
          <li>
            Copy the backup to <code>{file}</code>, or point <code>DATABASE_PATH</code> at it.
          </li>
          <li>Start Clausewise. It brings an older backup’s tables up to date by itself.</li>
        </ol>
        <p className="muted">Anything saved after the backup was taken is not in it.</p>
      </section>

      <AuditTrail
        id="backup-history-title"
        title="Backups taken"
        events={events}
        empty="No backup has been downloaded from this page yet."
        intro="Who downloaded a backup, and when, the latest first."
      />
    </>
  );
}
