package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The columns of each read-model table, as the database has them (the schema is the same everywhere). */
public final class TableColumns {

    private static final Map<ReadModelTable, List<String>> COLUMNS = new ConcurrentHashMap<>();

    private TableColumns() {
    }

    /** The table's columns, in order, in lower case. */
    public static List<String> of(JdbcClient jdbc, ReadModelTable table) {
        return COLUMNS.computeIfAbsent(table, t -> jdbc.sql("SELECT * FROM " + t.tableName() + " WHERE 1 = 0")
                .query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                    return List.copyOf(names);
                }));
    }
}
