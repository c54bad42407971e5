-- The audit trail is append-only: a change or removal of a recorded event is refused by the database
-- itself, whatever code (or person with a SQLite shell) tries it.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: recorded events cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: recorded events cannot be removed');
END;
