package org.partnershipledger.projections.rows;

import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.partnershipledger.projections.rows.ReadModelTable.OPEN;
import static org.partnershipledger.projections.rows.ReadModelTable.OPEN_SPAN;
import static org.partnershipledger.projections.rows.ReadModelTable.SPAN_CLASS;
import static org.partnershipledger.projections.rows.ReadModelTable.VALID_FROM;
import static org.partnershipledger.projections.rows.ReadModelTable.VALID_TO;

/**
 * Writes each row straight to the database, one statement per change, and keeps its history table in step: a change
 * closes the row's standing version (valid up to this version of the partnership) and copies the changed row as the
 * new one. The statements' text depends only on the table and the columns written, so each is made once and reused.
 * Several threads may write at once, each for its own event ({@link #at}).
 */
public final class JdbcRows implements Rows {

    private static final Map<List<Object>, String> STATEMENTS = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final ThreadLocal<Long> version = new ThreadLocal<>();

    public JdbcRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void at(long version) {
        this.version.set(version);
    }

    @Override
    public void insert(ReadModelTable table, Row row) {
        List<String> columns = List.copyOf(row.columns());
        jdbc.sql(insertSql(table, columns)).params(parameters(row, columns)).update();
        if (table.kind() == ReadModelTable.Kind.VERSIONED) {
            open(table, row);
        }
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        List<String> columns = List.copyOf(changes.columns());
        List<Object> params = new ArrayList<>(parameters(changes, columns));
        params.addAll(key.valuesOf(table.key()));
        String sql = STATEMENTS.computeIfAbsent(List.of("update", table, columns), k -> "UPDATE " + table.tableName()
                + " SET " + assignments(columns) + " WHERE " + where(table));
        int changed = jdbc.sql(sql).params(params).update();
        if (changed > 0 && table.versions(changes)) {
            close(table, key);
            open(table, key);
        }
        return changed;
    }

    @Override
    public void advance(ReadModelTable table, Row key, String column, long value, Row changes) {
        List<String> columns = List.copyOf(changes.columns());
        List<Object> params = new ArrayList<>();
        params.add(value);
        params.addAll(parameters(changes, columns));
        params.addAll(key.valuesOf(table.key()));
        params.add(value);
        String sql = STATEMENTS.computeIfAbsent(List.of("advance", table, column, columns), k -> "UPDATE "
                + table.tableName() + " SET " + column + " = ?" + (columns.isEmpty() ? "" : ", " + assignments(columns))
                + " WHERE " + where(table) + " AND " + column + " < ?");
        int changed = jdbc.sql(sql).params(params).update();
        if (changed > 0 && (table.versions(changes) || table.versions(Row.of(column, value)))) {
            close(table, key);
            open(table, key);
        }
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        int deleted = jdbc.sql(deleteSql(table)).params(key.valuesOf(table.key())).update();
        if (deleted > 0 && table.kind() == ReadModelTable.Kind.VERSIONED) {
            close(table, key);
        }
    }

    /** Copies the row as it now stands as its version valid from this version of the partnership on. */
    private void open(ReadModelTable table, Row key) {
        ReadModelTable history = table.history().orElseThrow();
        String sql = STATEMENTS.computeIfAbsent(List.of("open", table), k -> {
            List<String> columns = versionedColumns(table);
            return "INSERT INTO " + history.tableName() + " (" + String.join(", ", columns) + ", " + VALID_FROM + ", "
                    + VALID_TO + ", " + SPAN_CLASS + ") SELECT " + String.join(", ", columns) + ", ?, " + OPEN + ", "
                    + OPEN_SPAN + " FROM " + table.tableName() + " WHERE " + where(table);
        });
        List<Object> params = new ArrayList<>();
        params.add(version());
        params.addAll(key.valuesOf(table.key()));
        jdbc.sql(sql).params(params).update();
    }

    /**
     * Ends the row's standing version at this version of the partnership — or forgets it when this same version made
     * it (an event changing one row twice leaves one version).
     */
    private void close(ReadModelTable table, Row key) {
        ReadModelTable history = table.history().orElseThrow();
        long now = version();
        List<Object> keyValues = key.valuesOf(table.key());
        String latest = STATEMENTS.computeIfAbsent(List.of("latest", table), k -> "SELECT " + VALID_FROM + ", "
                + VALID_TO + " FROM " + history.tableName() + " WHERE " + where(table) + " ORDER BY " + VALID_FROM
                + " DESC FETCH FIRST 1 ROWS ONLY");
        Optional<Long> from = jdbc.sql(latest).params(keyValues)
                .query((rs, row) -> rs.getLong(VALID_TO) == OPEN ? rs.getLong(VALID_FROM) : null)
                .optional();
        if (from.isEmpty()) {
            throw new IllegalStateException("no standing version of " + keyValues + " in " + history.tableName()
                    + ": the history was not kept; rebuild the read models");
        }
        List<Object> params = new ArrayList<>();
        if (from.get() >= now) {
            params.addAll(keyValues);
            params.add(from.get());
            jdbc.sql(STATEMENTS.computeIfAbsent(List.of("forget", table), k -> "DELETE FROM " + history.tableName()
                    + " WHERE " + where(table) + " AND " + VALID_FROM + " = ?")).params(params).update();
            return;
        }
        params.add(now);
        params.add(ReadModelTable.spanClass(from.get(), now));
        params.addAll(keyValues);
        params.add(from.get());
        jdbc.sql(STATEMENTS.computeIfAbsent(List.of("close", table), k -> "UPDATE " + history.tableName()
                + " SET " + VALID_TO + " = ?, " + SPAN_CLASS + " = ? WHERE " + where(table) + " AND " + VALID_FROM
                + " = ?")).params(params).update();
    }

    private long version() {
        Long now = version.get();
        if (now == null) {
            throw new IllegalStateException("no version of the partnership given for the changes (Rows.at)");
        }
        return now;
    }

    /** The table's columns that its history keeps. */
    private List<String> versionedColumns(ReadModelTable table) {
        return TableColumns.of(jdbc, table).stream().filter(c -> !table.unversioned().contains(c)).toList();
    }

    /**
     * The row's values of these columns as statement parameters. A time is held in a row as an {@link Instant}, and
     * bound as that instant at UTC ({@link Ledger#utc}): the type JDBC drivers bind to a timestamp with time zone.
     */
    static List<Object> parameters(Row row, List<String> columns) {
        List<Object> values = row.valuesOf(columns);
        for (Object value : values) {
            if (value instanceof Instant) {
                List<Object> bound = new ArrayList<>(values.size());
                for (Object each : values) {
                    bound.add(each instanceof Instant instant ? Ledger.utc(instant) : each);
                }
                return bound;
            }
        }
        return values;
    }

    /** {@code INSERT INTO table (a, b) VALUES (?, ?)} for the columns given. */
    static String insertSql(ReadModelTable table, List<String> columns) {
        return STATEMENTS.computeIfAbsent(List.of("insert", table, columns), k -> "INSERT INTO " + table.tableName()
                + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
    }

    /** {@code DELETE FROM table WHERE key1 = ? AND key2 = ?}: a row by its key, the key's values in key order. */
    public static String deleteSql(ReadModelTable table) {
        return STATEMENTS.computeIfAbsent(List.of("delete", table), k -> "DELETE FROM " + table.tableName()
                + " WHERE " + where(table));
    }

    private static String assignments(List<String> columns) {
        return columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    }

    private static String where(ReadModelTable table) {
        return table.key().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
    }
}
