package org.partnershipledger.api.operations;

import org.partnershipledger.projections.rows.JdbcRows;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.RowSink;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a rebuild's rows on a thread of its own, through the rebuild's transaction's connection, while the rebuild
 * goes on applying events. Unless the tables were emptied first, it compares each rebuilt row with the rows the
 * tables held ({@link StoredRows}, read first, on this thread) and writes only those that differ; at the end it
 * deletes the stored rows no rebuilt row matched. Rows are inserted with PostgreSQL's {@code COPY … FROM STDIN} in
 * its binary format (the fastest way into a table it offers: {@link BinaryCopy}), elsewhere with JDBC batches;
 * deletes by key go in JDBC batches. The connection is used by this writer only, one batch after another;
 * {@link #finish} waits for every batch to be written and reports the first failure.
 */
final class RebuildWriter implements RowSink {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildWriter.class);

    /** How many batches may wait to be written before the rebuild waits for the writer. */
    private static final int QUEUED = 8;
    private static final Batch END = new Batch(null, null, null);

    private record Batch(ReadModelTable table, List<String> columns, List<Row> rows) {
    }

    /** What a rebuild changed in the tables: rows found as they were, rows written, rows deleted. */
    record Written(long unchanged, long inserted, long deleted) {
    }

    private final CopyManager copy;
    private final JdbcTemplate connection;
    private final Collection<ReadModelTable> compared;
    private final AtomicLong storedRowsRead;
    private final StoredRows.Helper helper;
    private StoredRows stored = StoredRows.none();
    private long inserted;
    private long deleted;
    private final RowSink batches;
    /** Each table's column types, for the binary COPY. */
    private final Map<ReadModelTable, Map<String, BinaryCopy.Type>> types = new EnumMap<>(ReadModelTable.class);
    private final Handoff<Batch> queue = new Handoff<>(QUEUED, "writing the read models");
    private final Future<?> writing;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * A writer that compares the rebuilt rows of these tables with the rows they hold, counting the stored rows as
     * it reads them (with the helper, if any, reading some of the tables alongside); with no tables, a writer that
     * inserts every row (into tables emptied first).
     */
    RebuildWriter(Connection connection, ExecutorService thread, Collection<ReadModelTable> compared,
                  AtomicLong storedRowsRead, StoredRows.Helper helper) throws SQLException {
        this.compared = List.copyOf(compared);
        this.storedRowsRead = storedRowsRead;
        this.helper = helper;
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

    /**
     * Waits until every batch is written and the stored rows no rebuilt row matched are deleted; answers what
     * changed, or throws what made writing fail.
     */
    Written finish() {
        queue.give(END);
        queue.awaitHelper();
        return new Written(stored.unchanged(), inserted, deleted);
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
        if (!compared.isEmpty()) {
            stored = read(compared);
        }
        while (true) {
            Batch batch = queue.take();
            if (batch == END) {
                deleteUnmatched();
                return null;
            }
            write(batch);
        }
    }

    /** Compares the batch's rows with those stored, deletes what they replace and inserts what differs. */
    private void write(Batch batch) {
        StoredRows.Changes changes = stored.compare(connection, batch.table(), batch.columns(), batch.rows());
        delete(batch.table(), changes.deleteKeys());
        if (changes.inserts().isEmpty()) {
            return;
        }
        try {
            if (copy != null) {
                copy(batch.table(), batch.columns(), changes.inserts());
            } else {
                batches.write(batch.table(), batch.columns(), changes.inserts());
            }
            inserted += changes.inserts().size();
        } catch (SQLException | DataAccessException e) {
            throw new IllegalStateException("cannot write " + changes.inserts().size() + " rows to "
                    + batch.table().tableName() + ": " + e.getMessage(), e);
        }
    }

    private StoredRows read(Collection<ReadModelTable> tables) {
        try {
            long start = System.nanoTime();
            StoredRows read = StoredRows.read(connection, tables, storedRowsRead, helper);
            LOG.info("read-model rebuild: {} stored rows of {} tables read to compare with in {} ms", read.size(),
                    tables.size(), (System.nanoTime() - start) / 1_000_000);
            return read;
        } catch (DataAccessException e) {
            throw new IllegalStateException("cannot read the read models' rows: " + e.getMessage(), e);
        }
    }

    /** Deletes the stored rows with these keys. */
    private void delete(ReadModelTable table, List<Object[]> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            int[] counts = connection.batchUpdate(JdbcRows.deleteSql(table), keys);
            stored.deleted(table, counts);
            for (int count : counts) {
                deleted += Math.max(0, count);
            }
        } catch (DataAccessException e) {
            throw new IllegalStateException("cannot delete " + keys.size() + " rows from " + table.tableName() + ": "
                    + e.getMessage(), e);
        }
    }

    private void deleteUnmatched() {
        stored.unmatched(connection).forEach(this::delete);
    }

    private void copy(ReadModelTable table, List<String> columns, List<Row> inserts) throws SQLException {
        BinaryCopy rows = BinaryCopy.of(table.tableName(), columns, types(table), inserts);
        CopyIn in = copy.copyIn("COPY " + table.tableName() + " (" + String.join(", ", columns)
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
        return types.computeIfAbsent(table, t -> BinaryCopy.Type.of(JdbcClient.create(connection), t));
    }
}
