package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSetMetaData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of each read-model table, as the database has them. Their names are the same on every database (one
 * schema), so each table's are looked up once; the names of their types differ from one database to another (H2's
 * {@code CHARACTER VARYING} is PostgreSQL's {@code varchar}), so those are asked of the database given each time.
 */
public final class TableColumns {

    private static final Map<ReadModelTable, List<String>> NAMES = new ConcurrentHashMap<>();

    private TableColumns() {
    }

    /** The table's columns, in order, in lower case. */
    public static List<String> of(JdbcClient jdbc, ReadModelTable table) {
        return NAMES.computeIfAbsent(table, t -> List.copyOf(describe(jdbc, t).keySet()));
    }

    /**
     * The database's name of each column's type ({@link ResultSetMetaData#getColumnTypeName}), by column; asked of
     * the database each time (a rebuild asks once per table).
     */
    public static Map<String, String> types(JdbcClient jdbc, ReadModelTable table) {
        return Collections.unmodifiableMap(describe(jdbc, table));
    }

    /** Each column's type name by its name in lower case, in the table's order. */
    private static LinkedHashMap<String, String> describe(JdbcClient jdbc, ReadModelTable table) {
        return jdbc.sql("SELECT * FROM " + table.tableName() + " WHERE 1 = 0").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            LinkedHashMap<String, String> types = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnTypeName(i));
            }
            return types;
        });
    }
}
