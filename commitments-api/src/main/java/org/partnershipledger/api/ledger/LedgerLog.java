package org.partnershipledger.api.ledger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Each partnership's Merkle log, kept in {@code ledger_leaf}: one leaf per event, in order. Leaves are written in
 * the very transaction that appends the events, right after them, from the events' stored bytes — so a leaf always
 * hashes exactly what is stored, and an event that reaches the store by any other way has no leaf.
 */
@Component
public class LedgerLog {

    private final JdbcClient jdbc;
    private final StoredEvents events;

    LedgerLog(JdbcClient jdbc, StoredEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Adds the leaves of a partnership's events appended since its last leaf. */
    void extend(String partnershipId) {
        long next = size(partnershipId);
        for (StoredEvent event : events.from(partnershipId, next)) {
            jdbc.sql("INSERT INTO ledger_leaf (partnership_id, leaf_index, event_id, leaf_hash) VALUES (?, ?, ?, ?)")
                    .params(partnershipId, event.sequenceNumber(), event.eventId(),
                            HexFormat.of().formatHex(event.leafHash()))
                    .update();
        }
    }

    /**
     * The last leaf index of a partnership: the first row in descending primary-key order. The ORDER BY names both
     * key columns: H2 walks the index backwards only then, and otherwise reads and sorts every leaf of the
     * partnership (as it does for {@code MAX(leaf_index)}) — on every command, so commands on one partnership slowed
     * as it grew (measured by the benchmark suite; {@code IndexedLookupsTest} checks the plan on both databases).
     */
    public static final String LAST_LEAF = "SELECT leaf_index FROM ledger_leaf WHERE partnership_id = ?"
            + " ORDER BY partnership_id DESC, leaf_index DESC FETCH FIRST 1 ROWS ONLY";

    /** How many leaves the log has (leaves are numbered from 0 without gaps, so: the last index + 1). */
    public long size(String partnershipId) {
        return jdbc.sql(LAST_LEAF).param(partnershipId).query(Long.class).optional().map(last -> last + 1).orElse(0L);
    }

    /** The leaf hashes of a partnership's log, in order. */
    public List<byte[]> leaves(String partnershipId) {
        return jdbc.sql("SELECT leaf_hash FROM ledger_leaf WHERE partnership_id = ? ORDER BY leaf_index")
                .param(partnershipId)
                .query((rs, row) -> HexFormat.of().parseHex(rs.getString(1)))
                .list();
    }

    record Leaf(long index, String eventId, byte[] hash) {
    }

    /** The partnership's leaves in order, read a thousand at a time as they are consumed. */
    static ResultSet cursor(Connection connection, String partnershipId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT leaf_index, event_id, leaf_hash"
                + " FROM ledger_leaf WHERE partnership_id = ? ORDER BY leaf_index");
        statement.setFetchSize(1000);
        statement.setString(1, partnershipId);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }

    static Leaf leaf(ResultSet rs) throws SQLException {
        return new Leaf(rs.getLong(1), rs.getString(2), HexFormat.of().parseHex(rs.getString(3)));
    }

    /** Where the log holds the event, if it does. */
    static Optional<Long> positionOf(Connection connection, String partnershipId, String eventId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT leaf_index FROM ledger_leaf WHERE partnership_id = ? AND event_id = ?")) {
            statement.setString(1, partnershipId);
            statement.setString(2, eventId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Extends the log of the command's partnership when the command's unit of work commits, after its events. */
    MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            String partnershipId = partnershipOf(unitOfWork.getMessage().getPayload());
            if (partnershipId != null) {
                unitOfWork.onPrepareCommit(u -> extend(partnershipId));
            }
            return result;
        };
    }

    private static String partnershipOf(Object command) {
        if (!command.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals("partnershipId")) {
                try {
                    Object id = component.getAccessor().invoke(command);
                    return id == null ? null : id.toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
