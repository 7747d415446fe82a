package org.partnershipledger.api.operations;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.value.ValueBigint;
import org.h2.value.ValueVarchar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.api.TornIndexes;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways a crash can leave an H2 index disagreeing with its table — a row without its index entry, an index
 * entry without its row — made on the service's own schema with H2's own index calls (SQL cannot make them), and
 * put right by building the indexes anew.
 */
class EmbeddedIndexesTest {

    private JdbcDataSource store;
    private JdbcClient jdbc;

    @BeforeEach
    void aMigratedStore() {
        store = TestStore.migratedH2("indexes");
        jdbc = JdbcClient.create(store);
        for (int sequence = 0; sequence < 3; sequence++) {
            event("p", sequence);
            jdbc.sql("INSERT INTO ledger_leaf (partnership_id, leaf_index, event_id, leaf_hash) VALUES ('p', ?, ?, ?)")
                    .params(sequence, "e" + sequence, "ab".repeat(32)).update();
        }
    }

    @Test
    void anEventWithoutItsIndexEntryIsFoundAgainAndKeepsItsSequenceNumberToItself() throws Exception {
        List<String> schema = schema();
        assertThat(schema).as("the constraints and indexes of every table").hasSizeGreaterThan(40);
        tear("DOMAIN_EVENT_ENTRY", "UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE", false);
        assertThat(eventAt("p", 2)).as("the torn index does not find the event").isZero();

        assertThat(EmbeddedIndexes.rebuild(jdbc)).isPositive();
        assertThat(eventAt("p", 2)).isOne();
        assertThatThrownBy(() -> event("p", 2)).as("a second event at its sequence number")
                .hasMessageContaining("UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE");
        assertThat(schema()).as("every index and constraint as the migrations made it").isEqualTo(schema);
    }

    @Test
    void anIndexEntryWithoutItsRowNoLongerRefusesTheKey() throws Exception {
        tear("LEDGER_LEAF", "PRIMARY", true);
        jdbc.sql("DELETE FROM ledger_leaf").update();
        assertThatThrownBy(() -> leaf(7)).as("emptying the table leaves the entry behind")
                .hasMessageContaining("PK_LEDGER_LEAF");

        EmbeddedIndexes.rebuild(jdbc);
        leaf(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_leaf WHERE partnership_id = 'p' AND leaf_index = 7")
                .query(Long.class).single()).isOne();
        assertThatThrownBy(() -> leaf(7)).hasMessageContaining("PK_LEDGER_LEAF");
    }

    @Test
    void rowsThatAreNoLongerUniqueLeaveTheStoreAsItWas() throws Exception {
        tear("DOMAIN_EVENT_ENTRY", "UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE", false);
        event("p", 2);
        List<String> schema = schema();
        assertThatThrownBy(() -> EmbeddedIndexes.rebuild(jdbc))
                .hasMessageContaining("are no longer unique in UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE");
        assertThat(schema()).isEqualTo(schema);
    }

    @Test
    void aRebuildCutShortIsFinishedByTheNext() {
        List<String> schema = schema();
        // a crash after the new index was built, before the old one was dropped; and one after that
        String eventIds = jdbc.sql("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_NAME = 'UK_DOMAIN_EVENT_IDENTIFIER'").query(String.class).single();
        jdbc.sql("CREATE UNIQUE INDEX \"REBUILDING_" + eventIds + "\" ON domain_event_entry (event_identifier)")
                .update();
        jdbc.sql("CREATE INDEX \"REBUILDING_IX_IDEMPOTENCY_KEY_EXPIRY\" ON idempotency_key (expires_at)").update();
        jdbc.sql("DROP INDEX ix_idempotency_key_expiry").update();

        EmbeddedIndexes.rebuild(jdbc);
        assertThat(schema()).isEqualTo(schema);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME LIKE 'REBUILDING%'")
                .query(Long.class).single()).isZero();
    }

    /**
     * Every constraint with its columns, and every index no constraint uses with its columns and their order: what
     * the store enforces and how it finds rows, whatever H2 named the indexes it made for constraints.
     */
    private List<String> schema() {
        String columns = "(SELECT LISTAGG(c.COLUMN_NAME || ' ' || c.ORDERING_SPECIFICATION || ' '"
                + " || COALESCE(c.NULL_ORDERING, '-'), ', ') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS c WHERE c.INDEX_SCHEMA = %1$s.INDEX_SCHEMA"
                + " AND c.INDEX_NAME = %1$s.INDEX_NAME)";
        return jdbc.sql("SELECT t.TABLE_NAME || ' ' || t.CONSTRAINT_NAME || ' ' || t.CONSTRAINT_TYPE || ' '"
                        + " || " + columns.formatted("t") + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                        + " WHERE t.TABLE_SCHEMA = 'PUBLIC' UNION ALL"
                        + " SELECT i.TABLE_NAME || ' ' || i.INDEX_NAME || ' ' || i.INDEX_TYPE_NAME || ' '"
                        + " || " + columns.formatted("i") + " FROM INFORMATION_SCHEMA.INDEXES i"
                        + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM"
                        + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS t WHERE t.INDEX_SCHEMA = i.INDEX_SCHEMA"
                        + " AND t.INDEX_NAME = i.INDEX_NAME) ORDER BY 1")
                .query(String.class).list();
    }

    private void tear(String table, String indexPrefix, boolean ghost) throws Exception {
        try (Connection connection = store.getConnection()) {
            if (ghost) {
                TornIndexes.withEntryWithoutRow(connection, table, indexPrefix,
                        Map.of("PARTNERSHIP_ID", ValueVarchar.get("p"), "LEAF_INDEX", ValueBigint.get(7)));
            } else {
                TornIndexes.withoutEntryOfLastRow(connection, table, indexPrefix);
            }
        }
    }

    private void event(String aggregate, long sequence) {
        jdbc.sql("INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " payload, payload_type, time_stamp) VALUES (?, ?, 'Partnership', ?, ?, 'Made', '2011-03-31')")
                .params(aggregate, sequence, UUID.randomUUID().toString(), new byte[]{1}).update();
    }

    private long eventAt(String aggregate, long sequence) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?").params(aggregate, sequence).query(Long.class).single();
    }

    private void leaf(long index) {
        jdbc.sql("INSERT INTO ledger_leaf (partnership_id, leaf_index, event_id, leaf_hash) VALUES ('p', ?, 'e', ?)")
                .params(index, "cd".repeat(32)).update();
    }
}
