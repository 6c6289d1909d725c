-- xAPI outbox: every statement made on this PC waits here until the Learning Record Store accepts it.
-- Rows are written in the same transaction as the answer they describe, and never deleted by delivery.
CREATE TABLE xapi_outbox (
    id INTEGER PRIMARY KEY,
    statement_id TEXT NOT NULL UNIQUE,   -- UUID made on this PC, so a resend is recognised by the LRS
    statement TEXT NOT NULL,             -- JSON, exactly as it is sent
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | rejected
    tries INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    error TEXT NOT NULL DEFAULT ''       -- why the LRS rejected it (status 'rejected') or the last failure
);
CREATE INDEX xapi_outbox_by_status ON xapi_outbox(status, id);
