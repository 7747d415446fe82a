package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.JdbcOperations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the rows in memory, by primary key, and writes them to a database afterwards in batches per table and column
 * set — many events' worth of changes for a handful of round trips. Rows of append-only tables can be written as
 * they come ({@link #streamingTo}), so memory holds only the rows that may still change. So can the versions a change
 * or a delete ends: a row's history row is written once, when its version is over (or at the end, still standing),
 * with the same values the live projection's {@link JdbcRows} gives it. Used by one thread.
 */
public final class MemoryRows implements Rows {

    private final Map<ReadModelTable, Map<List<Object>, Row>> byKey = new EnumMap<>(ReadModelTable.class);
    private final Map<ReadModelTable, List<Row>> appended = new EnumMap<>(ReadModelTable.class);
    /** The version of the partnership each held row's standing version is valid from, by table and key. */
    private final Map<ReadModelTable, Map<List<Object>, Long>> since = new EnumMap<>(ReadModelTable.class);
    private final RowSink stream;
    private final int batchSize;
    private long version = -1;
    private long written;

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
        List<Object> id = row.valuesOf(table.key());
        Row previous = rows(table).putIfAbsent(id, row);
        if (previous != null) {
            throw new IllegalStateException("duplicate key " + id + " in " + table.tableName());
        }
        since(table).put(id, version());
    }

    private void append(ReadModelTable table, Row row) {
        List<Row> rows = appended.computeIfAbsent(table, t -> new ArrayList<>());
        rows.add(row);
        if (stream != null && rows.size() >= batchSize) {
            write(stream, table, appended.remove(table));
        }
    }

    /**
     * The row is replaced or deleted at this version: its standing version, if an earlier version made it, is now
     * history; one made at this same version is simply superseded.
     */
    private void supersede(ReadModelTable table, List<Object> id, Row old) {
        long from = since(table).remove(id);
        long now = version();
        if (from < now) {
            append(table.history().orElseThrow(), version(table, old, from, now));
        }
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

    private Map<List<Object>, Long> since(ReadModelTable table) {
        return since.computeIfAbsent(table, t -> new HashMap<>());
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        Map<List<Object>, Row> rows = rows(table);
        List<Object> id = key.valuesOf(table.key());
        Row row = rows.get(id);
        if (row == null) {
            return 0;
        }
        if (table.versions(changes.columns())) {
            supersede(table, id, row);
            since(table).put(id, version());
        }
        rows.put(id, row.changedBy(changes));
        return 1;
    }

    @Override
    public void advance(ReadModelTable table, Row key, String column, long value, Row changes) {
        Map<List<Object>, Row> rows = rows(table);
        List<Object> id = key.valuesOf(table.key());
        Row row = rows.get(id);
        if (row != null && ((Number) row.get(column)).longValue() < value) {
            Row change = changes.changedBy(Row.of(column, value));
            if (table.versions(change.columns())) {
                supersede(table, id, row);
                since(table).put(id, version());
            }
            rows.put(id, row.changedBy(change));
        }
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        List<Object> id = key.valuesOf(table.key());
        Row old = rows(table).remove(id);
        if (old != null) {
            supersede(table, id, old);
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
        byKey.forEach((table, rows) -> {
            Map<List<Object>, Long> from = since(table);
            ReadModelTable history = table.history().orElseThrow();
            List<Row> standing = appended.computeIfAbsent(history, t -> new ArrayList<>());
            rows.forEach((id, row) -> standing.add(version(table, row, from.get(id), ReadModelTable.OPEN)));
        });
        since.clear();
        for (ReadModelTable table : ReadModelTable.values()) {
            Map<List<Object>, Row> rows = byKey.remove(table);
            if (rows != null) {
                write(database, table, new ArrayList<>(rows.values()));
            }
            List<Row> added = appended.remove(table);
            if (added != null) {
                write(database, table, added);
            }
        }
    }

    /** How many rows are held in memory, not yet written. */
    public long held() {
        return byKey.values().stream().mapToLong(Map::size).sum() + appended.values().stream().mapToLong(List::size).sum();
    }

    /** How many rows have been written to the database so far. */
    public long written() {
        return written;
    }

    private Map<List<Object>, Row> rows(ReadModelTable table) {
        if (table.appendOnly()) {
            throw new UnsupportedOperationException(table.tableName() + " is append-only");
        }
        return byKey.computeIfAbsent(table, t -> new LinkedHashMap<>());
    }

    private void write(RowSink database, ReadModelTable table, List<Row> rows) {
        Map<Set<String>, List<Row>> byColumns = new LinkedHashMap<>();
        for (Row row : rows) {
            byColumns.computeIfAbsent(row.columns(), c -> new ArrayList<>()).add(row);
        }
        byColumns.forEach((columns, sameShape) -> database.write(table, List.copyOf(columns), sameShape));
        written += rows.size();
    }
}
