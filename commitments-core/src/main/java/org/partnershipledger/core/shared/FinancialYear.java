package org.partnershipledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, written {@code 2010/11}: 1 April of its first year to 31 March of the next.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new RuleViolation(Rule.FINANCIAL_YEAR_INVALID,
                    "a financial year must start between 1900 and 2999, was " + startYear);
        }
    }

    @JsonCreator
    public static FinancialYear parse(String text) {
        Require.present(text, "financial year");
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new RuleViolation(Rule.FINANCIAL_YEAR_INVALID,
                    "a financial year is written like 2010/11, was '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        int endTwoDigits = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != endTwoDigits) {
            throw new RuleViolation(Rule.FINANCIAL_YEAR_INVALID,
                    "'" + text + "' is not a financial year: the year after " + start + " does not end in "
                            + m.group(2));
        }
        return new FinancialYear(start);
    }

    /** The financial year a date falls in. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @JsonValue
    @Override
    public String toString() {
        // not String.format: written for every pledge, spend and summary a rebuild makes, where a formatter per call
        // was a few percent of the time
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "/0" : "/") + end;
    }
}
