package org.partnershipledger.api.operations;

import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.RowSink;
import org.partnershipledger.projections.rows.TableColumns;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes a rebuild's rows on a thread of its own, through the rebuild's transaction's connection, while the rebuild
 * goes on applying events: with PostgreSQL's {@code COPY … FROM STDIN} in its binary format (the fastest way into a
 * table it offers: {@link BinaryCopy}), elsewhere with JDBC batches. The connection is used by this writer only, one
 * batch after another; {@link #finish} waits for every batch to be written and reports the first failure.
 */
final class RebuildWriter implements RowSink {

    /** How many batches may wait to be written before the rebuild waits for the writer. */
    private static final int QUEUED = 8;
    private static final Batch END = new Batch(null, null, null);

    private record Batch(ReadModelTable table, List<String> columns, List<Row> rows) {
    }

    private final CopyManager copy;
    private final JdbcTemplate connection;
    private final RowSink batches;
    /** Each table's column types, for the binary COPY. */
    private final Map<ReadModelTable, Map<String, BinaryCopy.Type>> types = new EnumMap<>(ReadModelTable.class);
    private final Handoff<Batch> queue = new Handoff<>(QUEUED, "writing the read models");
    private final Future<?> writing;
    private final CountDownLatch stopped = new CountDownLatch(1);

    RebuildWriter(Connection connection, ExecutorService thread) throws SQLException {
        this.copy = connection.isWrapperFor(PGConnection.class)
                ? connection.unwrap(PGConnection.class).getCopyAPI() : null;
        // JDBC batches on this very connection, left open (the rebuild's transaction owns it)
        this.connection = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        this.batches = RowSink.batched(this.connection);
        this.writing = thread.submit(this::drain);
        queue.helpedBy(writing);
    }

    @Override
    public void write(ReadModelTable table, List<String> columns, List<Row> rows) {
        queue.give(new Batch(table, columns, rows));
    }

    /** Whether it writes with PostgreSQL's COPY. */
    boolean copies() {
        return copy != null;
    }

    /** Waits until every batch is written; throws what made writing fail. */
    void finish() {
        queue.give(END);
        queue.awaitHelper();
    }

    /**
     * Stops writing, whatever is left, for a rebuild that failed; returns once the writer no longer uses the
     * connection (the batch being written, if any, is let finish), so the transaction can be rolled back.
     */
    void abandon() {
        writing.cancel(true);
        try {
            if (!stopped.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the read-model writer did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Void drain() throws InterruptedException {
        try {
            return writeUntilEnd();
        } finally {
            stopped.countDown();
        }
    }

    private Void writeUntilEnd() throws InterruptedException {
        while (true) {
            Batch batch = queue.take();
            if (batch == END) {
                return null;
            }
            try {
                if (copy != null) {
                    copy(batch);
                } else {
                    batches.write(batch.table(), batch.columns(), batch.rows());
                }
            } catch (SQLException | DataAccessException e) {
                throw new IllegalStateException("cannot write " + batch.rows().size() + " rows to "
                        + batch.table().tableName() + ": " + e.getMessage(), e);
            }
        }
    }

    private void copy(Batch batch) throws SQLException {
        String table = batch.table().tableName();
        BinaryCopy rows = BinaryCopy.of(table, batch.columns(), types(batch.table()), batch.rows());
        CopyIn in = copy.copyIn("COPY " + table + " (" + String.join(", ", batch.columns())
                + ") FROM STDIN WITH (FORMAT binary)");
        try {
            in.writeToCopy(rows.bytes(), 0, rows.length());
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private Map<String, BinaryCopy.Type> types(ReadModelTable table) {
        return types.computeIfAbsent(table, t -> {
            Map<String, BinaryCopy.Type> byColumn = new HashMap<>();
            TableColumns.types(JdbcClient.create(connection), t).forEach((column, type) ->
                    byColumn.put(column, BinaryCopy.Type.named(t.tableName(), column, type)));
            return byColumn;
        });
    }
}
