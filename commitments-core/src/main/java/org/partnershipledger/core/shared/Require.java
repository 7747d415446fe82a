package org.partnershipledger.core.shared;

import java.math.BigDecimal;

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
        requirePrintable(trimmed, field, maxLength == LONG_TEXT);
        return trimmed;
    }

    /**
     * Text is what people wrote: no control characters (free text may break lines and use tabs), and no invisible
     * bidirectional overrides, which can make a record read differently from what it holds.
     */
    private static void requirePrintable(String text, String field, boolean linesAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineOrTab = c == '\n' || c == '\r' || c == '\t';
            boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if ((Character.isISOControl(c) && !(linesAllowed && lineOrTab)) || bidiOverride) {
                throw new RuleViolation(Rule.TEXT_CONTROL_CHARACTER, field + " must not contain the control character"
                        + String.format(" U+%04X", (int) c) + " (at position " + (i + 1) + ")");
            }
        }
    }

    /** Largest magnitude of a measured value, target or tolerance a command may record (exclusive). */
    public static final BigDecimal LARGEST_MEASURE = BigDecimal.TEN.pow(15);
    /** Most decimal places of a measured value, target or tolerance. */
    public static final int MEASURE_DECIMALS = 6;

    /** A measured value, target or tolerance: below 10^15 in magnitude, with at most six decimal places. */
    public static BigDecimal measured(BigDecimal value, String field) {
        present(value, field);
        if (value.abs().compareTo(LARGEST_MEASURE) >= 0 || value.stripTrailingZeros().scale() > MEASURE_DECIMALS) {
            throw new RuleViolation(Rule.MEASURE_OUT_OF_RANGE, field + " must be below 10^15 in magnitude with at most "
                    + MEASURE_DECIMALS + " decimal places, was " + value.toPlainString().substring(0,
                    Math.min(40, value.toPlainString().length())));
        }
        return value;
    }

    /** An amount a command may record: at most {@link Money#LARGEST_RECORDED_MINOR} minor units. */
    public static Money recordable(Money amount, String field) {
        present(amount, field);
        if (amount.amountMinor() > Money.LARGEST_RECORDED_MINOR) {
            throw new RuleViolation(Rule.MONEY_TOO_LARGE, field + " must be at most "
                    + new Money(Money.LARGEST_RECORDED_MINOR, amount.currency()) + ", was " + amount);
        }
        return amount;
    }

    public static int count(int value, String field) {
        if (value < 0) {
            throw new RuleViolation(Rule.COUNT_NEGATIVE, field + " must not be negative, was " + value);
        }
        return value;
    }
}
