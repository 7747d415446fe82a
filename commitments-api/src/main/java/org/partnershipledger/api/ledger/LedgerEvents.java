package org.partnershipledger.api.ledger;

import org.partnershipledger.core.verification.StoredEvent;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;

/**
 * The events a partnership's ledger log hashes, read exactly as the event store holds them: from the application's
 * database when the JDBC event store keeps them ({@link StoredEvents}), from Axon Server when it does
 * ({@link AxonServerEvents}).
 */
interface LedgerEvents {

    /** How many events a reading of {@link #payloads} passes over before it starts again further on. */
    int SKIPPED_AT_MOST = 100;

    /**
     * The partnership's events from this sequence number on, in order, read as they are consumed; on this connection
     * (and so in its transaction's snapshot) where the store is the database.
     */
    Cursor open(Connection connection, String partnershipId, long firstSequence) throws SQLException;

    /** An event's identifier and payload, exactly as the store holds them. */
    record Payload(String eventId, byte[] bytes) {
    }

    /**
     * The payloads of these events of the partnership, by sequence number; a number at which the store holds no event
     * is left out. Read here through {@link #open}: from the first number wanted on, and again from a later one where
     * the next number wanted is more than {@value #SKIPPED_AT_MOST} events ahead.
     */
    default Map<Long, Payload> payloads(Connection connection, String partnershipId, SortedSet<Long> sequenceNumbers)
            throws SQLException {
        Map<Long, Payload> found = new HashMap<>();
        Iterator<Long> wanted = sequenceNumbers.iterator();
        long next = following(wanted);
        boolean reopen = next >= 0;
        while (reopen) {
            reopen = false;
            try (Cursor events = open(connection, partnershipId, next)) {
                StoredEvent event;
                while (next >= 0 && !reopen && (event = events.next()) != null) {
                    long at = event.sequenceNumber();
                    while (next >= 0 && next < at) {
                        next = following(wanted); // not held
                    }
                    if (next == at) {
                        found.put(at, new Payload(event.eventId(), event.payload()));
                        next = following(wanted);
                    }
                    reopen = next - at > SKIPPED_AT_MOST;
                }
            }
        }
        return found;
    }

    private static long following(Iterator<Long> sequenceNumbers) {
        return sequenceNumbers.hasNext() ? sequenceNumbers.next() : -1;
    }

    /**
     * Whether the events are in the application's database, written in the transaction that logs them. Otherwise
     * the log follows the store a moment behind, and events appended while a verification reads are not yet logged.
     */
    boolean inDatabase();

    /** Events read one at a time. */
    interface Cursor extends AutoCloseable {

        /** The next event, or null once past the last. */
        StoredEvent next() throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
