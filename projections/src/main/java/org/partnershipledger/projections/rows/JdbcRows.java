package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes each row straight to the database, one statement per change. */
public final class JdbcRows implements Rows {

    private final JdbcClient jdbc;

    public JdbcRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ReadModelTable table, Row row) {
        jdbc.sql(insertSql(table, List.copyOf(row.columns()))).params(row.valuesOf(List.copyOf(row.columns()))).update();
    }

    @Override
    public int update(ReadModelTable table, Row key, Row changes) {
        List<Object> params = new ArrayList<>(changes.valuesOf(List.copyOf(changes.columns())));
        params.addAll(key.valuesOf(table.key()));
        return jdbc.sql("UPDATE " + table.tableName() + " SET " + assignments(changes) + " WHERE " + where(table))
                .params(params).update();
    }

    @Override
    public void advance(ReadModelTable table, Row key, String column, long value, Row changes) {
        List<Object> params = new ArrayList<>();
        params.add(value);
        params.addAll(changes.valuesOf(List.copyOf(changes.columns())));
        params.addAll(key.valuesOf(table.key()));
        params.add(value);
        String others = changes.columns().isEmpty() ? "" : ", " + assignments(changes);
        jdbc.sql("UPDATE " + table.tableName() + " SET " + column + " = ?" + others + " WHERE " + where(table)
                        + " AND " + column + " < ?")
                .params(params).update();
    }

    @Override
    public void delete(ReadModelTable table, Row key) {
        jdbc.sql("DELETE FROM " + table.tableName() + " WHERE " + where(table)).params(key.valuesOf(table.key()))
                .update();
    }

    /** {@code INSERT INTO table (a, b) VALUES (?, ?)} for the columns given. */
    static String insertSql(ReadModelTable table, List<String> columns) {
        return "INSERT INTO " + table.tableName() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static String assignments(Row changes) {
        return changes.columns().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    }

    private static String where(ReadModelTable table) {
        return table.key().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
    }
}
