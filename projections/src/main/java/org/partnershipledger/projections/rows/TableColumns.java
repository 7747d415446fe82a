package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The columns of each read-model table, as the database has them (the schema is the same everywhere). */
public final class TableColumns {

    private record Described(List<String> names, Map<String, String> types) {
    }

    private static final Map<ReadModelTable, Described> TABLES = new ConcurrentHashMap<>();

    private TableColumns() {
    }

    /** The table's columns, in order, in lower case. */
    public static List<String> of(JdbcClient jdbc, ReadModelTable table) {
        return described(jdbc, table).names();
    }

    /** The database's name of each column's type ({@link ResultSetMetaData#getColumnTypeName}), by column. */
    public static Map<String, String> types(JdbcClient jdbc, ReadModelTable table) {
        return described(jdbc, table).types();
    }

    private static Described described(JdbcClient jdbc, ReadModelTable table) {
        return TABLES.computeIfAbsent(table, t -> jdbc.sql("SELECT * FROM " + t.tableName() + " WHERE 1 = 0")
                .query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    Map<String, String> types = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        names.add(name);
                        types.put(name, meta.getColumnTypeName(i));
                    }
                    return new Described(List.copyOf(names), Map.copyOf(types));
                }));
    }
}
