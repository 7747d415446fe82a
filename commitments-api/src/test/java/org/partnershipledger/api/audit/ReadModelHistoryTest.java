package org.partnershipledger.api.audit;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.projections.AsOfTables;
import org.partnershipledger.projections.rows.JdbcRows;
import org.partnershipledger.projections.rows.MemoryRows;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.RowSink;
import org.partnershipledger.projections.rows.Rows;
import org.partnershipledger.projections.rows.TableColumns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history tables hold every version of every row: a long random run of inserts, changes (several to one row in
 * one event, some of columns that are not versioned), deletes and re-inserts, written as the live projection writes
 * them and as a rebuild does, reads back as of every version of the partnership exactly as the rows then stood —
 * with the span classes read as one query or as a union of queries — and both ways of writing keep the same history.
 */
class ReadModelHistoryTest extends ApiTest {

    private static final int VERSIONS = 300;
    private static final OffsetDateTime START = OffsetDateTime.of(2010, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbcTemplate;

    /** The pledges (id → amount, status, spent) and supporters of the partnership after each version. */
    private final List<Map<String, List<Object>>> pledgesAt = new ArrayList<>();
    private final List<TreeSet<String>> supportersAt = new ArrayList<>();

    @Test
    void everyVersionReadsBackAsItStoodWrittenLiveOrRebuilt() {
        String live = "history-live-" + UUID.randomUUID();
        String rebuilt = "history-rebuilt-" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            run(new JdbcRows(jdbc), live, true);
            MemoryRows memory = MemoryRows.inMemory();
            run(memory, rebuilt, false);
            memory.writeTo(RowSink.batched(jdbcTemplate));

            for (int version = 0; version < VERSIONS; version++) {
                for (String partnership : List.of(live, rebuilt)) {
                    for (boolean union : List.of(false, true)) {
                        // the latest version bounds the classes read: the actual one, or (every other version) a
                        // stale one, as when versions have ended since it was read
                        long latest = version % 2 == 0 ? VERSIONS - 1 : version;
                        AsOfTables tables = new AsOfTables(partnership, version, latest, at(version).toInstant(),
                                at(version).toInstant(), union, table -> TableColumns.of(jdbc, table));
                        assertThat(pledges(tables, partnership)).as("pledges of %s at %d", partnership, version)
                                .isEqualTo(pledgesAt.get(version));
                        assertThat(supporters(tables, partnership)).as("supporters of %s at %d", partnership,
                                version).isEqualTo(supportersAt.get(version));
                        assertThat(jdbc.sql(tables.rewrite("SELECT version, last_changed_at FROM rm_partnership"
                                        + " WHERE partnership_id = ?")).param(partnership)
                                .query((rs, row) -> rs.getLong(1) + " " + rs.getObject(2, OffsetDateTime.class)
                                        .toInstant()).single())
                                .isEqualTo(version + " " + at(version).toInstant());
                    }
                }
            }
            for (ReadModelTable history : List.of(ReadModelTable.PLEDGE_HISTORY,
                    ReadModelTable.PRIORITY_SUPPORTER_HISTORY, ReadModelTable.PARTNERSHIP_HISTORY)) {
                assertThat(history(history, rebuilt)).as(history.tableName()).isEqualTo(history(history, live));
            }
            assertThat(history(ReadModelTable.PARTNERSHIP_HISTORY, live))
                    .as("the version moving makes no new version of the partnership").hasSize(1);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_pledge_history WHERE partnership_id IN (?, ?)")
                .params(live, rebuilt).query(Long.class).single()).as("rolled back").isZero();
    }

    /** Applies the same seeded run of changes, recording what each version should read back (once). */
    private void run(Rows rows, String partnership, boolean record) {
        Random random = new Random(20110331);
        Map<String, List<Object>> pledges = new TreeMap<>();
        TreeSet<String> supporters = new TreeSet<>();
        for (int version = 0; version < VERSIONS; version++) {
            rows.at(version);
            if (version == 0) {
                rows.insert(ReadModelTable.PARTNERSHIP, Row.of("partnership_id", partnership, "name", "Sutton",
                        "place", "Sutton", "vision", "Together", "established_at", at(0), "last_changed_at", at(0),
                        "version", 0L));
            } else {
                rows.advance(ReadModelTable.PARTNERSHIP, Row.of("partnership_id", partnership), "version", version,
                        Row.of("last_changed_at", at(version)));
            }
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                int dice = random.nextInt(100);
                String pledge = "g" + random.nextInt(8);
                String supporter = "partner" + random.nextInt(4);
                if (dice < 30 && !pledges.containsKey(pledge)) {
                    long amount = 1 + random.nextInt(1000);
                    rows.insert(ReadModelTable.PLEDGE, Row.of("partnership_id", partnership, "pledge_id", pledge,
                            "priority_id", "p", "partner_id", "council", "amount_minor", amount, "currency", "GBP",
                            "financial_year", "2010/11", "kind", "CASH", "status", "INDICATIVE", "withdrawn", false,
                            "spent_minor", 0L, "pledged_at", at(version)));
                    pledges.put(pledge, List.of(amount, "INDICATIVE", 0L));
                } else if (dice < 55 && pledges.containsKey(pledge)) {
                    long amount = 1 + random.nextInt(1000);
                    String state = random.nextBoolean() ? "COMMITTED" : "INDICATIVE";
                    rows.update(ReadModelTable.PLEDGE, Row.of("partnership_id", partnership, "pledge_id", pledge),
                            Row.of("amount_minor", amount, "status", state));
                    pledges.put(pledge, List.of(amount, state, pledges.get(pledge).get(2)));
                } else if (dice < 75 && pledges.containsKey(pledge)) {
                    long spent = (Long) pledges.get(pledge).get(2) + random.nextInt(50);
                    rows.update(ReadModelTable.PLEDGE, Row.of("partnership_id", partnership, "pledge_id", pledge),
                            Row.of("spent_minor", spent));
                    pledges.put(pledge, List.of(pledges.get(pledge).get(0), pledges.get(pledge).get(1), spent));
                } else if (dice < 90 && !supporters.contains(supporter)) {
                    rows.insert(ReadModelTable.PRIORITY_SUPPORTER, Row.of("partnership_id", partnership,
                            "priority_id", "p", "partner_id", supporter));
                    supporters.add(supporter);
                } else if (supporters.contains(supporter)) {
                    rows.delete(ReadModelTable.PRIORITY_SUPPORTER, Row.of("partnership_id", partnership,
                            "priority_id", "p", "partner_id", supporter));
                    supporters.remove(supporter);
                }
            }
            if (record) {
                pledgesAt.add(new TreeMap<>(pledges));
                supportersAt.add(new TreeSet<>(supporters));
            }
        }
    }

    private Map<String, List<Object>> pledges(AsOfTables tables, String partnership) {
        Map<String, List<Object>> pledges = new TreeMap<>();
        jdbc.sql(tables.rewrite("SELECT * FROM rm_pledge WHERE partnership_id = ?")).param(partnership)
                .query((rs, row) -> pledges.put(rs.getString("pledge_id"), List.of(rs.getLong("amount_minor"),
                        rs.getString("status"), rs.getLong("spent_minor"))))
                .list();
        return pledges;
    }

    private TreeSet<String> supporters(AsOfTables tables, String partnership) {
        return new TreeSet<>(jdbc.sql(tables.rewrite("SELECT partner_id FROM rm_priority_supporter"
                        + " WHERE partnership_id = ? AND priority_id = ?")).params(partnership, "p")
                .query(String.class).list());
    }

    /** The table's versions of the partnership, without its id. */
    private List<String> history(ReadModelTable history, String partnership) {
        List<String> key = history.key();
        return jdbc.sql("SELECT * FROM " + history.tableName() + " WHERE partnership_id = ? ORDER BY "
                        + String.join(", ", key)).param(partnership)
                .query((rs, row) -> {
                    StringBuilder values = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        String column = rs.getMetaData().getColumnLabel(i).toLowerCase();
                        if (!column.equals("partnership_id") && !column.equals("vision") && !column.equals("name")) {
                            values.append(column).append('=').append(rs.getString(i)).append(' ');
                        }
                    }
                    return values.toString();
                })
                .list();
    }

    private static OffsetDateTime at(int version) {
        return START.plusMinutes(version);
    }
}
