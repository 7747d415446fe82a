package org.partnershipledger.core.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in integer minor units (pence for GBP) with its ISO 4217 currency. Never negative, never floating point.
 */
public record Money(long amountMinor, String currency) {

    public static final String DEFAULT_CURRENCY = "GBP";
    /**
     * The largest amount one command may record, 10^15 minor units (£10 trillion): far above any real budget, and
     * low enough that thousands of such amounts still add up exactly in 64 bits.
     */
    public static final long LARGEST_RECORDED_MINOR = 1_000_000_000_000_000L;

    public Money {
        if (amountMinor < 0) {
            throw new RuleViolation(Rule.MONEY_NEGATIVE, "an amount of money must not be negative, was " + amountMinor);
        }
        currency = checkCurrency(currency);
    }

    public static Money pence(long pence) {
        return new Money(pence, DEFAULT_CURRENCY);
    }

    public static Money pounds(long pounds) {
        return pence(Math.multiplyExact(pounds, 100L));
    }

    @JsonIgnore
    public boolean isZero() {
        return amountMinor == 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amountMinor > other.amountMinor;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new RuleViolation(Rule.CURRENCY_MISMATCH,
                    "cannot combine " + currency + " with " + other.currency);
        }
    }

    private static String checkCurrency(String code) {
        Require.present(code, "currency");
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(Rule.CURRENCY_INVALID, "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** The amount in major units, exactly, with the currency's usual decimal places (2010 pence → 20.10). */
    public BigDecimal inMajorUnits() {
        return BigDecimal.valueOf(amountMinor, fractionDigits());
    }

    /** The currency's usual decimal places: 0 for a currency that has none (a fund code such as XXX gives -1). */
    private int fractionDigits() {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    /**
     * The currency and the amount in major units, as {@link #inMajorUnits()} writes it plainly ({@code GBP 20.10},
     * {@code JPY 500}). Written from the minor units' digits: the audit trail's summaries write an amount for most
     * events, and making a {@code BigDecimal} to print each was a twentieth of a rebuild's applying thread.
     */
    @Override
    public String toString() {
        int places = fractionDigits();
        String digits = Long.toString(amountMinor);
        if (places == 0) {
            return currency + " " + digits;
        }
        StringBuilder text = new StringBuilder(currency.length() + digits.length() + places + 3)
                .append(currency).append(' ');
        int whole = digits.length() - places;
        if (whole <= 0) {
            text.append("0.");
            for (int zero = whole; zero < 0; zero++) {
                text.append('0');
            }
            return text.append(digits).toString();
        }
        return text.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
    }
}
