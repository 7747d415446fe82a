package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.RowSink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild's writer stores every value exactly as the live projection would — COPY's binary format on PostgreSQL
 * included: NULL and the empty string kept apart, quotes, commas, line breaks, backslashes and non-ASCII text, the
 * largest numbers, dates and times on both sides of PostgreSQL's epoch (2000-01-01), times with their offset and
 * with half a microsecond (rounded up, as the driver rounds the live projection's parameters) — and a failed batch
 * fails the rebuild with the table named.
 */
class RebuildWriterTest extends ApiTest {

    private static final List<String> COLUMNS = List.of("partnership_id", "pledge_id", "spend_id", "priority_id",
            "partner_id", "amount_minor", "currency", "spent_on", "note", "exceeds_pledge", "recorded_at");

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReadModelProcessor processor;

    @Test
    void writesEveryValueAsGivenAndUsesCopyOnPostgres() throws Exception {
        String partnership = "writer-" + UUID.randomUUID();
        String[] notes = {null, "", "plain", "Over \"budget\", see C:\\minutes\nline two; £5 — Ünïcode", "\\N", ","};
        // 1999-12-31T23:30:00.123456Z: the rows' times cross midnight UTC, and their dates 2000-01-01
        OffsetDateTime at = OffsetDateTime.of(2000, 1, 1, 0, 30, 0, 123_456_000, ZoneOffset.ofHours(1));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(Row.of("partnership_id", partnership, "pledge_id", "g", "spend_id", "s" + i, "priority_id", "p",
                    "partner_id", "council", "amount_minor", Long.MAX_VALUE - i, "currency", "GBP",
                    "spent_on", LocalDate.of(1999, 12, 1).plusDays(i), "note", notes[i % notes.length],
                    "exceeds_pledge", i % 2 == 0, "recorded_at", at.plusSeconds(i).plusNanos(i % 3 == 0 ? 500 : 0)));
        }
        // written, read back and rolled back in one transaction: the shared test store keeps nothing of it
        inTransaction(true, (connection, thread) -> {
            RebuildWriter writer = new RebuildWriter(connection, thread, List.of(), new AtomicLong(), null);
            writer.write(ReadModelTable.SPEND, COLUMNS, rows.subList(0, 1000));
            writer.write(ReadModelTable.SPEND, COLUMNS, rows.subList(1000, 2500));
            writer.finish();
            assertThat(writer.copies()).as("COPY on PostgreSQL, batches elsewhere")
                    .isEqualTo(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        }, () -> assertStored(partnership, notes, at));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_spend WHERE partnership_id = ?").param(partnership)
                .query(Long.class).single()).as("rolled back").isZero();
    }

    /**
     * Compared with the rows stored, only the rows that differ are written: a row stored already is left alone, a
     * changed one replaced, a missing one inserted, and a stored row that no rebuilt row matched deleted — with every
     * type of value, times with a fraction of a microsecond included, found equal to itself as the database keeps it.
     */
    @Test
    void writesOnlyTheRowsThatDifferFromThoseStored() throws Exception {
        processor.awaitCaughtUp(java.time.Duration.ofSeconds(60));
        String partnership = "compare-" + UUID.randomUUID();
        String[] notes = {null, "", "plain", "Over \"budget\", £5 — Ünïcode\nline two", "\\N"};
        // fractions of a microsecond, halves among them: the database rounds them, and so must the comparison
        int[] nanos = {0, 123_456_789, 500, 1_500, 999_999_999, 2_500};
        OffsetDateTime at = OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(-5));
        List<Row> stored = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stored.add(spend(partnership, "s" + i, Long.MIN_VALUE + i, LocalDate.of(1999, 12, 25).plusDays(i),
                    notes[i % notes.length], i % 3 == 0, at.plusSeconds(i).withNano(nanos[i % nanos.length])));
        }
        List<Row> rebuilt = new ArrayList<>(stored.subList(0, 59));
        rebuilt.set(7, spend(partnership, "s7", Long.MIN_VALUE + 7, LocalDate.of(2000, 1, 1), "changed", true,
                at.plusSeconds(7)));
        rebuilt.add(spend(partnership, "new", 5L, LocalDate.of(2011, 3, 31), null, false, at));
        inTransaction(true, (connection, thread) -> {
            // stored as the live projection stores rows: through the driver's parameters
            RowSink.batched(new JdbcTemplate(new SingleConnectionDataSource(connection, true)))
                    .write(ReadModelTable.SPEND, COLUMNS, stored);
            long inTable = jdbc.sql("SELECT COUNT(*) FROM rm_spend").query(Long.class).single();
            AtomicLong read = new AtomicLong();
            // no helper: its connection would not see the rows of this transaction, never committed
            RebuildWriter comparing = new RebuildWriter(connection, thread, List.of(ReadModelTable.SPEND), read,
                    null);
            comparing.write(ReadModelTable.SPEND, COLUMNS, rebuilt.subList(0, 30));
            comparing.write(ReadModelTable.SPEND, COLUMNS, rebuilt.subList(30, 60));
            RebuildWriter.Written written = comparing.finish();
            assertThat(read.get()).as("every stored row read to compare with").isEqualTo(inTable);
            assertThat(written.unchanged()).as("stored already").isEqualTo(58);
            assertThat(written.inserted()).as("the changed row and the new one").isEqualTo(2);
            // the other rows of the shared test store are not rebuilt here, so they go as well
            assertThat(written.deleted()).as("the changed row and s59, at least").isGreaterThanOrEqualTo(2);
        }, () -> {
            List<String> now = jdbc.sql("SELECT spend_id || ':' || COALESCE(note, '-') FROM rm_spend"
                    + " WHERE partnership_id = ? ORDER BY spend_id").param(partnership).query(String.class).list();
            assertThat(now).hasSize(60).contains("s7:changed", "new:-", "s2:plain").doesNotContain("s59:plain");
        });
    }

    /**
     * Read by two threads, each with its own connection, the stored rows are those one connection reads: the same
     * rows of every table, no table read twice or left out, every row counted.
     */
    @Test
    void twoThreadsReadTheStoredRowsOneWouldRead() throws Exception {
        processor.awaitCaughtUp(java.time.Duration.ofSeconds(60));
        List<ReadModelTable> tables = List.of(ReadModelTable.values());
        long rows = 0;
        for (ReadModelTable table : tables) {
            rows += jdbc.sql("SELECT COUNT(*) FROM " + table.tableName()).query(Long.class).single();
        }
        assertThat(rows).as("the shared test store has rows to read").isPositive();
        ExecutorService helping = Executors.newSingleThreadExecutor();
        try {
            for (int time = 0; time < 3; time++) {
                AtomicLong alone = new AtomicLong();
                AtomicLong together = new AtomicLong();
                StoredRows one = StoredRows.read(template(), tables, alone, null);
                StoredRows two = StoredRows.read(template(), tables, together,
                        new StoredRows.Helper(helping, dataSource));

                assertThat(alone.get()).isEqualTo(rows);
                assertThat(together.get()).isEqualTo(rows);
                assertThat(one.size()).isEqualTo(rows);
                assertThat(two.size()).isEqualTo(rows);
                for (ReadModelTable table : tables) {
                    assertThat(two.fingerprints(table)).as(table.tableName()).isEqualTo(one.fingerprints(table));
                }
            }
        } finally {
            helping.shutdownNow();
        }
    }

    /**
     * On PostgreSQL the stored rows are read with a binary COPY: every row of every table has the fingerprint it has
     * read through the driver's result sets — values of every type, NULLs, the empty string, non-ASCII text, times
     * with fractions of a second on both sides of PostgreSQL's epoch included. (Elsewhere both readings are the
     * result sets'.)
     */
    @Test
    void rowsReadByCopyHaveTheFingerprintsOfRowsReadByResultSet() throws Exception {
        processor.awaitCaughtUp(java.time.Duration.ofSeconds(60));
        String partnership = "copy-" + UUID.randomUUID();
        String[] notes = {null, "", "plain", "Over \"budget\", £5 — Ünïcode\nline two", "\\N", "\t"};
        OffsetDateTime at = OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(2));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(spend(partnership, "s" + i, i % 2 == 0 ? Long.MIN_VALUE + i : Long.MAX_VALUE - i,
                    LocalDate.of(1999, 12, 20).plusDays(i), notes[i % notes.length], i % 3 == 0,
                    at.plusNanos(i * 1_234_000L)));
        }
        inTransaction(true, (connection, thread) -> {
            JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            RowSink.batched(template).write(ReadModelTable.SPEND, COLUMNS, rows);
            List<ReadModelTable> tables = List.of(ReadModelTable.values());
            AtomicLong copiedCount = new AtomicLong();
            AtomicLong selectedCount = new AtomicLong();
            StoredRows copied = StoredRows.read(template, tables, copiedCount, null, true);
            StoredRows selected = StoredRows.read(template, tables, selectedCount, null, false);
            assertThat(copiedCount.get()).isEqualTo(selectedCount.get()).isGreaterThanOrEqualTo(rows.size());
            for (ReadModelTable table : tables) {
                assertThat(copied.fingerprints(table)).as(table.tableName())
                        .isEqualTo(selected.fingerprints(table));
            }
        }, () -> { });
    }

    /**
     * A stored date or time of infinity — which PostgreSQL can hold and no event makes — is read, found different
     * from every rebuilt row, and replaced by the row the events make.
     */
    @Test
    void aStoredInfiniteDateOrTimeIsReplacedByTheRebuiltRow() throws Exception {
        processor.awaitCaughtUp(java.time.Duration.ofSeconds(60));
        inTransaction(true, (connection, thread) -> {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            String partnership = "infinite-" + UUID.randomUUID();
            OffsetDateTime at = OffsetDateTime.of(2011, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC);
            List<Row> rebuilt = List.of(spend(partnership, "s1", 1L, LocalDate.of(2011, 3, 1), null, false, at),
                    spend(partnership, "s2", 2L, LocalDate.of(2011, 3, 2), null, false, at),
                    spend(partnership, "s3", 3L, LocalDate.of(2011, 3, 3), null, false, at));
            JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            RowSink.batched(template).write(ReadModelTable.SPEND, COLUMNS, rebuilt);
            template.update("UPDATE rm_spend SET recorded_at = 'infinity' WHERE partnership_id = ? AND spend_id = 's1'",
                    partnership);
            template.update("UPDATE rm_spend SET spent_on = '-infinity' WHERE partnership_id = ? AND spend_id = 's2'",
                    partnership);

            RebuildWriter comparing = new RebuildWriter(connection, thread, List.of(ReadModelTable.SPEND),
                    new AtomicLong(), null);
            comparing.write(ReadModelTable.SPEND, COLUMNS, rebuilt);
            RebuildWriter.Written written = comparing.finish();

            assertThat(written.inserted()).as("the two rows with infinity").isEqualTo(2);
            assertThat(template.queryForObject("SELECT COUNT(*) FROM rm_spend WHERE partnership_id = ?"
                    + " AND (recorded_at = 'infinity' OR spent_on = '-infinity')", Long.class, partnership)).isZero();
            assertThat(template.queryForList("SELECT spend_id FROM rm_spend WHERE partnership_id = ? AND"
                    + " recorded_at = ? ORDER BY spend_id", String.class, partnership, at))
                    .containsExactly("s1", "s2", "s3");
        }, () -> { });
    }

    private JdbcTemplate template() {
        return new JdbcTemplate(dataSource);
    }

    private static Row spend(String partnership, String id, long amount, LocalDate on, String note, boolean exceeds,
                             OffsetDateTime at) {
        return Row.of("partnership_id", partnership, "pledge_id", "g", "spend_id", id, "priority_id", "p",
                "partner_id", "council", "amount_minor", amount, "currency", "GBP", "spent_on", on, "note", note,
                "exceeds_pledge", exceeds, "recorded_at", at);
    }

    private void assertStored(String partnership, String[] notes, OffsetDateTime at) {
        List<Map<String, Object>> stored = jdbc.sql("SELECT spend_id, amount_minor, spent_on, note, exceeds_pledge,"
                        + " recorded_at FROM rm_spend WHERE partnership_id = ? ORDER BY amount_minor DESC")
                .param(partnership).query().listOfRows();
        assertThat(stored).hasSize(2500);
        for (int i = 0; i < 2500; i++) {
            Map<String, Object> row = stored.get(i);
            assertThat(value(row, "spend_id")).isEqualTo("s" + i);
            assertThat(((Number) value(row, "amount_minor")).longValue()).isEqualTo(Long.MAX_VALUE - i);
            assertThat(value(row, "note")).as("note " + i).isEqualTo(notes[i % notes.length]);
            assertThat(value(row, "exceeds_pledge")).isEqualTo(i % 2 == 0);
            assertThat(value(row, "spent_on").toString()).isEqualTo(LocalDate.of(1999, 12, 1).plusDays(i).toString());
        }
        List<OffsetDateTime> times = jdbc.sql("SELECT recorded_at FROM rm_spend WHERE partnership_id = ?"
                        + " ORDER BY amount_minor DESC")
                .param(partnership).query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list();
        for (int i = 0; i < 2500; i++) {
            // half a microsecond rounded up, as the driver rounds the live projection's parameters
            assertThat(times.get(i).toInstant()).as("time " + i)
                    .isEqualTo(at.plusSeconds(i).plusNanos(i % 3 == 0 ? 1000 : 0).toInstant());
        }
    }

    @Test
    void aBatchTheDatabaseRefusesFailsWithTheTableNamed() {
        String partnership = "writer-" + UUID.randomUUID();
        Row row = Row.of("partnership_id", partnership, "pledge_id", "g", "spend_id", "twice", "priority_id", "p",
                "partner_id", "council", "amount_minor", 1L, "currency", "GBP", "spent_on", LocalDate.of(2010, 4, 1),
                "note", null, "exceeds_pledge", false, "recorded_at", OffsetDateTime.now(ZoneOffset.UTC));
        assertThatThrownBy(() -> inTransaction(false, (connection, thread) -> {
            RebuildWriter writer = new RebuildWriter(connection, thread, List.of(), new AtomicLong(), null);
            writer.write(ReadModelTable.SPEND, COLUMNS, List.of(row, row));
            writer.finish();
        }, () -> { })).hasMessageContaining("rm_spend");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_spend WHERE partnership_id = ?").param(partnership)
                .query(Long.class).single()).as("rolled back").isZero();
    }

    private interface Writing {
        void run(Connection connection, ExecutorService thread) throws SQLException;
    }

    /**
     * Runs the writing on a connection of one transaction, with a thread for the writer, then {@code after} in the same
     * transaction; rolled back at the end if asked.
     */
    private void inTransaction(boolean rolledBack, Writing writing, Runnable after) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                if (rolledBack) {
                    status.setRollbackOnly();
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    writing.run(connection, thread);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
                after.run();
            });
        } finally {
            thread.shutdownNow();
        }
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
