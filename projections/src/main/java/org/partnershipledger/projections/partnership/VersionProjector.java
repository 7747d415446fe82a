package org.partnershipledger.projections.partnership;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.shared.PartnershipEvent;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.PARTNERSHIP;

/**
 * Moves each partnership's read-model version to the sequence number of the last event applied, in the same
 * transaction as the other read models: a client that wrote version n reads its own write once version ≥ n.
 */
public class VersionProjector {

    private final Rows rows;

    public VersionProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PartnershipEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.advance(PARTNERSHIP, Row.of("partnership_id", e.partnershipId().value()), "version", sequence,
                Row.of("last_changed_at", at));
    }
}
