-- Idempotency keys of command requests: a retry with the same key and body gets the first answer again.
-- Scoped to the caller; kept until expires_at (ledger.idempotency.retention after the first request).
CREATE TABLE idempotency_key (
    caller         VARCHAR(300)  NOT NULL,
    idem_key       VARCHAR(255)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    status         INTEGER,
    location       VARCHAR(2000),
    ledger_version BIGINT,
    content_type   VARCHAR(200),
    body           TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (caller, idem_key)
);
CREATE INDEX ix_idempotency_key_expiry ON idempotency_key (expires_at);
