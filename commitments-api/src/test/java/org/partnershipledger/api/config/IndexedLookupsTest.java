package org.partnershipledger.api.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.api.ledger.LedgerLog;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The two lookups made on every command — a partnership's last sequence number and its ledger log's size — read one
 * row through an index however long the partnership's history, and answer correctly.
 */
class IndexedLookupsTest extends ApiTest {

    @Autowired
    EventSchema schema;
    @Autowired
    LedgerLog ledgerLog;

    @Test
    void theLookupsAnswerTheLastPositionOfThePartnership() {
        String id = newPartnership();
        long version = storeVersion(id);
        assertThat(jdbc.sql(AxonConfiguration.lastSequenceNumberSql(schema)).param(id).query(Long.class).single())
                .isEqualTo(version);
        assertThat(ledgerLog.size(id)).isEqualTo(version + 1);
        assertThat(jdbc.sql(AxonConfiguration.lastSequenceNumberSql(schema)).param("no-such-partnership")
                .query(Long.class).optional()).isEmpty();
        assertThat(ledgerLog.size("no-such-partnership")).isZero();
    }

    @Test
    void onH2EachLookupReadsOneRowWhateverThePartnershipsSize() {
        assumeFalse(TestStore.isPostgres(), "the plans checked are H2's; PostgreSQL walks either form backwards");
        String id = newPartnership();
        newPriority(id);
        assertThat(storeVersion(id)).isGreaterThan(5);
        for (String sql : new String[]{AxonConfiguration.lastSequenceNumberSql(schema), LedgerLog.LAST_LEAF}) {
            String plan = jdbc.sql("EXPLAIN ANALYZE " + sql).param(id).query(String.class).single();
            assertThat(plan).as(plan).contains("scanCount: 1 ").contains("index sorted");
        }
    }
}
