package org.partnershipledger.api.operations;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds every index of the embedded store again from its tables' rows, after a run that did not stop in order.
 * <p>
 * H2 writes a table's rows and each of its indexes to the file at different moments, so a crash can keep a row
 * without its index entry, or an index entry without its row. Both were made by hand with H2's own index calls to
 * see what they do: a row missing from {@code domain_event_entry}'s {@code (aggregate, sequence)} index is not read
 * when the partnership is loaded, and a second event with its sequence number is then accepted; an index entry
 * without a row survives {@code DELETE FROM} the table and refuses the row's key ever after. H2 has no
 * {@code REINDEX}; each index is built anew instead:
 * <ul>
 *     <li>a unique index is first built under a temporary name, from the rows, which also proves them unique; only
 *     then is the old one dropped, so a failure leaves the store as it was (and says which index and rows);
 *     <li>a primary-key or unique constraint is dropped and added again over that new index;
 *     <li>a primary key over one whole-number column is skipped: H2 keeps the table's rows by that key, so there is
 *     no separate index to disagree with them (foreign keys' indexes would be too; the store has none).
 * </ul>
 * While this runs nothing else uses the store: it is called at start, before requests and event processors.
 */
final class EmbeddedIndexes {

    /** The temporary name's prefix; an index left with it by a crash during a rebuild is put right first. */
    private static final String BUILDING = "REBUILDING_";
    private static final Set<String> ROW_KEY_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");

    private EmbeddedIndexes() {
    }

    /** One index of the store, with the constraint it serves, if any. */
    private record Index(String table, String name, boolean unique, String constraint, String constraintType) {
    }

    /**
     * Builds every index of the store's {@code PUBLIC} schema anew.
     *
     * @return how many indexes were built
     */
    static int rebuild(JdbcClient jdbc) {
        putRightAnInterruptedRebuild(jdbc);
        int built = 0;
        for (Index index : indexes(jdbc)) {
            if (isRowKey(jdbc, index) || isReferential(index)) {
                continue;
            }
            List<Column> columns = columns(jdbc, index.name());
            String temporary = BUILDING + index.name();
            try {
                jdbc.sql("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(temporary) + " ON "
                        + quote(index.table()) + "(" + joined(columns, Column::ordered) + ")").update();
            } catch (DataAccessException notUnique) {
                throw new IllegalStateException("the rows of " + index.table() + " are no longer unique in "
                        + (index.constraint() != null ? index.constraint() : index.name()) + ", so its index cannot"
                        + " be built again; the store was left as it is (" + notUnique.getMostSpecificCause()
                        .getMessage() + ")", notUnique);
            }
            if (index.constraint() == null) {
                jdbc.sql("DROP INDEX " + quote(index.name())).update();
                jdbc.sql("ALTER INDEX " + quote(temporary) + " RENAME TO " + quote(index.name())).update();
            } else {
                jdbc.sql("ALTER TABLE " + quote(index.table()) + " DROP CONSTRAINT " + quote(index.constraint()))
                        .update();
                jdbc.sql("ALTER TABLE " + quote(index.table()) + " ADD CONSTRAINT " + quote(index.constraint())
                        + " " + index.constraintType() + " (" + joined(columns, Column::name) + ")").update();
                settle(jdbc, temporary, index.name());
            }
            built++;
        }
        return built;
    }

    private static List<Index> indexes(JdbcClient jdbc) {
        return jdbc.sql("SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE"
                        + " FROM INFORMATION_SCHEMA.INDEXES i LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                        + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                        + " WHERE i.TABLE_SCHEMA = 'PUBLIC' ORDER BY i.TABLE_NAME, i.INDEX_NAME")
                .query((rs, row) -> new Index(rs.getString(1), rs.getString(2),
                        !rs.getString(3).equals("INDEX"), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** A foreign key's index cannot be dropped while the key stands; the store has no foreign keys. */
    private static boolean isReferential(Index index) {
        return index.constraint() != null && !"PRIMARY KEY".equals(index.constraintType())
                && !"UNIQUE".equals(index.constraintType());
    }

    /** Whether the index is a primary key H2 keeps the rows by: one column of a whole-number type. */
    private static boolean isRowKey(JdbcClient jdbc, Index index) {
        if (!"PRIMARY KEY".equals(index.constraintType())) {
            return false;
        }
        List<String> types = jdbc.sql("SELECT c.DATA_TYPE FROM INFORMATION_SCHEMA.INDEX_COLUMNS i"
                        + " JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = i.TABLE_SCHEMA"
                        + " AND c.TABLE_NAME = i.TABLE_NAME AND c.COLUMN_NAME = i.COLUMN_NAME"
                        + " WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_NAME = ?")
                .param(index.name()).query(String.class).list();
        return types.size() == 1 && ROW_KEY_TYPES.contains(types.get(0));
    }

    /** One column of an index: its quoted name, and that with its ordering, for building an index like it. */
    private record Column(String name, String ordered) {
    }

    /** The index's columns in order. */
    private static List<Column> columns(JdbcClient jdbc, String index) {
        return jdbc.sql("SELECT COLUMN_NAME, ORDERING_SPECIFICATION, NULL_ORDERING FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                        + " WHERE INDEX_SCHEMA = 'PUBLIC' AND INDEX_NAME = ? ORDER BY ORDINAL_POSITION")
                .param(index)
                .query((rs, row) -> new Column(quote(rs.getString(1)), quote(rs.getString(1)) + " "
                        + rs.getString(2) + (rs.getString(3) == null ? "" : " NULLS " + rs.getString(3))))
                .list();
    }

    private static String joined(List<Column> columns, Function<Column, String> form) {
        return columns.stream().map(form).collect(Collectors.joining(", "));
    }

    /**
     * After a constraint was added again: H2 gives a unique constraint the index just built, which then takes the
     * old index's name; a primary key gets an index of its own, and the one just built goes.
     */
    private static void settle(JdbcClient jdbc, String temporary, String name) {
        boolean serves = jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE INDEX_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?")
                .param(temporary).query(Long.class).single() > 0;
        if (!serves) {
            jdbc.sql("DROP INDEX " + quote(temporary)).update();
        } else if (!exists(jdbc, name)) {
            jdbc.sql("ALTER INDEX " + quote(temporary) + " RENAME TO " + quote(name)).update();
        }
    }

    /**
     * An index still under its temporary name is what a crash during an earlier rebuild left. If the index it was
     * to replace is still there, it is dropped, unless a constraint already uses it (the rebuild below builds it
     * again either way); otherwise it takes that index's name.
     */
    private static void putRightAnInterruptedRebuild(JdbcClient jdbc) {
        for (Index index : indexes(jdbc)) {
            if (!index.name().startsWith(BUILDING)) {
                continue;
            }
            String replaced = index.name().substring(BUILDING.length());
            if (!exists(jdbc, replaced)) {
                jdbc.sql("ALTER INDEX " + quote(index.name()) + " RENAME TO " + quote(replaced)).update();
            } else if (index.constraint() == null) {
                jdbc.sql("DROP INDEX " + quote(index.name())).update();
            }
        }
    }

    private static boolean exists(JdbcClient jdbc, String index) {
        return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA = 'PUBLIC'"
                + " AND INDEX_NAME = ?").param(index).query(Long.class).single() > 0;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
