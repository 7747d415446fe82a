package org.partnershipledger.api.ledger;

import org.partnershipledger.core.verification.StoredEvent;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The events a partnership's ledger log hashes, read exactly as the event store holds them: from the application's
 * database when the JDBC event store keeps them ({@link StoredEvents}), from Axon Server when it does
 * ({@link AxonServerEvents}).
 */
interface LedgerEvents {

    /**
     * The partnership's events from this sequence number on, in order, read as they are consumed; on this connection
     * (and so in its transaction's snapshot) where the store is the database.
     */
    Cursor open(Connection connection, String partnershipId, long firstSequence) throws SQLException;

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
