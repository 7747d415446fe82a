package org.partnershipledger.projections.partnership;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.shared.PartnershipEvent;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/**
 * Moves each partnership's read-model version to the sequence number of the last event applied, in the same
 * transaction as the other read models: a client that wrote version n reads its own write once version ≥ n.
 */
public class VersionProjector {

    private final JdbcClient jdbc;

    public VersionProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("UPDATE rm_partnership SET version = ?, last_changed_at = ? WHERE partnership_id = ? AND version < ?")
                .params(sequence, Ledger.utc(at), e.partnershipId().value(), sequence)
                .update();
    }
}
