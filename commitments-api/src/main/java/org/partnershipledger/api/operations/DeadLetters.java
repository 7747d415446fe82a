package org.partnershipledger.api.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The events the read models parked, and applying them again once their cause is put right. */
@Component
public class DeadLetters {

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetters(JdbcClient jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** A partnership's parked events: how many, from which position, and why the first could not be applied. */
    public record Parked(String partnershipId, long events, Long firstPosition, String causeType, String cause) {
    }

    /** How a retry went: partnerships whose parked events were all applied, and those still parked. */
    public record Retried(int sequencesApplied, List<Parked> stillParked) {
    }

    public List<Parked> parked() {
        return jdbc.sql("SELECT sequence_identifier, COUNT(*) AS events, MIN(sequence_number) AS first_position,"
                        + " MIN(cause_type) AS cause_type, MIN(cause_message) AS cause FROM dead_letter_entry"
                        + " WHERE processing_group = ? GROUP BY sequence_identifier ORDER BY sequence_identifier")
                .param(Ledger.PROCESSING_GROUP)
                .query((rs, row) -> new Parked(rs.getString("sequence_identifier"), rs.getLong("events"),
                        (Long) rs.getObject("first_position", Long.class), rs.getString("cause_type"),
                        rs.getString("cause")))
                .list();
    }

    public Retried retry() {
        int applied = 0;
        int sequences = parked().size();
        var processor = processing.sequencedDeadLetterProcessor(Ledger.PROCESSING_GROUP).orElseThrow();
        for (int i = 0; i < sequences && processor.processAny(); i++) {
            applied++;
        }
        return new Retried(applied, parked());
    }
}
