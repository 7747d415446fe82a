-- Who holds the claim on an idempotency key while its request is carried out, and since when: a claim whose holder
-- died (a crash, a lost database connection) can then be taken over by a retry instead of answering "in progress"
-- until the key expires. The state gains RECORDED: the request's command is in the ledger (set in the command's own
-- transaction) but its answer is not yet kept; a retry then answers without sending the command again.
ALTER TABLE idempotency_key ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE idempotency_key ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
UPDATE idempotency_key SET claim_token = 'before-claims', claimed_at = created_at;
ALTER TABLE idempotency_key ALTER COLUMN claim_token SET NOT NULL;
ALTER TABLE idempotency_key ALTER COLUMN claimed_at SET NOT NULL;
