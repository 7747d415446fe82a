package org.partnershipledger.core.shared;

/**
 * Every rule the ledger enforces, with a stable code that clients may rely on.
 * Codes are part of the public contract: add new ones, never rename.
 */
public enum Rule {
    // values that do not make sense on their own
    VALUE_REQUIRED("value.required", Kind.INVALID),
    TEXT_BLANK("text.blank", Kind.INVALID),
    TEXT_TOO_LONG("text.too-long", Kind.INVALID),
    TEXT_CONTROL_CHARACTER("text.control-character", Kind.INVALID),
    IDENTIFIER_INVALID("identifier.invalid", Kind.INVALID),
    MONEY_NEGATIVE("money.negative", Kind.INVALID),
    MONEY_TOO_LARGE("money.too-large", Kind.INVALID),
    CURRENCY_INVALID("currency.invalid", Kind.INVALID),
    FINANCIAL_YEAR_INVALID("financial-year.invalid", Kind.INVALID),
    HORIZON_INVERTED("horizon.inverted", Kind.INVALID),
    COUNT_NEGATIVE("count.negative", Kind.INVALID),
    EVIDENCE_LINK_INVALID("evidence-link.invalid", Kind.INVALID),
    TOLERANCE_NEGATIVE("tolerance.negative", Kind.INVALID),
    MEASURE_OUT_OF_RANGE("measure.out-of-range", Kind.INVALID),
    REPORTING_INTERVAL_INVALID("reporting-interval.invalid", Kind.INVALID),

    // who may act, and on which version
    PARTNER_NOT_REPRESENTED("partner.not-represented", Kind.FORBIDDEN),
    VERSION_MISMATCH("partnership.version-mismatch", Kind.PRECONDITION_FAILED),

    // the partnership's structure
    PARTNERSHIP_ALREADY_ESTABLISHED("partnership.already-established", Kind.CONFLICT),
    THEME_NOT_FOUND("theme.not-found", Kind.NOT_FOUND),
    THEME_ALREADY_DEFINED("theme.already-defined", Kind.CONFLICT),
    THEME_RETIRED("theme.retired", Kind.CONFLICT),
    THEME_HAS_OPEN_PRIORITIES("theme.has-open-priorities", Kind.CONFLICT),
    PRINCIPLE_NOT_FOUND("principle.not-found", Kind.NOT_FOUND),
    PRINCIPLE_ALREADY_DEFINED("principle.already-defined", Kind.CONFLICT),
    PRINCIPLE_RETIRED("principle.retired", Kind.CONFLICT),
    PRINCIPLE_HAS_OPEN_PRIORITIES("principle.has-open-priorities", Kind.CONFLICT),
    COMMITMENT_NOT_FOUND("commitment.not-found", Kind.NOT_FOUND),
    COMMITMENT_ALREADY_AGREED("commitment.already-agreed", Kind.CONFLICT),
    COMMITMENT_WITHDRAWN("commitment.withdrawn", Kind.CONFLICT),

    // partners
    PARTNER_NOT_FOUND("partner.not-found", Kind.NOT_FOUND),
    PARTNER_ALREADY_ADMITTED("partner.already-admitted", Kind.CONFLICT),
    PARTNER_HAS_LEFT("partner.has-left", Kind.CONFLICT),
    PARTNER_LEADS_OPEN_PRIORITY("partner.leads-open-priority", Kind.CONFLICT),

    // priorities
    PRIORITY_NOT_FOUND("priority.not-found", Kind.NOT_FOUND),
    PRIORITY_ALREADY_ADOPTED("priority.already-adopted", Kind.CONFLICT),
    PRIORITY_CLOSED("priority.closed", Kind.CONFLICT),
    PRIORITY_ALREADY_IN_CELL("priority.already-in-cell", Kind.CONFLICT),
    LEAD_UNCHANGED("priority.lead-unchanged", Kind.CONFLICT),
    LEAD_CANNOT_SUPPORT("priority.lead-cannot-support", Kind.INVALID),
    PARTNER_ALREADY_SUPPORTING("priority.partner-already-supporting", Kind.CONFLICT),
    PARTNER_NOT_SUPPORTING("priority.partner-not-supporting", Kind.CONFLICT),

    // pledges and spend
    PLEDGE_NOT_FOUND("pledge.not-found", Kind.NOT_FOUND),
    PLEDGE_ALREADY_MADE("pledge.already-made", Kind.CONFLICT),
    PLEDGE_WITHDRAWN("pledge.withdrawn", Kind.CONFLICT),
    PLEDGE_UNCHANGED("pledge.unchanged", Kind.CONFLICT),
    AMOUNT_NOT_POSITIVE("amount.not-positive", Kind.INVALID),
    CURRENCY_MISMATCH("currency.mismatch", Kind.INVALID),
    FINANCIAL_YEAR_OUTSIDE_HORIZON("financial-year.outside-horizon", Kind.INVALID),
    SPEND_ALREADY_RECORDED("spend.already-recorded", Kind.CONFLICT),

    // indicators and outcomes
    INDICATOR_NOT_FOUND("indicator.not-found", Kind.NOT_FOUND),
    INDICATOR_ALREADY_DEFINED("indicator.already-defined", Kind.CONFLICT),
    TARGET_NOT_AFTER_BASELINE("indicator.target-not-after-baseline", Kind.INVALID),
    DATE_OUTSIDE_HORIZON("date.outside-horizon", Kind.INVALID),
    OUTCOME_BEFORE_BASELINE("outcome.before-baseline", Kind.INVALID),
    OUTCOME_ALREADY_RECORDED("outcome.already-recorded", Kind.CONFLICT);

    /**
     * How a client should read a rejection: the thing is missing, clashes with the ledger, is not acceptable, is not
     * the caller's to do, or the caller's view of the partnership is out of date.
     */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, PRECONDITION_FAILED }

    private final String code;
    private final Kind kind;

    Rule(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
