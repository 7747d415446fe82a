package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild's writer stores every value exactly as the live projection would — COPY's binary format on PostgreSQL
 * included: NULL and the empty string kept apart, quotes, commas, line breaks, backslashes and non-ASCII text, the
 * largest numbers, dates and times on both sides of PostgreSQL's epoch (2000-01-01), times with their offset — and a
 * failed batch fails the rebuild with the table named.
 */
class RebuildWriterTest extends ApiTest {

    private static final List<String> COLUMNS = List.of("partnership_id", "pledge_id", "spend_id", "priority_id",
            "partner_id", "amount_minor", "currency", "spent_on", "note", "exceeds_pledge", "recorded_at");

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

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
                    "exceeds_pledge", i % 2 == 0, "recorded_at", at.plusSeconds(i)));
        }
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // written, read back and rolled back in one transaction: the shared test store keeps nothing of it
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    RebuildWriter writer = new RebuildWriter(connection, thread);
                    writer.write(ReadModelTable.SPEND, COLUMNS, rows.subList(0, 1000));
                    writer.write(ReadModelTable.SPEND, COLUMNS, rows.subList(1000, 2500));
                    writer.finish();
                    assertThat(writer.copies()).as("COPY on PostgreSQL, batches elsewhere")
                            .isEqualTo(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
                assertStored(partnership, notes, at);
            });
        } finally {
            thread.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_spend WHERE partnership_id = ?").param(partnership)
                .query(Long.class).single()).as("rolled back").isZero();
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
            assertThat(times.get(i).toInstant()).isEqualTo(at.plusSeconds(i).toInstant());
        }
    }

    @Test
    void aBatchTheDatabaseRefusesFailsWithTheTableNamed() {
        String partnership = "writer-" + UUID.randomUUID();
        Row row = Row.of("partnership_id", partnership, "pledge_id", "g", "spend_id", "twice", "priority_id", "p",
                "partner_id", "council", "amount_minor", 1L, "currency", "GBP", "spent_on", LocalDate.of(2010, 4, 1),
                "note", null, "exceeds_pledge", false, "recorded_at", OffsetDateTime.now(ZoneOffset.UTC));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    RebuildWriter writer = new RebuildWriter(connection, thread);
                    writer.write(ReadModelTable.SPEND, COLUMNS, List.of(row, row));
                    writer.finish();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            })).hasMessageContaining("rm_spend");
        } finally {
            thread.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_spend WHERE partnership_id = ?").param(partnership)
                .query(Long.class).single()).as("rolled back").isZero();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
