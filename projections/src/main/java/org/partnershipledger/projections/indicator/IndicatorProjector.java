package org.partnershipledger.projections.indicator;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorTargetRevised;
import org.partnershipledger.core.indicator.OutcomeRecorded;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.INDICATOR;
import static org.partnershipledger.projections.rows.ReadModelTable.OUTCOME;

/** Indicators with their current targets, and every outcome recorded for them. Values are kept exactly as text. */
public class IndicatorProjector {

    private final Rows rows;

    public IndicatorProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(IndicatorDefined e, @SequenceNumber long sequence) {
        rows.insert(INDICATOR, Row.of("partnership_id", e.partnershipId().value(),
                "indicator_id", e.indicatorId().value(), "priority_id", e.priorityId().value(), "name", e.name(),
                "unit", e.unit(), "polarity", e.polarity().name(),
                "baseline_value", e.baseline().value().toPlainString(), "baseline_on", e.baseline().on(),
                "target_value", e.target().value().toPlainString(), "target_on", e.target().on(),
                "tolerance", e.tolerance().toPlainString(), "reporting_interval_months", e.reportingIntervalMonths(),
                "position", sequence));
    }

    @EventHandler
    void on(IndicatorTargetRevised e) {
        rows.update(INDICATOR, Row.of("partnership_id", e.partnershipId().value(),
                        "indicator_id", e.indicatorId().value()),
                Row.of("target_value", e.target().value().toPlainString(), "target_on", e.target().on()));
    }

    @EventHandler
    void on(OutcomeRecorded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insert(OUTCOME, Row.of("partnership_id", e.partnershipId().value(),
                "indicator_id", e.indicatorId().value(), "outcome_id", e.outcomeId().value(),
                "priority_id", e.priorityId().value(), "reported_by", e.reportedBy().value(),
                "measured_value", e.value().toPlainString(), "measured_on", e.measuredOn(),
                "evidence", e.evidence() == null ? null : e.evidence().toString(), "note", e.note(),
                "recorded_at", at, "position", sequence));
    }
}
