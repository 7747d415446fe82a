package org.partnershipledger.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.api.web.Refused;
import org.partnershipledger.projections.Ledger;
import org.partnershipledger.projections.ReadModels;
import org.partnershipledger.projections.rows.MemoryRows;
import org.partnershipledger.projections.rows.Rows;
import org.partnershipledger.projections.rows.ReadModelTable.ReadModel;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds of read models from the event store, one at a time, while the service goes on answering.
 *
 * <p>The read-model processor is paused and its segments claimed here, so no node applies events meanwhile; the
 * events it had applied (exactly those its tokens cover) are folded in memory by the same projectors, and the rows
 * they make are compared with the rows the tables hold: only rows that differ are written, and stored rows that no
 * rebuilt row matched are deleted, in batches, in one transaction ({@link RebuildWriter}). Asked to rewrite, it
 * empties the tables first and writes every row instead. Readers go on seeing the previous content until that
 * transaction commits, and then the rebuilt one — never a half-built read model. The processor then carries on from
 * where it was paused, so the read models stay at one consistent version. A rebuild that fails changes nothing.
 *
 * <p>Progress — events applied of the events to apply, rate, time left — is answered over the API and logged every
 * two seconds while it runs.
 */
@Component
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    /**
     * Rows of a table handed to the writer at a time. Small enough that a batch's rows are compared while most of
     * them are still in the processor's shared cache: a quarter of the thousand it was took a tenth off the writer's
     * CPU, with the same rate when every row is written.
     */
    private static final int BATCH = 250;
    private static final int CLAIM_EVERY = 5000;
    /** How many events may be read ahead of those applied. */
    private static final int AHEAD = 5000;
    /**
     * Events are handed from the reading thread to the applying one this many at a time: handed one by one, each
     * woke the reading thread, waiting for room, again (2–4 % of the applying thread went on the signalling).
     */
    private static final int CHUNK = 250;
    private static final List<TrackedEventMessage<?>> END = Collections.unmodifiableList(new ArrayList<>());

    private final ReadModelProcessor processor;
    private final EventHistory history;
    private final TokenStore tokens;
    private final DeadLetters deadLetters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final ExecutorService worker = daemon("rebuild-apply");
    private final ExecutorService reader = daemon("rebuild-read");
    private final ExecutorService writing = daemon("rebuild-write");
    private final ExecutorService storedReading = daemon("rebuild-stored");
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong storedRowsRead = new AtomicLong();
    private volatile Run run;
    private volatile Instant lastLogged = Instant.EPOCH;

    Rebuilds(ReadModelProcessor processor, ObjectProvider<EventHistory> history, EventStore events, TokenStore tokens,
             DeadLetters deadLetters, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.processor = processor;
        this.history = history.getIfAvailable(() -> EventHistory.streamedBy(events));
        this.tokens = tokens;
        this.deadLetters = deadLetters;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Where a rebuild stands. {@code state} is IDLE (none yet), RUNNING, DONE or FAILED (then {@code failure} says
     * why, and the read models are as they were). While running, {@code eventsTotal} is the position in the event
     * store up to which events are applied and {@code eventsApplied} the position reached. {@code rewrite} says
     * whether every row was written again rather than compared; {@code storedRowsRead}, how many of the rows the
     * tables held have been read to compare with (all of them are, before the first comparison, while events are
     * applied). Once done, {@code rows} says how many rows were found as the events make them, written, and deleted.
     * {@code reason} says why it ran: {@value #ASKED}, or {@value #UNCLEAN_SHUTDOWN} (see {@link UncleanShutdown}).
     */
    public record Progress(String state, List<String> readModels, boolean rewrite, long eventsApplied,
                           long eventsTotal, double eventsPerSecond, Long secondsLeft, long storedRowsRead,
                           Instant startedAt, Instant finishedAt, RowsChanged rows, String failure, String reason) {
    }

    /** The reason of a rebuild asked for over the API. */
    public static final String ASKED = "asked";
    /** The reason of the rebuild at start after the embedded store was left open. */
    public static final String UNCLEAN_SHUTDOWN = "the embedded store was not closed in order";

    /**
     * What a rebuild changed in the read models' tables. {@code unchanged}: rows that were already as the events make
     * them; {@code written}: rows inserted (missing or different ones, or every one in a rewrite); {@code deleted}:
     * rows removed (different or extra ones, or every one in a rewrite). Read models that were right change nothing.
     */
    public record RowsChanged(long unchanged, long written, long deleted) {
    }

    private record Run(Set<ReadModel> readModels, boolean rewrite, String reason, Instant startedAt, long total,
                       Instant finishedAt, RowsChanged rows, String failure) {

        Run finished(RowsChanged rows, String failure) {
            return new Run(readModels, rewrite, reason, startedAt, total, Instant.now(), rows, failure);
        }

        Run withTotal(long total) {
            return new Run(readModels, rewrite, reason, startedAt, total, finishedAt, rows, failure);
        }
    }

    /** A thread of its own, named short enough for the operating system to show it whole (15 characters). */
    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts rebuilding the read models named — comparing their rows with those stored, or, asked to rewrite,
     * writing every row again — unless a rebuild is running: then answers how that one stands.
     */
    public synchronized Progress start(Set<ReadModel> readModels, boolean rewrite) {
        if (running()) {
            return progress();
        }
        refuseWhileParked();
        begin(readModels, rewrite, ASKED);
        worker.submit(() -> rebuild(true));
        return progress();
    }

    /**
     * Rewrites every read model from the events its tokens cover, and answers once done — for the start of the
     * service, while the read-model processor has not started (it is neither paused nor started again here). Refused
     * while events are parked, as a rebuild asked for is: they would fail again, and the rebuild with them.
     */
    public Progress rewriteBeforeProcessing(String reason) throws InterruptedException {
        Future<?> rebuilt;
        synchronized (this) {
            if (running()) {
                throw new IllegalStateException("a rebuild is running already");
            }
            refuseWhileParked();
            begin(EnumSet.allOf(ReadModel.class), true, reason);
            rebuilt = worker.submit(() -> rebuild(false));
        }
        while (true) {
            try {
                rebuilt.get(2, TimeUnit.SECONDS);
                return progress();
            } catch (TimeoutException running) {
                logProgress(); // the scheduler that logs progress may not have started yet
            } catch (ExecutionException e) {
                throw new IllegalStateException("the rebuild could not run: " + e.getCause(), e.getCause());
            }
        }
    }

    private void refuseWhileParked() {
        List<DeadLetters.Parked> parked = deadLetters.parked();
        if (!parked.isEmpty()) {
            throw new Refused(HttpStatus.CONFLICT, "Events are parked", "read-models.events-parked",
                    parked.size() + " partnership(s) have events the read models could not apply (see "
                            + "/api/read-models/dead-letters); retry them before rebuilding");
        }
    }

    private void begin(Set<ReadModel> readModels, boolean rewrite, String reason) {
        applied.set(0);
        storedRowsRead.set(0);
        run = new Run(Set.copyOf(readModels), rewrite, reason, Instant.now(), 0, null, null, null);
    }

    public boolean running() {
        Run now = run;
        return now != null && now.finishedAt() == null;
    }

    public Progress progress() {
        Run now = run;
        if (now == null) {
            return new Progress("IDLE", List.of(), false, 0, 0, 0, null, 0, null, null, null, null, null);
        }
        long done = Math.min(now.total(), applied.get());
        Instant until = now.finishedAt() == null ? Instant.now() : now.finishedAt();
        double seconds = Math.max(0.001, Duration.between(now.startedAt(), until).toMillis() / 1000.0);
        double rate = done / seconds;
        String state = now.finishedAt() == null ? "RUNNING" : now.failure() == null ? "DONE" : "FAILED";
        Long left = now.finishedAt() != null ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf(Math.round((now.total() - done) / rate)) : null;
        List<String> names = now.readModels().stream().sorted().map(ReadModel::publicName).toList();
        return new Progress(state, names, now.rewrite(), done, now.total(), Math.round(rate * 10) / 10.0, left,
                storedRowsRead.get(), now.startedAt(), now.finishedAt(), now.rows(), now.failure(), now.reason());
    }

    /** Logs progress every two seconds while a rebuild runs. */
    @Scheduled(fixedDelay = 250)
    void watch() {
        logProgress();
    }

    private void logProgress() {
        Progress now = progress();
        if ("RUNNING".equals(now.state()) && Instant.now().isAfter(lastLogged.plusSeconds(2))) {
            lastLogged = Instant.now();
            LOG.info("read-model rebuild of {}: {} of {} events, {} events/s, about {} s left", now.readModels(),
                    now.eventsApplied(), now.eventsTotal(), now.eventsPerSecond(), now.secondsLeft());
        }
    }

    /** Runs the rebuild begun; pausing the read-model processor meanwhile, unless it has not started yet. */
    private void rebuild(boolean pauseProcessor) {
        Map<Segment, TrackingToken> claimed = Map.of();
        try {
            if (pauseProcessor) {
                processor.stop();
            }
            claimed = claim();
            long until = claimed.values().stream().filter(Objects::nonNull)
                    .mapToLong(t -> t.position().orElse(0)).max().orElse(-1);
            run = run.withTotal(Math.max(0, until));
            LOG.info("read-model rebuild of {} started ({}{}): events up to position {}", progress().readModels(),
                    run.reason(), run.rewrite() ? ", every row written again" : "", until);
            Map<Segment, TrackingToken> applying = claimed;
            RowsChanged rows = transaction.execute(status -> fold(run.readModels(), run.rewrite(), applying, until));
            run = run.finished(rows, null);
            LOG.info("read-model rebuild of {} done: {} events in {}; rows unchanged {}, written {}, deleted {}",
                    progress().readModels(), applied.get(), Duration.between(run.startedAt(), run.finishedAt()),
                    rows.unchanged(), rows.written(), rows.deleted());
        } catch (RuntimeException e) {
            LOG.error("read-model rebuild failed; the read models are as they were", e);
            run = run.finished(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            release(claimed.keySet());
            if (pauseProcessor) {
                processor.start();
            }
        }
    }

    /** Claims every segment of the read-model processor, so that no node applies events during the rebuild. */
    private Map<Segment, TrackingToken> claim() {
        return separately.execute(status -> {
            Map<Segment, TrackingToken> claimed = new LinkedHashMap<>();
            try {
                for (Segment segment : Segment.computeSegments(tokens.fetchSegments(Ledger.PROCESSING_GROUP))) {
                    claimed.put(segment, tokens.fetchToken(Ledger.PROCESSING_GROUP, segment.getSegmentId()));
                }
            } catch (UnableToClaimTokenException e) {
                throw new IllegalStateException("another node is applying events to the read models; start the"
                        + " rebuild there, or stop that node first", e);
            }
            return claimed;
        });
    }

    private void extendClaims(Set<Segment> segments) {
        separately.executeWithoutResult(status -> segments.forEach(
                s -> tokens.extendClaim(Ledger.PROCESSING_GROUP, s.getSegmentId())));
    }

    private void release(Set<Segment> segments) {
        try {
            separately.executeWithoutResult(status -> segments.forEach(
                    s -> tokens.releaseClaim(Ledger.PROCESSING_GROUP, s.getSegmentId())));
        } catch (RuntimeException e) {
            LOG.warn("could not release the read-model processor's claims; they time out by themselves", e);
        }
    }

    /**
     * Applies every event the processor had applied, and brings the read models' tables to the rows they make —
     * emptying them first for a rewrite. Three threads overlap: one reads and deserializes events a few thousand
     * ahead, this one applies them to rows in memory, and one compares and writes the rows in batches through this
     * transaction's connection ({@link RebuildWriter}: COPY on PostgreSQL) — reading and writing wait on the
     * database, and no longer one after the other. The stored rows the writer compares with are read, before the
     * first comparison, by the writer and a fourth thread with a connection of its own ({@link StoredRows}).
     */
    private RowsChanged fold(Set<ReadModel> readModels, boolean rewrite, Map<Segment, TrackingToken> claimed,
                             long until) {
        List<ReadModelTable> tables = ReadModelTable.of(readModels);
        long emptied = 0;
        if (rewrite) {
            for (ReadModelTable table : tables) {
                emptied += jdbc.update("DELETE FROM " + table.tableName());
            }
        }
        DataSource database = Objects.requireNonNull(jdbc.getDataSource());
        Connection connection = DataSourceUtils.getConnection(database);
        RebuildWriter writer;
        try {
            writer = new RebuildWriter(connection, writing, rewrite ? List.of() : tables, storedRowsRead,
                    new StoredRows.Helper(storedReading, database));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, database);
            throw new IllegalStateException("cannot write the read models: " + e.getMessage(), e);
        }
        try {
            MemoryRows rows = MemoryRows.streamingTo(writer, BATCH);
            ReadModels.Projectors projectors = ReadModels.projectors(rows, readModels);
            if (until >= 0) {
                applyEvents(rows, projectors, claimed, until);
            }
            rows.writeTo(writer);
            RebuildWriter.Written written = writer.finish();
            return new RowsChanged(written.unchanged(), written.inserted(), emptied + written.deleted());
        } catch (RuntimeException e) {
            writer.abandon();
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, database);
        }
    }

    private void applyEvents(Rows rows, ReadModels.Projectors projectors, Map<Segment, TrackingToken> claimed,
                             long until) {
        Handoff<List<TrackedEventMessage<?>>> ahead = new Handoff<>(AHEAD / CHUNK, "reading the events");
        Future<?> reading = reader.submit(() -> read(claimed, until, ahead));
        ahead.helpedBy(reading);
        try {
            while (true) {
                List<TrackedEventMessage<?>> next = ahead.receive();
                if (next == END) {
                    break;
                }
                for (TrackedEventMessage<?> event : next) {
                    long position = event.trackingToken().position().orElse(0);
                    apply(rows, projectors, event, position);
                    applied.set(position);
                }
            }
            applied.set(until);
        } finally {
            reading.cancel(true);
        }
    }

    /**
     * Reads the events up to the position into the queue, {@link #CHUNK} at a time, deserialized (their times parsed
     * too: the applying thread is the busier one), skipping those the processor had not applied; keeps the claims on
     * the processor's segments meanwhile; ends with {@link #END}.
     */
    private Void read(Map<Segment, TrackingToken> claimed, long until, Handoff<List<TrackedEventMessage<?>>> ahead)
            throws InterruptedException {
        long[] seen = {0};
        Chunks chunks = new Chunks(ahead);
        history.read(until, event -> {
            long position = event.trackingToken().position().orElse(0);
            if (applied(claimed, event)) {
                try {
                    event.getPayload();
                    event.getMetaData();
                    event.getTimestamp();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("cannot read the event at position " + position + " ("
                            + event.getIdentifier() + "): " + e.getMessage(), e);
                }
                chunks.add(event);
            }
            if (++seen[0] % CLAIM_EVERY == 0) {
                extendClaims(claimed.keySet());
            }
        });
        chunks.handOverRest();
        ahead.put(END);
        return null;
    }

    /** Gathers events read into chunks of {@link #CHUNK}, handing each over once full. */
    private static final class Chunks {

        private final Handoff<List<TrackedEventMessage<?>>> ahead;
        private List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);

        Chunks(Handoff<List<TrackedEventMessage<?>>> ahead) {
            this.ahead = ahead;
        }

        void add(TrackedEventMessage<?> event) throws InterruptedException {
            chunk.add(event);
            if (chunk.size() == CHUNK) {
                handOverRest();
            }
        }

        void handOverRest() throws InterruptedException {
            if (!chunk.isEmpty()) {
                ahead.put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
    }

    /**
     * Whether the processor had applied the event: its position is one its segment's token has passed, and not one
     * of the token's gaps (positions passed before their events were committed, to be applied when they are). Asked
     * of a gap-aware token, {@link TrackingToken#covers} also requires the event's own token to list the processor's
     * earlier gaps, which an event read after those gaps were filled does not: it would say an applied event was
     * not, and the rebuild would leave it out.
     */
    static boolean applied(Map<Segment, TrackingToken> claimed, TrackedEventMessage<?> event) {
        Object sequence = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        int hash = Objects.hashCode(sequence == null ? event.getIdentifier() : sequence);
        for (Map.Entry<Segment, TrackingToken> segment : claimed.entrySet()) {
            if (segment.getKey().matches(hash)) {
                TrackingToken token = segment.getValue();
                if (token instanceof GapAwareTrackingToken passed && event.trackingToken().position().isPresent()) {
                    long position = event.trackingToken().position().getAsLong();
                    return position <= passed.getIndex() && !passed.getGaps().contains(position);
                }
                return token != null && token.covers(event.trackingToken());
            }
        }
        return false;
    }

    private static void apply(Rows rows, ReadModels.Projectors projectors,
                              TrackedEventMessage<?> event, long position) {
        try {
            ReadModels.apply(rows, projectors, event);
        } catch (Exception e) {
            throw new IllegalStateException("cannot apply the event at position " + position + " ("
                    + event.getPayloadType().getSimpleName() + " " + event.getIdentifier() + "): " + e.getMessage(), e);
        }
    }
}
