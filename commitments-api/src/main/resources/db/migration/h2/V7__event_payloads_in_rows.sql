-- Each event's payload and metadata kept in its row (BINARY VARYING), no longer as BLOBs. H2 keeps a BLOB of more
-- than 256 bytes apart from its row, and copies it for every row a query returns: reading the events (to load a
-- partnership, to verify the ledger, to rebuild the read models) spent more time on that than on the rows, and every
-- copy wrote to the store's file. The bytes stay exactly as they were. Snapshots, which grow with a partnership,
-- stay BLOBs.
ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING;
ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE BINARY VARYING;
