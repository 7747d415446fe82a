package org.partnershipledger.core.shared;

/**
 * Checks shared by commands and value types, so that every missing or blank field is refused the same way.
 */
public final class Require {

    /** Longest free text (descriptions, visions, rationales) the ledger accepts. */
    public static final int LONG_TEXT = 4000;
    /** Longest name or title the ledger accepts. */
    public static final int SHORT_TEXT = 300;

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new RuleViolation(Rule.VALUE_REQUIRED, field + " is required");
        }
        return value;
    }

    /** A name or title: required, not blank, trimmed, at most {@link #SHORT_TEXT} characters. */
    public static String name(String value, String field) {
        return text(value, field, SHORT_TEXT);
    }

    /** Free text: required, not blank, trimmed, at most {@link #LONG_TEXT} characters. */
    public static String text(String value, String field) {
        return text(value, field, LONG_TEXT);
    }

    /** Free text that may be absent; blank becomes absent. */
    public static String optionalText(String value, String field) {
        return value == null || value.isBlank() ? null : text(value, field, LONG_TEXT);
    }

    private static String text(String value, String field, int maxLength) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation(Rule.TEXT_BLANK, field + " must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(Rule.TEXT_TOO_LONG,
                    field + " must be at most " + maxLength + " characters, was " + trimmed.length());
        }
        return trimmed;
    }

    public static int count(int value, String field) {
        if (value < 0) {
            throw new RuleViolation(Rule.COUNT_NEGATIVE, field + " must not be negative, was " + value);
        }
        return value;
    }
}
