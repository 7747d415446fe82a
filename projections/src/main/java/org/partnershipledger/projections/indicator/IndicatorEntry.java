package org.partnershipledger.projections.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator with its current target and its most recent measurements, newest first. */
public record IndicatorEntry(
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
        List<OutcomeEntry> latestOutcomes) {
}
