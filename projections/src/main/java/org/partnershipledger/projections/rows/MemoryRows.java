package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.JdbcOperations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the rows in memory, by primary key, and writes them to a database afterwards in batches per table and column
 * set — many events' worth of changes for a handful of round trips. Rows of append-only tables can be written as
 * they come ({@link #streamingTo}), so memory holds only the rows that may still change. So can the versions a change
 * or a delete ends: a row's history row is written once, when its version is over (or at the end, still standing),
 * with the same values the live projection's {@link JdbcRows} gives it. Used by one thread.
 */
public final class MemoryRows implements Rows {

    /** Rows held, by table and key, each with the version of the partnership its standing version is valid from. */
    private final Map<ReadModelTable, Map<Key, Held>> byKey = new EnumMap<>(ReadModelTable.class);
    private final Map<ReadModelTable, Appended> appended = new EnumMap<>(ReadModelTable.class);
    private final RowSink stream;
    private final int batchSize;
    private long version = -1;
    private long written;

    /** A row's key values, with their hash worked out once: each change looks a row up by key. */
    private static final class Key {

        private final Object[] values;
        private final int hash;

        Key(Row row, List<String> columns) {
            values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(columns.get(i));
            }
            hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /**
     * Rows added to a table, not yet written, and whether they all have the columns of the first: each row is
     * compared with those as it is added, while it is still in the processor's cache, not when the batch is written
     * (where comparing the columns of rows made long before was 8 % of a rebuild's applying thread).
     */
    private static final class Appended {

        private final List<Row> rows = new ArrayList<>();
        private List<String> columns;
        private boolean sameColumns = true;

        void add(Row row) {
            if (rows.isEmpty()) {
                columns = List.copyOf(row.columns());
            } else if (sameColumns && !row.hasColumns(columns)) {
                sameColumns = false;
            }
            rows.add(row);
        }
    }

    private static final class Held {

        private Row row;
        private long since;

        Held(Row row, long since) {
            this.row = row;
            this.since = since;
        }
    }

    private MemoryRows(RowSink stream, int batchSize) {
        this.stream = stream;
        this.batchSize = batchSize;
    }

    /** Rows kept in memory until {@link #writeTo} is called. */
    public static MemoryRows inMemory() {
        return new MemoryRows(null, Integer.MAX_VALUE);
    }

    /** Rows of append-only tables sent to the sink every {@code batchSize} rows; the others kept. */
    public static MemoryRows streamingTo(RowSink sink, int batchSize) {
        return new MemoryRows(sink, batchSize);
    }

    @Override
    public void at(long version) {
        this.version = version;
    }

    @Override
    public void insert(ReadModelTable table, Row row) {
        if (table.appendOnly()) {
            append(table, row);
            return;
        }
        Key id = new Key(row, table.key());
        Held previous = rows(table).putIfAbsent(id, new Held(row, version()));
        if (previous != null) {
            throw new IllegalStateException("duplicate key " + id + " in " + table.tableName());
        }
    }

    private void append(ReadModelTable table, Row row) {
        Appended rows = appended.computeIfAbsent(table, t -> new Appended());
        rows.add(row);
        if (stream != null && rows.rows.size() >= batchSize) {
            write(stream, table, appended.remove(table));
        }
    }

    /**
     * The held row changes or goes at this version: its standing version, if an earlier version made it, is now
     * history; one made at this same version is simply superseded.
     */
    private void supersede(ReadModelTable table, Held held) {
        long now = version();
        if (held.since < now) {
            append(table.history().orElseThrow(), version(table, held.row, held.since, now));
        }
        held.since = now;
    }

    /** The versioned columns of the row, valid from one version of the partnership to another. */
    private static Row version(ReadModelTable table, Row row, long from, long to) {
        return row.without(table.unversioned(), ReadModelTable.VALID_FROM, from, ReadModelTable.VALID_TO, to,
                ReadModelTable.SPAN_CLASS, ReadModelTable.spanClass(from, to));
    }

    private long version() {
        if (version < 0) {
            throw new IllegalStateException("no version of the partnership given for the changes (Rows.at)");
        }
        return version;
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        Held held = rows(table).get(new Key(key, table.key()));
        if (held == null) {
            return 0;
        }
        if (table.versions(changes)) {
            supersede(table, held);
        }
        held.row = held.row.changedBy(changes);
        return 1;
    }

    @Override
    public void advance(ReadModelTable table, Row key, String column, long value, Row changes) {
        Held held = rows(table).get(new Key(key, table.key()));
        if (held != null && ((Number) held.row.get(column)).longValue() < value) {
            Row change = changes.changedBy(Row.of(column, value));
            if (table.versions(change)) {
                supersede(table, held);
            }
            held.row = held.row.changedBy(change);
        }
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        Held old = rows(table).remove(new Key(key, table.key()));
        if (old != null) {
            supersede(table, old);
        }
    }

    /** Writes every row still held to the database with JDBC batches, table by table, and forgets them. */
    public void writeTo(JdbcOperations database) {
        writeTo(RowSink.batched(database));
    }

    /**
     * Sends every row still held to the sink, table by table, with the standing version of each in its history
     * table, and forgets them.
     */
    public void writeTo(RowSink database) {
        Map<ReadModelTable, List<Row>> live = new EnumMap<>(ReadModelTable.class);
        byKey.forEach((table, rows) -> {
            Appended standing = appended.computeIfAbsent(table.history().orElseThrow(), t -> new Appended());
            List<Row> current = new ArrayList<>(rows.size());
            rows.values().forEach(held -> {
                current.add(held.row);
                standing.add(version(table, held.row, held.since, ReadModelTable.OPEN));
            });
            live.put(table, current);
        });
        byKey.clear();
        for (ReadModelTable table : ReadModelTable.values()) {
            List<Row> rows = live.remove(table);
            if (rows != null) {
                write(database, table, rows);
            }
            Appended added = appended.remove(table);
            if (added != null) {
                write(database, table, added);
            }
        }
    }

    /** How many rows are held in memory, not yet written. */
    public long held() {
        return byKey.values().stream().mapToLong(Map::size).sum()
                + appended.values().stream().mapToLong(added -> added.rows.size()).sum();
    }

    /** How many rows have been written to the database so far. */
    public long written() {
        return written;
    }

    private Map<Key, Held> rows(ReadModelTable table) {
        if (table.appendOnly()) {
            throw new UnsupportedOperationException(table.tableName() + " is append-only");
        }
        return byKey.computeIfAbsent(table, t -> new LinkedHashMap<>());
    }

    /** Sends the rows added to the sink: as one batch when they all have the same columns. */
    private void write(RowSink database, ReadModelTable table, Appended added) {
        if (added.rows.isEmpty()) {
            return;
        }
        if (!added.sameColumns) {
            write(database, table, added.rows);
            return;
        }
        database.write(table, added.columns, added.rows);
        written += added.rows.size();
    }

    /**
     * Sends the rows to the sink in groups of the same columns. A table's rows nearly always have the same columns,
     * so each row is first compared with the group of the row before it.
     */
    private void write(RowSink database, ReadModelTable table, List<Row> rows) {
        Map<List<String>, List<Row>> byColumns = new LinkedHashMap<>();
        List<String> columns = null;
        List<Row> group = null;
        for (Row row : rows) {
            if (columns == null || !row.hasColumns(columns)) {
                columns = List.copyOf(row.columns());
                group = byColumns.computeIfAbsent(columns, c -> new ArrayList<>());
            }
            group.add(row);
        }
        byColumns.forEach((sameColumns, sameShape) -> database.write(table, sameColumns, sameShape));
        written += rows.size();
    }
}
