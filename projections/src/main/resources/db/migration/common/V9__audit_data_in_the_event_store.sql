-- The audit trail reads each event's data from the event store when an entry is asked for (the events' table, or
-- Axon Server), instead of holding a second copy of every event: nothing is lost, the store holds every byte of it.
-- PostgreSQL drops the column at once and frees its space as rows are written again (VACUUM FULL rm_audit_entry
-- frees it all; so does a rebuild with rewrite=true, once vacuumed).
ALTER TABLE rm_audit_entry DROP COLUMN data;
