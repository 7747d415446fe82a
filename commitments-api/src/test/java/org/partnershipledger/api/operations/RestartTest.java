package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store keeps everything in the data directory: a restarted service shows the same ledger. */
class RestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        LedgerApplication.noCallHome();
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--server.port=0", "--ledger.data-directory=" + data, "--ledger.demo.sutton=true",
                        "--ledger.snapshot-every=10", "--spring.profiles.active=testusers");
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).as("clerk");
    }

    @Test
    void aRestartedServiceShowsTheSameMatrix() {
        String before;
        long version;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            Http.Answer pledged = http.post("/api/partnerships/sutton/priorities/five-a-day/pledges",
                    "{\"id\": \"pct-fruit\", \"partnerId\": \"primary-care-trust\", \"amount\": {\"amountMinor\": 1234},"
                            + " \"financialYear\": \"2012/13\"}");
            assertThat(pledged.status()).as(pledged.toString()).isEqualTo(201);
            version = pledged.version();
            Http.Answer matrix = http.get("/api/partnerships/sutton/matrix?minVersion=" + version);
            assertThat(matrix.status()).isEqualTo(200);
            before = matrix.text();
        }
        assertThat(data.resolve("ledger.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            Http.Answer matrix = http.get("/api/partnerships/sutton/matrix?minVersion=" + version);
            assertThat(matrix.status()).isEqualTo(200);
            assertThat(matrix.text()).isEqualTo(before);
            assertThat(matrix.version()).isEqualTo(version);

            // the partnership now loads from a snapshot: its rules still know everything before it
            Http.Answer again = http.post("/api/partnerships/sutton/priorities/five-a-day/pledges",
                    "{\"id\": \"pct-fruit\", \"partnerId\": \"primary-care-trust\", \"amount\": {\"amountMinor\": 1},"
                            + " \"financialYear\": \"2012/13\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("code").asString()).isEqualTo("pledge.already-made");
            assertThat(http.post("/api/partnerships/sutton/priorities/five-a-day/pledges/pct-fruit/spend",
                    "{\"amount\": {\"amountMinor\": 1000}, \"spentOn\": \"2012-06-01\"}").status()).isEqualTo(201);
            JdbcClient jdbc = JdbcClient.create(second.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = 'sutton'")
                    .query(Long.class).single()).isPositive();
        }
    }

    /**
     * A ledger kept by a release from before the read models' history tables: on the first start of this one, the
     * migration adds them and empties the read models, and the read-model processor applies every event again from
     * the first — the same answers as before, now as of any instant too.
     */
    @Test
    void anUpgradedLedgerAppliesEveryEventAgainWithItsHistory() throws Exception {
        String before;
        String asOfBefore;
        Instant then;
        long version;
        try (ConfigurableApplicationContext old = start()) {
            Http http = http(old);
            then = Instant.now();
            Thread.sleep(20);
            Http.Answer pledged = http.post("/api/partnerships/sutton/priorities/five-a-day/pledges",
                    "{\"id\": \"pct-fruit\", \"partnerId\": \"primary-care-trust\", \"amount\": {\"amountMinor\": 1234},"
                            + " \"financialYear\": \"2012/13\"}");
            assertThat(pledged.status()).as(pledged.toString()).isEqualTo(201);
            version = pledged.version();
            before = http.get("/api/partnerships/sutton/matrix?minVersion=" + version).text();
            asOfBefore = http.get("/api/partnerships/sutton/matrix?asOf=" + then).text();

            // as the earlier release left it: read models filled and its processor's token at the head, no history
            JdbcClient jdbc = JdbcClient.create(old.getBean(DataSource.class));
            Arrays.stream(ReadModelTable.values()).filter(t -> t.kind() == ReadModelTable.Kind.HISTORY)
                    .forEach(t -> jdbc.sql("DROP TABLE " + t.tableName()).update());
            jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'").update();
        }

        try (ConfigurableApplicationContext upgraded = start()) {
            Http http = http(upgraded);
            Http.Answer matrix = http.get("/api/partnerships/sutton/matrix?minVersion=" + version);
            assertThat(matrix.status()).isEqualTo(200);
            assertThat(matrix.text()).isEqualTo(before);
            assertThat(http.get("/api/partnerships/sutton/matrix?asOf=" + then).text()).isEqualTo(asOfBefore);
            JdbcClient jdbc = JdbcClient.create(upgraded.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_pledge_history WHERE partnership_id = 'sutton'")
                    .query(Long.class).single()).isPositive();
        }
    }
}
