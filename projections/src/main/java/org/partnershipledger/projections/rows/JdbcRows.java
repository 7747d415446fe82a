package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes each row straight to the database, one statement per change. The statements' text depends only on the
 * table and the columns written, so each is made once and reused.
 */
public final class JdbcRows implements Rows {

    private static final Map<List<Object>, String> STATEMENTS = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    public JdbcRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ReadModelTable table, Row row) {
        List<String> columns = List.copyOf(row.columns());
        jdbc.sql(insertSql(table, columns)).params(row.valuesOf(columns)).update();
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        List<String> columns = List.copyOf(changes.columns());
        List<Object> params = new ArrayList<>(changes.valuesOf(columns));
        params.addAll(key.valuesOf(table.key()));
        String sql = STATEMENTS.computeIfAbsent(List.of("update", table, columns), k -> "UPDATE " + table.tableName()
                + " SET " + assignments(columns) + " WHERE " + where(table));
        return jdbc.sql(sql).params(params).update();
    }

    @Override
    public void advance(ReadModelTable table, Row key, String column, long value, Row changes) {
        List<String> columns = List.copyOf(changes.columns());
        List<Object> params = new ArrayList<>();
        params.add(value);
        params.addAll(changes.valuesOf(columns));
        params.addAll(key.valuesOf(table.key()));
        params.add(value);
        String sql = STATEMENTS.computeIfAbsent(List.of("advance", table, column, columns), k -> "UPDATE "
                + table.tableName() + " SET " + column + " = ?" + (columns.isEmpty() ? "" : ", " + assignments(columns))
                + " WHERE " + where(table) + " AND " + column + " < ?");
        jdbc.sql(sql).params(params).update();
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        String sql = STATEMENTS.computeIfAbsent(List.of("delete", table), k -> "DELETE FROM " + table.tableName()
                + " WHERE " + where(table));
        jdbc.sql(sql).params(key.valuesOf(table.key())).update();
    }

    /** {@code INSERT INTO table (a, b) VALUES (?, ?)} for the columns given. */
    static String insertSql(ReadModelTable table, List<String> columns) {
        return STATEMENTS.computeIfAbsent(List.of("insert", table, columns), k -> "INSERT INTO " + table.tableName()
                + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
    }

    private static String assignments(List<String> columns) {
        return columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    }

    private static String where(ReadModelTable table) {
        return table.key().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
    }
}
