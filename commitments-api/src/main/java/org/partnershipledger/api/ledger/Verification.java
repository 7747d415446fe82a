package org.partnershipledger.api.ledger;

import org.partnershipledger.core.verification.Checkpoint;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.partnershipledger.core.verification.MerkleTree;
import org.partnershipledger.core.verification.StoredEvent;
import org.partnershipledger.api.web.LedgerQueries;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes every leaf of a partnership's log from the event store and compares them with the log, and the log
 * with its latest signed checkpoint. Reports the first event altered, removed, inserted or reordered (by position
 * and event id), or a log that no longer matches what was signed — or success, with counts and time taken.
 */
@Component
public class Verification {

    private final JdbcTemplate jdbc;
    private final LedgerQueries queries;
    private final Checkpoints checkpoints;
    private final LedgerLog log;
    private final LedgerEvents events;
    private final TransactionTemplate transaction;

    Verification(JdbcTemplate jdbc, LedgerQueries queries, Checkpoints checkpoints, LedgerLog log,
                 LedgerEvents events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.checkpoints = checkpoints;
        this.log = log;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What verification found: {@code problem} is absent when everything verified. */
    public record Report(String partnershipId, boolean verified, long events, long leaves, Long checkpointSize,
                         Problem problem, long tookMillis) {
    }

    /**
     * The first thing found wrong.
     *
     * @param kind     {@code altered}, {@code removed}, {@code inserted}, {@code reordered}, {@code log-rewritten},
     *                 {@code log-truncated} or {@code checkpoint-invalid}
     * @param position the position in the partnership's ledger (its sequence number)
     * @param eventId  the event concerned, where one is
     */
    public record Problem(String kind, long position, String eventId, String detail) {
    }

    /**
     * Verifies the partnership's ledger in one snapshot of the store (events appended meanwhile are neither seen
     * half nor mistaken for insertions). Events and leaves are read side by side, a thousand rows at a time, so the
     * memory it takes does not grow with the events' size: only the leaf hashes a checkpoint signed are kept.
     *
     * <p>With the events in Axon Server, outside that snapshot, the log is first brought up to the events stored
     * (as the {@link LedgerFeed} would, a moment later), and the events are compared up to the log's size as the
     * snapshot has it: those appended since are the next verification's.
     */
    public Report verify(String partnershipId) {
        long started = System.nanoTime();
        if (!events.inDatabase()) {
            logStoredEvents(partnershipId);
        }
        return queries.inOneSnapshot(() -> jdbc.execute((ConnectionCallback<Report>) connection -> {
            Optional<String> note = checkpoints.latest(partnershipId);
            Long checkpointSize = note.map(Verification::signedSize).orElse(null);
            long until = events.inDatabase() ? Long.MAX_VALUE : log.size(partnershipId);
            try (LedgerEvents.Cursor stored = events.open(connection, partnershipId, 0);
                 ResultSet logged = LedgerLog.cursor(connection, partnershipId)) {
                Walk walk = new Walk(connection, partnershipId, checkpointSize == null ? 0 : checkpointSize);
                walk.through(stored, until, logged);
                Problem problem = Optional.ofNullable(walk.problem)
                        .or(() -> note.flatMap(n -> againstCheckpoint(n, walk.leaves, walk.signed)))
                        .orElse(null);
                return new Report(partnershipId, problem == null, walk.events, walk.leaves, checkpointSize, problem,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }));
    }

    /** Logs the partnership's stored events that the log has not reached yet; another node may be doing the same. */
    private void logStoredEvents(String partnershipId) {
        try {
            log.extendFully(partnershipId, transaction);
        } catch (DataIntegrityViolationException loggedMeanwhile) {
            // the feed logged them at the same moment: the log has them either way
        }
    }

    private static Long signedSize(String note) {
        try {
            return Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1)).treeSize();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** One pass over the events and the leaves in order, position by position, noting the first difference. */
    private static final class Walk {

        private final Connection connection;
        private final String partnershipId;
        private final long signedSize;
        private final List<byte[]> signed = new ArrayList<>();
        private long events;
        private long leaves;
        private Problem problem;

        Walk(Connection connection, String partnershipId, long signedSize) {
            this.connection = connection;
            this.partnershipId = partnershipId;
            this.signedSize = signedSize;
        }

        /** Walks the events before position {@code until} and every leaf. */
        void through(LedgerEvents.Cursor stored, long until, ResultSet leafRows) throws SQLException {
            StoredEvent event = next(stored, until);
            LedgerLog.Leaf leaf = leafRows.next() ? LedgerLog.leaf(leafRows) : null;
            for (long p = 0; event != null || leaf != null; p++) {
                StoredEvent here = event != null && event.sequenceNumber() == p ? event : null;
                if (problem == null) {
                    problem = compare(p, here, leaf);
                }
                if (leaf != null) {
                    if (leaves < signedSize) {
                        signed.add(leaf.hash());
                    }
                    leaves++;
                    leaf = leafRows.next() ? LedgerLog.leaf(leafRows) : null;
                }
                if (here != null) {
                    events++;
                    event = next(stored, until);
                }
            }
        }

        private static StoredEvent next(LedgerEvents.Cursor stored, long until) throws SQLException {
            StoredEvent event = stored.next();
            return event == null || event.sequenceNumber() >= until ? null : event;
        }

        /** What is wrong at position p, where the store has the event (or nothing) and the log the leaf. */
        private Problem compare(long p, StoredEvent event, LedgerLog.Leaf leaf) throws SQLException {
            if (leaf == null) {
                return event == null ? null : new Problem("inserted", p, event.eventId(),
                        "an event is in the store that the ledger never logged");
            }
            if (event == null) {
                return new Problem("removed", p, leaf.eventId(), "the logged event is no longer in the store");
            }
            if (!event.eventId().equals(leaf.eventId())) {
                Optional<Long> logged = LedgerLog.positionOf(connection, partnershipId, event.eventId());
                return logged.isPresent()
                        ? new Problem("reordered", p, event.eventId(), "this event was logged at position "
                        + logged.get())
                        : new Problem("inserted", p, event.eventId(),
                        "an event the ledger never logged stands where " + leaf.eventId() + " was");
            }
            if (!Arrays.equals(event.leafHash(), leaf.hash())) {
                return new Problem("altered", p, event.eventId(), "the stored event no longer hashes to its logged leaf");
            }
            return null;
        }
    }

    private Optional<Problem> againstCheckpoint(String note, long leaves, List<byte[]> signed) {
        Checkpoint checkpoint;
        try {
            checkpoint = CheckpointSigner.verify(note, checkpoints.verifierKey());
        } catch (IllegalArgumentException invalid) {
            return Optional.of(new Problem("checkpoint-invalid", -1, null, invalid.getMessage()));
        }
        if (leaves < checkpoint.treeSize()) {
            return Optional.of(new Problem("log-truncated", leaves, null,
                    "the log has " + leaves + " leaves; " + checkpoint.treeSize() + " were signed"));
        }
        if (!Arrays.equals(MerkleTree.root(signed), checkpoint.rootHash())) {
            return Optional.of(new Problem("log-rewritten", checkpoint.treeSize(), null,
                    "the first " + checkpoint.treeSize() + " leaves no longer hash to the signed root"));
        }
        return Optional.empty();
    }
}
