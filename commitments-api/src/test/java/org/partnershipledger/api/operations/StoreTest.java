package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.TestStore;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tests run on the store they claim, and on PostgreSQL the known Axon lessons hold. */
class StoreTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theServiceRunsOnTheStoreThisRunIsFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestStore.isPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void onPostgresPayloadsAndTokensAreByteaNeverLargeObjects() {
        assumeTrue(TestStore.isPostgres(), "PostgreSQL schema checks run in the PostgreSQL test run");
        newPartnership();
        assertThat(jdbc.sql("SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns"
                        + " WHERE column_name IN ('payload', 'meta_data', 'token') ORDER BY 1")
                .query(String.class).list())
                .containsExactly("dead_letter_entry.meta_data:bytea", "dead_letter_entry.payload:bytea",
                        "dead_letter_entry.token:bytea",
                        "domain_event_entry.meta_data:bytea", "domain_event_entry.payload:bytea",
                        "snapshot_event_entry.meta_data:bytea", "snapshot_event_entry.payload:bytea",
                        "token_entry.token:bytea");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_largeobject_metadata").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT increment_by FROM pg_sequences WHERE sequencename LIKE 'domain_event_entry%'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'domain_event_entry'")
                .query(String.class).list())
                .anyMatch(index -> index.contains("UNIQUE") && index.contains("(aggregate_identifier, sequence_number)"))
                .anyMatch(index -> index.contains("UNIQUE") && index.contains("(event_identifier)"));
    }
}
