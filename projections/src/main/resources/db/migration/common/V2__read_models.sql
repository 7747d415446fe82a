-- Read models of the ledger. Everything here can be rebuilt from domain_event_entry.
-- One processing group ("ledger") writes all of them in one transaction per batch, so rm_partnership.version
-- (the sequence number of the last event applied for that partnership) is the version of every table.

CREATE TABLE rm_partnership (
    partnership_id  VARCHAR(80)   NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    place           VARCHAR(300)  NOT NULL,
    vision          VARCHAR(4000) NOT NULL,
    established_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_rm_partnership PRIMARY KEY (partnership_id)
);

CREATE TABLE rm_theme (
    partnership_id VARCHAR(80)   NOT NULL,
    theme_id       VARCHAR(80)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    description    VARCHAR(4000),
    retired        BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    CONSTRAINT pk_rm_theme PRIMARY KEY (partnership_id, theme_id)
);

CREATE TABLE rm_principle (
    partnership_id VARCHAR(80)   NOT NULL,
    principle_id   VARCHAR(80)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    description    VARCHAR(4000),
    retired        BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    CONSTRAINT pk_rm_principle PRIMARY KEY (partnership_id, principle_id)
);

CREATE TABLE rm_shared_commitment (
    partnership_id VARCHAR(80)   NOT NULL,
    commitment_id  VARCHAR(80)   NOT NULL,
    statement      VARCHAR(4000) NOT NULL,
    withdrawn      BOOLEAN       NOT NULL,
    position       BIGINT        NOT NULL,
    CONSTRAINT pk_rm_shared_commitment PRIMARY KEY (partnership_id, commitment_id)
);

CREATE TABLE rm_partner (
    partnership_id VARCHAR(80)  NOT NULL,
    partner_id     VARCHAR(80)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    sector         VARCHAR(40)  NOT NULL,
    active         BOOLEAN      NOT NULL,
    admitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at        TIMESTAMP WITH TIME ZONE,
    position       BIGINT       NOT NULL,
    CONSTRAINT pk_rm_partner PRIMARY KEY (partnership_id, partner_id)
);

CREATE TABLE rm_resource_declaration (
    partnership_id VARCHAR(80)   NOT NULL,
    partner_id     VARCHAR(80)   NOT NULL,
    financial_year VARCHAR(7)    NOT NULL,
    staff          INTEGER       NOT NULL,
    volunteers     INTEGER       NOT NULL,
    spend_minor    BIGINT        NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    note           VARCHAR(4000),
    declared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rm_resource_declaration PRIMARY KEY (partnership_id, partner_id, financial_year)
);

CREATE TABLE rm_priority (
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
    CONSTRAINT pk_rm_priority PRIMARY KEY (partnership_id, priority_id)
);

CREATE TABLE rm_priority_supporter (
    partnership_id VARCHAR(80) NOT NULL,
    priority_id    VARCHAR(80) NOT NULL,
    partner_id     VARCHAR(80) NOT NULL,
    CONSTRAINT pk_rm_priority_supporter PRIMARY KEY (partnership_id, priority_id, partner_id)
);

CREATE TABLE rm_pledge (
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
    CONSTRAINT pk_rm_pledge PRIMARY KEY (partnership_id, pledge_id)
);
CREATE INDEX ix_rm_pledge_priority ON rm_pledge (partnership_id, priority_id);
CREATE INDEX ix_rm_pledge_partner ON rm_pledge (partnership_id, partner_id);

CREATE TABLE rm_spend (
    partnership_id VARCHAR(80) NOT NULL,
    pledge_id      VARCHAR(80) NOT NULL,
    spend_id       VARCHAR(80) NOT NULL,
    priority_id    VARCHAR(80) NOT NULL,
    partner_id     VARCHAR(80) NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    currency       VARCHAR(3)  NOT NULL,
    spent_on       DATE        NOT NULL,
    note           VARCHAR(4000),
    exceeds_pledge BOOLEAN     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rm_spend PRIMARY KEY (partnership_id, pledge_id, spend_id)
);

CREATE TABLE rm_indicator (
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
    CONSTRAINT pk_rm_indicator PRIMARY KEY (partnership_id, indicator_id)
);

CREATE TABLE rm_outcome (
    partnership_id VARCHAR(80)   NOT NULL,
    indicator_id   VARCHAR(80)   NOT NULL,
    outcome_id     VARCHAR(80)   NOT NULL,
    priority_id    VARCHAR(80)   NOT NULL,
    reported_by    VARCHAR(80)   NOT NULL,
    measured_value VARCHAR(60)   NOT NULL,
    measured_on    DATE          NOT NULL,
    evidence       VARCHAR(2000),
    note           VARCHAR(4000),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    position       BIGINT        NOT NULL,
    CONSTRAINT pk_rm_outcome PRIMARY KEY (partnership_id, indicator_id, outcome_id)
);
CREATE INDEX ix_rm_outcome_partner ON rm_outcome (partnership_id, reported_by);

CREATE TABLE rm_audit_entry (
    partnership_id     VARCHAR(80)   NOT NULL,
    sequence_number    BIGINT        NOT NULL,
    event_id           VARCHAR(255)  NOT NULL,
    event_type         VARCHAR(80)   NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(300),
    decision_reference VARCHAR(300),
    decision_rationale VARCHAR(4000),
    priority_id        VARCHAR(80),
    partner_ids        VARCHAR(2000) NOT NULL,
    summary            VARCHAR(4000) NOT NULL,
    data               TEXT          NOT NULL,
    CONSTRAINT pk_rm_audit_entry PRIMARY KEY (partnership_id, sequence_number)
);
CREATE INDEX ix_rm_audit_time ON rm_audit_entry (partnership_id, recorded_at);
