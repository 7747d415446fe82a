-- The verifiable ledger: one Merkle log per partnership over its events in order (RFC 6962). A leaf is written in
-- the same transaction as the event it hashes, so an event added to the store by any other way has no leaf.
CREATE TABLE ledger_leaf (
    partnership_id VARCHAR(80) NOT NULL,
    leaf_index     BIGINT      NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    leaf_hash      VARCHAR(64) NOT NULL,
    CONSTRAINT pk_ledger_leaf PRIMARY KEY (partnership_id, leaf_index)
);

-- Signed checkpoints (C2SP tlog-checkpoint signed notes) of each partnership's log.
CREATE TABLE ledger_checkpoint (
    partnership_id VARCHAR(80) NOT NULL,
    tree_size      BIGINT      NOT NULL,
    root_hash      VARCHAR(64) NOT NULL,
    signed_note    TEXT        NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ledger_checkpoint PRIMARY KEY (partnership_id, tree_size)
);
