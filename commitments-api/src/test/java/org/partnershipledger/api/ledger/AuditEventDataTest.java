package org.partnershipledger.api.ledger;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
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
 * A partnership's event payloads found by sequence number, as the audit trail asks for them: in one query where the
 * events are in the database, and by reading the partnership's events in order (as from Axon Server) — here over the
 * same stored events, so that both ways must give each event the store holds at those numbers, its identifier and
 * payload byte for byte, and nothing else.
 */
class AuditEventDataTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void payloadsAreFoundByNumberBothWaysAsStored() throws SQLException {
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
            Map<Long, LedgerEvents.Payload> byQuery = inDatabase.payloads(connection, id, wanted);
            Map<Long, LedgerEvents.Payload> byReading = readInOrder.payloads(connection, id, wanted);
            // a page of the whole trail: numbers that follow one another, read as a range
            SortedSet<Long> page = new TreeSet<>(List.of(3L, 4L, 5L, 6L));
            Map<Long, LedgerEvents.Payload> byRange = inDatabase.payloads(connection, id, page);
            assertThat(byRange).containsOnlyKeys(page);
            connection.rollback();

            assertThat(byQuery.keySet()).containsExactlyInAnyOrderElementsOf(wanted.headSet(last + 1));
            assertThat(byReading.keySet()).isEqualTo(byQuery.keySet());
            SortedSet<Long> all = new TreeSet<>(byQuery.keySet());
            all.addAll(page);
            for (long sequence : all) {
                var stored = jdbc.sql("SELECT event_identifier, payload FROM domain_event_entry"
                                + " WHERE aggregate_identifier = ? AND sequence_number = ?").params(id, sequence)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).single();
                for (Map<Long, LedgerEvents.Payload> found : List.of(byQuery, byReading, byRange)) {
                    if (found.containsKey(sequence)) {
                        assertThat(found.get(sequence).eventId()).as("event %d", sequence).isEqualTo(stored.getKey());
                        assertThat(found.get(sequence).bytes()).as("event %d", sequence)
                                .isEqualTo(stored.getValue());
                    }
                }
            }
            assertThat(inDatabase.payloads(connection, id, new TreeSet<>())).isEmpty();
            assertThat(readInOrder.payloads(connection, id, new TreeSet<>())).isEmpty();
        }
    }
}
