package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership's events found by sequence number, as the audit trail asks for them: in one query where the events
 * are in the database, and by reading the partnership's events in order (as from Axon Server) — here over the same
 * stored events, so that both ways must give every event the store holds at those numbers, byte for byte, and
 * nothing else.
 */
class AuditEventDataTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void eventsAreFoundByNumberBothWaysAsStored() throws SQLException {
        String id = newPartnership();
        for (int i = 0; i < 120; i++) {
            accepted(201, http.post("/api/partnerships/" + id + "/commitments", "{\"statement\": \"Pledge " + i
                    + "\"}"));
        }
        long last = storeVersion(id);
        assertThat(last).isGreaterThan(LedgerEvents.SKIPPED_AT_MOST + 20);
        // consecutive numbers, a gap within what is read on, a longer gap that starts reading again, the last, and
        // numbers past the end that the store does not hold
        SortedSet<Long> wanted = new TreeSet<>(List.of(0L, 1L, 2L, 9L, 10L, 10L + LedgerEvents.SKIPPED_AT_MOST + 5,
                last, last + 1, last + 1000));

        StoredEvents inDatabase = new StoredEvents();
        LedgerEvents readInOrder = new LedgerEvents() {
            @Override
            public Cursor open(Connection connection, String partnershipId, long firstSequence) throws SQLException {
                return inDatabase.open(connection, partnershipId, firstSequence);
            }

            @Override
            public boolean inDatabase() {
                return false;
            }
        };
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // a cursor on PostgreSQL needs a transaction
            Map<Long, StoredEvent> byQuery = inDatabase.at(connection, id, wanted);
            Map<Long, StoredEvent> byReading = readInOrder.at(connection, id, wanted);
            connection.rollback();

            assertThat(byQuery.keySet()).containsExactlyInAnyOrderElementsOf(wanted.headSet(last + 1));
            assertThat(byReading.keySet()).isEqualTo(byQuery.keySet());
            for (long sequence : byQuery.keySet()) {
                var stored = jdbc.sql("SELECT event_identifier, payload FROM domain_event_entry"
                                + " WHERE aggregate_identifier = ? AND sequence_number = ?").params(id, sequence)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).single();
                for (StoredEvent found : List.of(byQuery.get(sequence), byReading.get(sequence))) {
                    assertThat(found.sequenceNumber()).isEqualTo(sequence);
                    assertThat(found.eventId()).as("event %d", sequence).isEqualTo(stored.getKey());
                    assertThat(found.payload()).as("event %d", sequence).isEqualTo(stored.getValue());
                }
                assertThat(byReading.get(sequence).leafHash()).isEqualTo(byQuery.get(sequence).leafHash());
            }
            assertThat(inDatabase.at(connection, id, new TreeSet<>())).isEmpty();
            assertThat(readInOrder.at(connection, id, new TreeSet<>())).isEmpty();
        }
    }
}
