package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.JdbcOperations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the rows in memory, by primary key, and writes them to a database afterwards in batches per table and column
 * set — many events' worth of changes for a handful of round trips. Rows of append-only tables can be written as
 * they come ({@link #streamingTo}), so memory holds only the rows that may still change.
 */
public final class MemoryRows implements Rows {

    private final Map<ReadModelTable, Map<List<Object>, Row>> byKey = new EnumMap<>(ReadModelTable.class);
    private final Map<ReadModelTable, List<Row>> appended = new EnumMap<>(ReadModelTable.class);
    private final RowSink stream;
    private final int batchSize;
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
    public void insert(ReadModelTable table, Row row) {
        if (table.appendOnly()) {
            List<Row> rows = appended.computeIfAbsent(table, t -> new ArrayList<>());
            rows.add(row);
            if (stream != null && rows.size() >= batchSize) {
                write(stream, table, appended.remove(table));
            }
            return;
        }
        Row previous = rows(table).putIfAbsent(row.valuesOf(table.key()), row);
        if (previous != null) {
            throw new IllegalStateException("duplicate key " + row.valuesOf(table.key()) + " in " + table.tableName());
        }
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        Map<List<Object>, Row> rows = rows(table);
        List<Object> id = key.valuesOf(table.key());
        Row row = rows.get(id);
        if (row == null) {
            return 0;
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
            rows.put(id, row.changedBy(changes).changedBy(Row.of(column, value)));
        }
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        rows(table).remove(key.valuesOf(table.key()));
    }

    /** Writes every row still held to the database with JDBC batches, table by table, and forgets them. */
    public void writeTo(JdbcOperations database) {
        writeTo(RowSink.batched(database));
    }

    /** Sends every row still held to the sink, table by table, and forgets them. */
    public void writeTo(RowSink database) {
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
