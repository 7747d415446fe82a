package org.partnershipledger.projections.progress;

import org.junit.jupiter.api.Test;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.projections.indicator.IndicatorEntry;
import org.partnershipledger.projections.indicator.OutcomeEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.core.indicator.Polarity.HIGHER_IS_BETTER;
import static org.partnershipledger.core.indicator.Polarity.LOWER_IS_BETTER;

class RagRuleTest {

    // 33 % on 1 April 2010 to 50 % on 1 April 2014: 1461 days, so 4.25 points a year.
    private static final Measure BASELINE = new Measure(new BigDecimal("33"), LocalDate.of(2010, 4, 1));
    private static final Measure TARGET = new Measure(new BigDecimal("50"), LocalDate.of(2014, 4, 1));

    @Test
    void trajectoryIsTheStraightLineByDaysAndFlatOutsideIt() {
        assertThat(RagRule.expectedAt(BASELINE, TARGET, LocalDate.of(2009, 1, 1))).isEqualByComparingTo("33");
        assertThat(RagRule.expectedAt(BASELINE, TARGET, LocalDate.of(2010, 4, 1))).isEqualByComparingTo("33");
        assertThat(RagRule.expectedAt(BASELINE, TARGET, LocalDate.of(2012, 4, 1))).isEqualByComparingTo(
                new BigDecimal("33").add(new BigDecimal("17").multiply(new BigDecimal(731))
                        .divide(new BigDecimal(1461), java.math.MathContext.DECIMAL64)));
        assertThat(RagRule.expectedAt(BASELINE, TARGET, LocalDate.of(2014, 4, 1))).isEqualByComparingTo("50");
        assertThat(RagRule.expectedAt(BASELINE, TARGET, LocalDate.of(2020, 1, 1))).isEqualByComparingTo("50");
    }

    @Test
    void onOrAheadIsGreenWithinToleranceAmberBeyondRed() {
        BigDecimal expected = new BigDecimal("40");
        BigDecimal tolerance = new BigDecimal("2");
        assertThat(RagRule.rag(HIGHER_IS_BETTER, expected, new BigDecimal("40"), tolerance)).isEqualTo(Rag.GREEN);
        assertThat(RagRule.rag(HIGHER_IS_BETTER, expected, new BigDecimal("45"), tolerance)).isEqualTo(Rag.GREEN);
        assertThat(RagRule.rag(HIGHER_IS_BETTER, expected, new BigDecimal("38.01"), tolerance)).isEqualTo(Rag.AMBER);
        assertThat(RagRule.rag(HIGHER_IS_BETTER, expected, new BigDecimal("38"), tolerance)).isEqualTo(Rag.AMBER);
        assertThat(RagRule.rag(HIGHER_IS_BETTER, expected, new BigDecimal("37.99"), tolerance)).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterMirrorsTheRule() {
        BigDecimal expected = new BigDecimal("7.5");
        BigDecimal tolerance = new BigDecimal("0.3");
        assertThat(RagRule.rag(LOWER_IS_BETTER, expected, new BigDecimal("7.0"), tolerance)).isEqualTo(Rag.GREEN);
        assertThat(RagRule.rag(LOWER_IS_BETTER, expected, new BigDecimal("7.8"), tolerance)).isEqualTo(Rag.AMBER);
        assertThat(RagRule.rag(LOWER_IS_BETTER, expected, new BigDecimal("7.81"), tolerance)).isEqualTo(Rag.RED);
    }

    @Test
    void zeroToleranceLeavesNoAmber() {
        assertThat(RagRule.rag(HIGHER_IS_BETTER, BigDecimal.TEN, new BigDecimal("9.999"), BigDecimal.ZERO))
                .isEqualTo(Rag.RED);
    }

    @Test
    void trendComparesTheLatestWithTheEarliestOfTheLastThree() {
        assertThat(RagRule.trend(HIGHER_IS_BETTER, List.of())).isEqualTo(Trend.NOT_ENOUGH_DATA);
        assertThat(RagRule.trend(HIGHER_IS_BETTER, values("5"))).isEqualTo(Trend.NOT_ENOUGH_DATA);
        assertThat(RagRule.trend(HIGHER_IS_BETTER, values("5", "6"))).isEqualTo(Trend.IMPROVING);
        assertThat(RagRule.trend(LOWER_IS_BETTER, values("5", "6"))).isEqualTo(Trend.WORSENING);
        assertThat(RagRule.trend(HIGHER_IS_BETTER, values("5", "7", "5.0"))).isEqualTo(Trend.STEADY);
        // the first of four values is outside the window: 9 → 4 is worse, but 3 → 4 is better
        assertThat(RagRule.trend(HIGHER_IS_BETTER, values("9", "3", "8", "4"))).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void staleOnceTheReportingIntervalHasPassed() {
        LocalDate last = LocalDate.of(2012, 3, 31);
        assertThat(RagRule.stale(last, 12, LocalDate.of(2013, 3, 31))).isFalse();
        assertThat(RagRule.stale(last, 12, LocalDate.of(2013, 4, 1))).isTrue();
        assertThat(RagRule.nextDue(last, 3)).isEqualTo(LocalDate.of(2012, 6, 30));
    }

    @Test
    void progressUsesTheLatestMeasurementUpToTheDay() {
        IndicatorEntry recycling = new IndicatorEntry("recycled", "recycling", "Recycled", "%",
                HIGHER_IS_BETTER.name(), BASELINE.value(), BASELINE.on(), TARGET.value(), TARGET.on(),
                new BigDecimal("1"), 12, List.of());
        List<OutcomeEntry> outcomes = List.of(
                outcome("2011", "38", LocalDate.of(2011, 4, 1)),   // expected 37.25: ahead
                outcome("2012", "40", LocalDate.of(2012, 4, 1)),   // expected 33 + 17 × 731 / 1461 ≈ 41.51: short by ≈1.51
                outcome("2013", "49", LocalDate.of(2013, 4, 1)));  // not yet measured on the day asked

        IndicatorProgress onDay = ProgressQueries.progress(recycling, outcomes, LocalDate.of(2012, 6, 1));

        assertThat(onDay.latestValue()).isEqualByComparingTo("40");
        assertThat(onDay.expectedAtLatest()).isEqualByComparingTo("41.5058");
        assertThat(onDay.rag()).isEqualTo(Rag.RED);
        assertThat(onDay.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(onDay.measurements()).isEqualTo(2);
        assertThat(onDay.stale()).isFalse();
        assertThat(onDay.nextMeasurementDue()).isEqualTo(LocalDate.of(2013, 4, 1));

        IndicatorProgress never = ProgressQueries.progress(recycling, List.of(), LocalDate.of(2011, 5, 1));
        assertThat(never.rag()).isEqualTo(Rag.NOT_MEASURED);
        assertThat(never.latestValue()).isNull();
        assertThat(never.stale()).isTrue();
    }

    @Test
    void rollUpIsWorstOfMeasuredWithCounts() {
        IndicatorEntry any = new IndicatorEntry("i", "p", "I", "n", HIGHER_IS_BETTER.name(), BigDecimal.ZERO,
                LocalDate.of(2010, 1, 1), BigDecimal.TEN, LocalDate.of(2011, 1, 1), BigDecimal.ONE, 12, List.of());
        LocalDate day = LocalDate.of(2011, 1, 1);
        IndicatorProgress green = ProgressQueries.progress(any, List.of(outcome("a", "10", day)), day);
        IndicatorProgress amber = ProgressQueries.progress(any, List.of(outcome("b", "9.5", day)), day);
        IndicatorProgress none = ProgressQueries.progress(any, List.of(), day.plusYears(2));

        assertThat(RollUp.of(List.of(green, none))).isEqualTo(new RollUp(Rag.GREEN, 2, 0, 0, 1, 1, 1));
        assertThat(RollUp.of(List.of(green, amber, none)).worst()).isEqualTo(Rag.AMBER);
        assertThat(RollUp.of(List.of(none)).worst()).isEqualTo(Rag.NOT_MEASURED);
        assertThat(RollUp.of(List.of())).isEqualTo(RollUp.NONE);
    }

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static OutcomeEntry outcome(String id, String value, LocalDate on) {
        return new OutcomeEntry(id, "recycled", "recycling", "council", new BigDecimal(value), on, null, null,
                java.time.Instant.parse("2013-01-01T00:00:00Z"));
    }
}
