package org.partnershipledger.projections.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One measurement of an indicator. */
public record OutcomeEntry(String outcomeId, String indicatorId, String priorityId, String reportedBy,
                           BigDecimal value, LocalDate measuredOn, String evidence, String note, Instant recordedAt) {
}
