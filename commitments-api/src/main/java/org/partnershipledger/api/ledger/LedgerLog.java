package org.partnershipledger.api.ledger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.partnershipledger.core.verification.StoredEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each partnership's Merkle log, kept in {@code ledger_leaf}: one leaf per event, in order, always made from the
 * event as the store holds it ({@link LedgerEvents}). With the JDBC event store, leaves are written in the very
 * transaction that appends the events, right after them — so an event that reaches the store by any other way has
 * no leaf. With Axon Server holding the events, they are written a moment after, as the events are read back from
 * Axon Server ({@link LedgerFeed}).
 */
@Component
public class LedgerLog {

    /** Leaves inserted at a time when a log is extended by many. */
    private static final int INSERTED_TOGETHER = 500;
    /** Leaves added in one transaction when a log follows the events (in Axon Server) from outside their transaction. */
    static final long EXTENDED_TOGETHER = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate connection;
    private final LedgerEvents events;

    LedgerLog(JdbcClient jdbc, JdbcTemplate connection, LedgerEvents events) {
        this.jdbc = jdbc;
        this.connection = connection;
        this.events = events;
    }

    /**
     * Adds the leaves of a partnership's events stored since its last leaf, in the current transaction; answers
     * how many. The events are read as they are hashed, so a long history (a log first made for an existing store)
     * is never held in memory whole.
     */
    long extend(String partnershipId) {
        return extend(partnershipId, Long.MAX_VALUE);
    }

    /** As {@link #extend(String)}, adding at most this many leaves. */
    long extend(String partnershipId, long most) {
        return extend(partnershipId, size(partnershipId), most);
    }

    /** Adds at most this many leaves, from the log's size as just read. */
    private long extend(String partnershipId, long next, long most) {
        return Objects.requireNonNull(connection.execute((ConnectionCallback<Long>) c -> {
            long added = 0;
            try (LedgerEvents.Cursor stored = events.open(c, partnershipId, next);
                 PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_leaf (partnership_id, leaf_index,"
                         + " event_id, leaf_hash) VALUES (?, ?, ?, ?)")) {
                StoredEvent event;
                while (added < most && (event = stored.next()) != null) {
                    insert.setString(1, partnershipId);
                    insert.setLong(2, event.sequenceNumber());
                    insert.setString(3, event.eventId());
                    insert.setString(4, HexFormat.of().formatHex(event.leafHash()));
                    insert.addBatch();
                    if (++added % INSERTED_TOGETHER == 0) {
                        insert.executeBatch();
                    }
                }
                if (added % INSERTED_TOGETHER != 0) {
                    insert.executeBatch();
                }
            }
            return added;
        }));
    }

    /**
     * Adds the leaves of a partnership's events stored since its last leaf — at most {@link #EXTENDED_TOGETHER} —
     * unless the log holds the event at this sequence number already: for a feed of events that arrive after they
     * are stored, each of which may find its leaf made by an earlier one. Bounded, so that the first run over a
     * long history logs it in many short transactions rather than one long one: the feed's later events of the
     * partnership log the rest, as each finds its own event not yet logged.
     */
    void extendTo(String partnershipId, long sequenceNumber) {
        long size = size(partnershipId);
        if (size <= sequenceNumber) {
            extend(partnershipId, size, EXTENDED_TOGETHER);
        }
    }

    /**
     * Adds the leaves of every event of the partnership stored since its last leaf, {@link #EXTENDED_TOGETHER} at a
     * time, each in a transaction of its own.
     */
    void extendFully(String partnershipId, TransactionTemplate transaction) {
        Long added;
        do {
            added = transaction.execute(status -> extend(partnershipId, EXTENDED_TOGETHER));
        } while (added != null && added == EXTENDED_TOGETHER);
    }

    /** What {@link #alignWithStoredEvents} changed in one partnership's log. */
    public record Aligned(String partnershipId, long leavesRemoved, long leavesAdded) {
    }

    /**
     * Brings each partnership's log back to its stored events after a crash that may have kept part of a command's
     * transaction ({@link org.partnershipledger.api.operations.UncleanShutdown}): leaves past the partnership's last
     * stored event are removed — their events were never stored, so the command was never acknowledged — and stored
     * events past the last leaf get theirs, as the next command would add them. Left as it was, a leaf without its
     * event would stand in the place of the partnership's next event, which would then never get a leaf of its own,
     * and every later verification would fail there. Answers the partnerships whose log changed.
     *
     * <p>With the events in Axon Server there is nothing to align, and nothing is done: a leaf is made only after its
     * event is stored, never in the same transaction, and a leaf the crash did not keep is made again by the feed's
     * next event of that partnership, or by its next verification.
     */
    public List<Aligned> alignWithStoredEvents() {
        if (!events.inDatabase()) {
            return List.of();
        }
        Map<String, Long> lastEvents = last("SELECT aggregate_identifier, MAX(sequence_number) FROM domain_event_entry"
                + " GROUP BY aggregate_identifier");
        Map<String, Long> lastLeaves = last("SELECT partnership_id, MAX(leaf_index) FROM ledger_leaf"
                + " GROUP BY partnership_id");
        List<Aligned> changed = new ArrayList<>();
        for (Map.Entry<String, Long> event : lastEvents.entrySet()) {
            if (lastLeaves.getOrDefault(event.getKey(), -1L).longValue() != event.getValue()) {
                changed.add(align(event.getKey(), event.getValue()));
            }
        }
        for (Map.Entry<String, Long> leaf : lastLeaves.entrySet()) {
            if (!lastEvents.containsKey(leaf.getKey())) {
                changed.add(align(leaf.getKey(), -1));
            }
        }
        return changed;
    }

    /** Removes the partnership's leaves past its last stored event ({@code -1}: none), and adds those missing. */
    private Aligned align(String partnershipId, long lastEvent) {
        long removed = jdbc.sql("DELETE FROM ledger_leaf WHERE partnership_id = ? AND leaf_index > ?")
                .params(partnershipId, lastEvent).update();
        long before = size(partnershipId);
        extend(partnershipId);
        return new Aligned(partnershipId, removed, size(partnershipId) - before);
    }

    private Map<String, Long> last(String sql) {
        Map<String, Long> last = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            last.put(rs.getString(1), rs.getLong(2));
        });
        return last;
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
