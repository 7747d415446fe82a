package org.partnershipledger.api;

import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.h2.value.Value;
import org.h2.value.ValueVarchar;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/**
 * An H2 index made to disagree with its table, as a crash can leave it: through H2's own index calls, since no SQL
 * can do it. Test code only; it depends on H2's internals.
 */
public final class TornIndexes {

    private TornIndexes() {
    }

    /** Takes the entry of the table's last row out of the index whose name starts so; the row stays. */
    public static void withoutEntryOfLastRow(Connection connection, String table, String indexPrefix)
            throws Exception {
        long last;
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT MAX(_ROWID_) FROM " + table)) {
            max.next();
            last = max.getLong(1);
        }
        SessionLocal session = session(connection);
        Table t = table(session, table);
        index(t, indexPrefix).remove(session, t.getRow(session, last));
        session.commit(false);
    }

    /** Puts an entry into the index whose name starts so, for a row that is not in the table. */
    public static void withEntryWithoutRow(Connection connection, String table, String indexPrefix,
                                           Map<String, Value> values) {
        SessionLocal session = session(connection);
        Table t = table(session, table);
        Row row = t.getTemplateRow();
        row.setKey(Long.MAX_VALUE - 1);
        for (int c = 0; c < t.getColumns().length; c++) {
            row.setValue(c, values.getOrDefault(t.getColumns()[c].getName(), ValueVarchar.get("x")));
        }
        index(t, indexPrefix).add(session, row);
        session.commit(false);
    }

    private static SessionLocal session(Connection connection) {
        return (SessionLocal) ((JdbcConnection) connection).getSession();
    }

    private static Table table(SessionLocal session, String name) {
        return session.getDatabase().getSchema("PUBLIC").findTableOrView(session, name);
    }

    private static Index index(Table table, String prefix) {
        return table.getIndexes().stream().filter(i -> i.getName().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index " + prefix + "* on " + table.getName()));
    }
}
