package org.partnershipledger.projections.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How one indicator stands on a day: its latest measurement, where the trajectory expected it to be at that
 * measurement's date, the colour and trend computed by {@link RagRule}, and whether a measurement is overdue.
 * {@code latestValue}, {@code latestMeasuredOn} and {@code expectedAtLatest} are null while nothing was measured.
 */
public record IndicatorProgress(
        String indicatorId,
        String priorityId,
        String name,
        String unit,
        String polarity,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        BigDecimal targetValue,
        LocalDate targetOn,
        BigDecimal tolerance,
        int reportingIntervalMonths,
        BigDecimal latestValue,
        LocalDate latestMeasuredOn,
        BigDecimal expectedAtLatest,
        BigDecimal expectedToday,
        Rag rag,
        Trend trend,
        int measurements,
        boolean stale,
        LocalDate nextMeasurementDue) {
}
