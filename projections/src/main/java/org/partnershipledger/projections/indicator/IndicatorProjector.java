package org.partnershipledger.projections.indicator;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.indicator.IndicatorDefined;
import org.partnershipledger.core.indicator.IndicatorTargetRevised;
import org.partnershipledger.core.indicator.OutcomeRecorded;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** Indicators with their current targets, and every outcome recorded for them. Values are kept exactly as text. */
public class IndicatorProjector {

    private final JdbcClient jdbc;

    public IndicatorProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IndicatorDefined e, @SequenceNumber long sequence) {
        jdbc.sql("INSERT INTO rm_indicator (partnership_id, indicator_id, priority_id, name, unit, polarity,"
                        + " baseline_value, baseline_on, target_value, target_on, tolerance, reporting_interval_months,"
                        + " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.indicatorId().value(), e.priorityId().value(), e.name(),
                        e.unit(), e.polarity().name(), e.baseline().value().toPlainString(), e.baseline().on(),
                        e.target().value().toPlainString(), e.target().on(), e.tolerance().toPlainString(),
                        e.reportingIntervalMonths(), sequence)
                .update();
    }

    @EventHandler
    void on(IndicatorTargetRevised e) {
        jdbc.sql("UPDATE rm_indicator SET target_value = ?, target_on = ? WHERE partnership_id = ? AND indicator_id = ?")
                .params(e.target().value().toPlainString(), e.target().on(), e.partnershipId().value(),
                        e.indicatorId().value())
                .update();
    }

    @EventHandler
    void on(OutcomeRecorded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO rm_outcome (partnership_id, indicator_id, outcome_id, priority_id, reported_by,"
                        + " measured_value, measured_on, evidence, note, recorded_at, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.indicatorId().value(), e.outcomeId().value(),
                        e.priorityId().value(), e.reportedBy().value(), e.value().toPlainString(), e.measuredOn(),
                        e.evidence() == null ? null : e.evidence().toString(), e.note(), Ledger.utc(at), sequence)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_outcome").update();
        jdbc.sql("DELETE FROM rm_indicator").update();
    }
}
