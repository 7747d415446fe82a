-- Every version of the rows of the read-model tables that change, so the read models answer as of any past
-- instant with indexed reads instead of replaying the partnership's events (see ReadModelTable and AsOfTables).
-- A version holds the row's columns as they stood from the partnership's version (event sequence number)
-- valid_from up to valid_to, excluded; a standing version has valid_to 9223372036854775807. span_class is
-- floor(log2(valid_to - valid_from)), 63 while standing: the versions valid at version v of class c began after
-- v - 2^(c+1), so each class is one index range.
-- rm_partnership's version and last_changed_at change with every event and are not versioned: as of an instant,
-- they are the last event's.

CREATE TABLE rm_partnership_history (
    partnership_id  VARCHAR(80)   NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    place           VARCHAR(300)  NOT NULL,
    vision          VARCHAR(4000) NOT NULL,
    established_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_partnership_history PRIMARY KEY (partnership_id, valid_from)
);
CREATE INDEX ix_rm_partnership_history_span ON rm_partnership_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_theme_history (
    partnership_id VARCHAR(80)   NOT NULL,
    theme_id       VARCHAR(80)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    description    VARCHAR(4000),
    retired        BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_theme_history PRIMARY KEY (partnership_id, theme_id, valid_from)
);
CREATE INDEX ix_rm_theme_history_span ON rm_theme_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_principle_history (
    partnership_id VARCHAR(80)   NOT NULL,
    principle_id   VARCHAR(80)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    description    VARCHAR(4000),
    retired        BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_principle_history PRIMARY KEY (partnership_id, principle_id, valid_from)
);
CREATE INDEX ix_rm_principle_history_span ON rm_principle_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_shared_commitment_history (
    partnership_id VARCHAR(80)   NOT NULL,
    commitment_id  VARCHAR(80)   NOT NULL,
    statement      VARCHAR(4000) NOT NULL,
    withdrawn      BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_shared_commitment_history PRIMARY KEY (partnership_id, commitment_id, valid_from)
);
CREATE INDEX ix_rm_shared_commitment_history_span ON rm_shared_commitment_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_partner_history (
    partnership_id VARCHAR(80)  NOT NULL,
    partner_id     VARCHAR(80)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    sector         VARCHAR(40)  NOT NULL,
    active         BOOLEAN      NOT NULL,
    admitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at        TIMESTAMP WITH TIME ZONE,
    position       BIGINT       NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_partner_history PRIMARY KEY (partnership_id, partner_id, valid_from)
);
CREATE INDEX ix_rm_partner_history_span ON rm_partner_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_resource_declaration_history (
    partnership_id VARCHAR(80)   NOT NULL,
    partner_id     VARCHAR(80)   NOT NULL,
    financial_year VARCHAR(7)    NOT NULL,
    staff          INTEGER       NOT NULL,
    volunteers     INTEGER       NOT NULL,
    spend_minor    BIGINT        NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    note           VARCHAR(4000),
    declared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_resource_declaration_history PRIMARY KEY (partnership_id, partner_id, financial_year, valid_from)
);
CREATE INDEX ix_rm_resource_declaration_history_span ON rm_resource_declaration_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_priority_history (
    partnership_id  VARCHAR(80)   NOT NULL,
    priority_id     VARCHAR(80)   NOT NULL,
    theme_id        VARCHAR(80)   NOT NULL,
    principle_id    VARCHAR(80)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000),
    lead_partner_id VARCHAR(80)   NOT NULL,
    horizon_from    DATE          NOT NULL,
    horizon_to      DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    closing_note    VARCHAR(4000),
    adopted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    position        BIGINT        NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_priority_history PRIMARY KEY (partnership_id, priority_id, valid_from)
);
CREATE INDEX ix_rm_priority_history_span ON rm_priority_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_priority_supporter_history (
    partnership_id VARCHAR(80) NOT NULL,
    priority_id    VARCHAR(80) NOT NULL,
    partner_id     VARCHAR(80) NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_priority_supporter_history PRIMARY KEY (partnership_id, priority_id, partner_id, valid_from)
);
CREATE INDEX ix_rm_priority_supporter_history_span ON rm_priority_supporter_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_pledge_history (
    partnership_id VARCHAR(80) NOT NULL,
    pledge_id      VARCHAR(80) NOT NULL,
    priority_id    VARCHAR(80) NOT NULL,
    partner_id     VARCHAR(80) NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    currency       VARCHAR(3)  NOT NULL,
    financial_year VARCHAR(7)  NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    withdrawn      BOOLEAN     NOT NULL,
    spent_minor    BIGINT      NOT NULL,
    pledged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_pledge_history PRIMARY KEY (partnership_id, pledge_id, valid_from)
);
CREATE INDEX ix_rm_pledge_history_span ON rm_pledge_history (partnership_id, span_class, valid_from);

CREATE TABLE rm_indicator_history (
    partnership_id            VARCHAR(80)  NOT NULL,
    indicator_id              VARCHAR(80)  NOT NULL,
    priority_id               VARCHAR(80)  NOT NULL,
    name                      VARCHAR(300) NOT NULL,
    unit                      VARCHAR(300) NOT NULL,
    polarity                  VARCHAR(20)  NOT NULL,
    baseline_value            VARCHAR(60)  NOT NULL,
    baseline_on               DATE         NOT NULL,
    target_value              VARCHAR(60)  NOT NULL,
    target_on                 DATE         NOT NULL,
    tolerance                 VARCHAR(60)  NOT NULL,
    reporting_interval_months INTEGER      NOT NULL,
    position                  BIGINT       NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_to   BIGINT NOT NULL,
    span_class INTEGER NOT NULL,
    CONSTRAINT pk_rm_indicator_history PRIMARY KEY (partnership_id, indicator_id, valid_from)
);
CREATE INDEX ix_rm_indicator_history_span ON rm_indicator_history (partnership_id, span_class, valid_from);

-- The read models are rebuilt from the events, with their history, by the read-model processor from the first
-- event when the service next starts.

DELETE FROM rm_partnership;
DELETE FROM rm_theme;
DELETE FROM rm_principle;
DELETE FROM rm_shared_commitment;
DELETE FROM rm_partner;
DELETE FROM rm_resource_declaration;
DELETE FROM rm_priority;
DELETE FROM rm_priority_supporter;
DELETE FROM rm_pledge;
DELETE FROM rm_spend;
DELETE FROM rm_indicator;
DELETE FROM rm_outcome;
DELETE FROM rm_audit_entry;
DELETE FROM dead_letter_entry WHERE processing_group = 'ledger';
DELETE FROM token_entry WHERE processor_name = 'ledger';
