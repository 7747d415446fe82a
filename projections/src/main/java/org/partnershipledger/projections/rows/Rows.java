package org.partnershipledger.projections.rows;

/**
 * Where projectors write read-model rows, always by primary key: straight to the database as each event is applied
 * ({@link JdbcRows}), or into memory first and then to a database in batches ({@link MemoryRows}) when many events
 * are applied at once — a rebuild. Either way every version of a row of a {@link ReadModelTable.Kind#VERSIONED}
 * table is kept in its history table, valid from the partnership's version that made it to the one that replaced
 * it. A time is given as an {@link java.time.Instant} (stored as a timestamp with time zone, at UTC): a rebuild
 * makes millions of them.
 */
public interface Rows {

    /**
     * The version of the partnership (the sequence number of its event) that the following changes, on this thread,
     * belong to: the history tables keep each row's versions by it.
     */
    void at(long version);

    void insert(ReadModelTable table, Row row);

    /** Changes the row with this key; answers how many rows changed (0 or 1). */
    int update(ReadModelTable table, Row key, Row changes);

    /**
     * Changes the row with this key only while its {@code column} is below {@code value}, setting the column to the
     * value with the changes.
     */
    void advance(ReadModelTable table, Row key, String column, long value, Row changes);

    /** Deletes the row with this key, if there is one. */
    void delete(ReadModelTable table, Row key);
}
