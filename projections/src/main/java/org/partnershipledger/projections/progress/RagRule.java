package org.partnershipledger.projections.progress;

import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.Polarity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The documented rule that colours an indicator — computed from the ledger, never typed in.
 * <ol>
 *   <li><b>Expected value</b> at a date: the straight line from the baseline (value, date) to the current target
 *   (value, date), by days; before the baseline date it is the baseline, after the target date the target.</li>
 *   <li><b>Shortfall</b> of a measurement: how far it is on the wrong side of the expected value at its own date —
 *   {@code expected − value} when higher is better, {@code value − expected} when lower is better.</li>
 *   <li><b>Colour</b> of the latest measurement (by date measured): GREEN when the shortfall is zero or less (on or
 *   ahead of the trajectory), AMBER when it is more than zero but no more than the indicator's tolerance (in the
 *   indicator's own unit), RED when it is more than the tolerance. NOT_MEASURED while there is no measurement.</li>
 *   <li><b>Trend</b>: the latest of the last {@value #TREND_WINDOW} measurements against the earliest of them —
 *   IMPROVING when it moved the good way, WORSENING the bad way, STEADY when equal; NOT_ENOUGH_DATA with fewer than
 *   two measurements.</li>
 *   <li><b>Stale</b>: no measurement dated within the reporting interval (in months) before the day asked about —
 *   counted from the latest measurement, or from the baseline date when there is none.</li>
 * </ol>
 */
public final class RagRule {

    /** How many of the latest measurements the trend looks at. */
    public static final int TREND_WINDOW = 3;

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private RagRule() {
    }

    /** Where the straight-line trajectory from baseline to target stands on the date. */
    public static BigDecimal expectedAt(Measure baseline, Measure target, LocalDate date) {
        if (!date.isAfter(baseline.on())) {
            return baseline.value();
        }
        if (!date.isBefore(target.on())) {
            return target.value();
        }
        long elapsed = ChronoUnit.DAYS.between(baseline.on(), date);
        long span = ChronoUnit.DAYS.between(baseline.on(), target.on());
        BigDecimal change = target.value().subtract(baseline.value());
        return baseline.value().add(change.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(span), PRECISION));
    }

    /** How far the value falls short of the expected value, in the indicator's unit; zero or less is on track. */
    public static BigDecimal shortfall(Polarity polarity, BigDecimal expected, BigDecimal value) {
        return polarity == Polarity.HIGHER_IS_BETTER ? expected.subtract(value) : value.subtract(expected);
    }

    public static Rag rag(Polarity polarity, BigDecimal expected, BigDecimal value, BigDecimal tolerance) {
        BigDecimal shortfall = shortfall(polarity, expected, value);
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        return shortfall.compareTo(tolerance) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** The trend of measured values, oldest first. */
    public static Trend trend(Polarity polarity, List<BigDecimal> valuesOldestFirst) {
        if (valuesOldestFirst.size() < 2) {
            return Trend.NOT_ENOUGH_DATA;
        }
        int from = Math.max(0, valuesOldestFirst.size() - TREND_WINDOW);
        int moved = valuesOldestFirst.get(valuesOldestFirst.size() - 1).compareTo(valuesOldestFirst.get(from));
        if (moved == 0) {
            return Trend.STEADY;
        }
        boolean up = moved > 0;
        return up == (polarity == Polarity.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }

    /** The day by which the next measurement is due: the reporting interval after the last one (or the baseline). */
    public static LocalDate nextDue(LocalDate lastMeasuredOrBaseline, int reportingIntervalMonths) {
        return lastMeasuredOrBaseline.plusMonths(reportingIntervalMonths);
    }

    public static boolean stale(LocalDate lastMeasuredOrBaseline, int reportingIntervalMonths, LocalDate on) {
        return on.isAfter(nextDue(lastMeasuredOrBaseline, reportingIntervalMonths));
    }

    /** A figure for display: at most four decimal places, no trailing zeros. */
    public static BigDecimal shown(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
