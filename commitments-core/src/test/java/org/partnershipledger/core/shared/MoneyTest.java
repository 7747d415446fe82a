package org.partnershipledger.core.shared;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void moneyIsCountedInWholePence() {
        assertThat(Money.pounds(23_300_000)).isEqualTo(new Money(2_330_000_000L, "GBP"));
        assertThat(Money.pence(1).currency()).isEqualTo("GBP");
    }

    @Test
    void negativeMoneyIsRejected() {
        assertThatThrownBy(() -> Money.pence(-1))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.MONEY_NEGATIVE));
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        assertThatThrownBy(() -> new Money(1, "XYZ"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.CURRENCY_INVALID));
        assertThatThrownBy(() -> new Money(1, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.VALUE_REQUIRED));
    }

    @Test
    void amountsAddOnlyInTheSameCurrency() {
        assertThat(Money.pence(150).plus(Money.pence(250))).isEqualTo(Money.pence(400));
        assertThatThrownBy(() -> Money.pence(1).plus(new Money(1, "EUR")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.CURRENCY_MISMATCH));
    }

    @Test
    void additionNeverOverflowsSilently() {
        assertThatThrownBy(() -> Money.pence(Long.MAX_VALUE).plus(Money.pence(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.pounds(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparisonIsExact() {
        assertThat(Money.pence(100_000_01).isGreaterThan(Money.pounds(100_000))).isTrue();
        assertThat(Money.pounds(100_000).isGreaterThan(Money.pounds(100_000))).isFalse();
    }

    @Test
    void moneyReadsInMajorUnits() {
        assertThat(Money.pence(2_330_000_005L)).hasToString("GBP 23300000.05");
        assertThat(new Money(1500, "JPY")).hasToString("JPY 1500");
    }

    @Test
    void majorUnitsAreExactWithTheCurrencysDecimalPlaces() {
        assertThat(Money.pence(2010).inMajorUnits()).isEqualByComparingTo("20.10");
        assertThat(Money.pence(2010).inMajorUnits().toPlainString()).isEqualTo("20.10");
        assertThat(new Money(2010, "JPY").inMajorUnits().toPlainString()).isEqualTo("2010");
        assertThat(new Money(2010, "BHD").inMajorUnits().toPlainString()).isEqualTo("2.010");
        assertThat(Money.pence(Long.MAX_VALUE).toString()).isEqualTo("GBP 92233720368547758.07");
    }

    /** The text is the currency and the exact amount in major units, written as {@code BigDecimal} writes it. */
    @Test
    void moneyIsWrittenAsItsExactMajorUnits() {
        assertThat(Money.pence(0)).hasToString("GBP 0.00");
        assertThat(Money.pence(5)).hasToString("GBP 0.05");
        assertThat(Money.pence(50)).hasToString("GBP 0.50");
        assertThat(Money.pence(100)).hasToString("GBP 1.00");
        assertThat(new Money(7, "BHD")).hasToString("BHD 0.007");
        assertThat(new Money(0, "JPY")).hasToString("JPY 0");
        assertThat(new Money(12, "XXX")).hasToString("XXX 12");
        Random random = new Random(20110331);
        for (String currency : new String[]{"GBP", "EUR", "JPY", "BHD", "CLF", "XXX", "XAU"}) {
            for (int i = 0; i < 20_000; i++) {
                long amount = switch (i % 4) {
                    case 0 -> random.nextInt(1000);
                    case 1 -> random.nextInt(10_000_000);
                    case 2 -> random.nextLong() & Long.MAX_VALUE;
                    default -> (long) Math.pow(10, random.nextInt(19)) - random.nextInt(2);
                };
                Money money = new Money(amount, currency);
                assertThat(money.toString()).as("%d %s", amount, currency)
                        .isEqualTo(currency + " " + money.inMajorUnits().toPlainString());
            }
        }
    }
}
