-- Axon's dead-letter queue: events a read model could not apply, parked per partnership (sequence) so the others
-- go on being processed. Columns follow Axon's JDBC dead-letter schema, in snake_case (see AxonConfiguration).
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk_dead_letter_entry PRIMARY KEY (dead_letter_id),
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX ix_dead_letter_group ON dead_letter_entry (processing_group);
CREATE INDEX ix_dead_letter_sequence ON dead_letter_entry (processing_group, sequence_identifier);
