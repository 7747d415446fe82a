package org.partnershipledger.core.shared;

/**
 * A command or value broke one of the ledger's rules. Nothing is appended when this is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    public String code() {
        return rule.code();
    }
}
