package org.partnershipledger.api.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.TableColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columns of the read-model tables asked of H2 and of PostgreSQL in one process: the names are the same, and the
 * type names are each database's own — PostgreSQL's are what the rebuild's binary COPY is made from, so the ones H2
 * gave earlier must not be answered for it.
 */
class TableColumnsTest {

    @Test
    void eachDatabaseAnswersItsOwnTypeNames() throws Exception {
        JdbcClient onH2 = JdbcClient.create(TestStore.migratedH2("columns"));

        EmbeddedPostgres server = TestStore.postgres();
        String database = "columns_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        JdbcClient onPostgres = JdbcClient.create(TestStore.migrated(server.getDatabase("postgres", database),
                "postgresql"));

        for (ReadModelTable table : ReadModelTable.values()) {
            assertThat(TableColumns.of(onH2, table)).isEqualTo(TableColumns.of(onPostgres, table));
            assertThat(TableColumns.types(onH2, table).keySet())
                    .containsExactlyInAnyOrderElementsOf(TableColumns.of(onH2, table))
                    .isEqualTo(TableColumns.types(onPostgres, table).keySet());
        }
        assertThat(TableColumns.types(onH2, ReadModelTable.PLEDGE)).containsEntry("pledge_id", "CHARACTER VARYING");
        assertThat(TableColumns.types(onPostgres, ReadModelTable.PLEDGE)).containsEntry("pledge_id", "varchar")
                .containsEntry("pledged_at", "timestamptz");
        for (ReadModelTable table : ReadModelTable.values()) {
            assertThat(BinaryCopy.Type.of(onPostgres, table)).as(table.tableName())
                    .hasSameSizeAs(TableColumns.of(onPostgres, table));
        }
    }
}
