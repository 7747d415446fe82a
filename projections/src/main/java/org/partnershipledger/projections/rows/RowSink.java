package org.partnershipledger.projections.rows;

import org.springframework.jdbc.core.JdbcOperations;

import java.util.ArrayList;
import java.util.List;

/** Where {@link MemoryRows} sends rows to be stored: a batch of rows of one table, all with the same columns. */
public interface RowSink {

    /** Stores the rows; the list is the sink's to keep. */
    void write(ReadModelTable table, List<String> columns, List<Row> rows);

    /** Writes each batch as JDBC batched inserts of up to a thousand rows, on the caller's thread. */
    static RowSink batched(JdbcOperations database) {
        return (table, columns, rows) -> {
            String sql = JdbcRows.insertSql(table, columns);
            List<Object[]> batch = new ArrayList<>(Math.min(rows.size(), 1000));
            for (Row row : rows) {
                batch.add(JdbcRows.parameters(row, columns).toArray());
                if (batch.size() == 1000) {
                    database.batchUpdate(sql, batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                database.batchUpdate(sql, batch);
            }
        };
    }
}
