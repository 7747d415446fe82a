package org.partnershipledger.api.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.TableColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
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
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:columns-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcClient onH2 = migrated(h2, "h2");

        EmbeddedPostgres server = TestStore.postgres();
        String database = "columns_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = server.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        JdbcClient onPostgres = migrated(server.getDatabase("postgres", database), "postgresql");

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

    /** The service's own migrations, as it runs them on that database. */
    private static JdbcClient migrated(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        return JdbcClient.create(dataSource);
    }
}
