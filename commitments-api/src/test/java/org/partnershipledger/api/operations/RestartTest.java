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
import java.util.List;
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

    /** Pledges the primary care trust's money to five a day; answers the partnership's version after it. */
    private static long pledgeFruit(Http http) {
        Http.Answer pledged = http.post("/api/partnerships/sutton/priorities/five-a-day/pledges",
                "{\"id\": \"pct-fruit\", \"partnerId\": \"primary-care-trust\", \"amount\": {\"amountMinor\": 1234},"
                        + " \"financialYear\": \"2012/13\"}");
        assertThat(pledged.status()).as(pledged.toString()).isEqualTo(201);
        return pledged.version();
    }

    @Test
    void aRestartedServiceShowsTheSameMatrix() {
        String before;
        long version;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            version = pledgeFruit(http);
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
     * A ledger kept by a release that held event payloads and metadata as BLOBs: on the first start of this one,
     * the migration moves them into the rows, byte for byte — the ledger still verifies against the checkpoint
     * signed before, with the same root — and the service goes on recording and reading.
     */
    @Test
    void anUpgradedLedgerKeepsEveryEventsBytesInItsRow() {
        List<StoredEvent> stored;
        long version;
        try (ConfigurableApplicationContext old = start()) {
            Http http = http(old);
            version = pledgeFruit(http);
            Http.Answer signed = http.with("Accept", "text/plain")
                    .post("/api/partnerships/sutton/ledger/checkpoints", "");
            assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

            // as the earlier release left it: payloads and metadata as BLOBs
            JdbcClient jdbc = JdbcClient.create(old.getBean(DataSource.class));
            withAuditDataInRows(jdbc);
            assertThat(columnTypes(jdbc)).containsOnly("BINARY VARYING");
            jdbc.sql("ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE BLOB").update();
            jdbc.sql("ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE BLOB").update();
            jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'").update();
            withoutIdempotencyClaims(jdbc);
            assertThat(columnTypes(jdbc)).containsOnly("BINARY LARGE OBJECT");
            stored = events(jdbc);
            // payloads both shorter and longer than the 256 bytes H2 keeps in a BLOB's row
            assertThat(stored).extracting(event -> event.payload().length)
                    .anyMatch(length -> length < 256).anyMatch(length -> length > 256);
        }

        try (ConfigurableApplicationContext upgraded = start()) {
            Http http = http(upgraded);
            JdbcClient jdbc = JdbcClient.create(upgraded.getBean(DataSource.class));
            assertThat(columnTypes(jdbc)).containsOnly("BINARY VARYING");
            List<StoredEvent> moved = events(jdbc);
            assertThat(moved).hasSameSizeAs(stored);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(moved.get(i).payload()).as("payload %d", i).isEqualTo(stored.get(i).payload());
                assertThat(moved.get(i).metaData()).as("metadata %d", i).isEqualTo(stored.get(i).metaData());
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'RM_AUDIT_ENTRY'"
                    + " AND COLUMN_NAME = 'DATA'").query(Long.class).single()).as("the audit data's copy dropped")
                    .isZero();
            assertThat(http.get("/api/partnerships/sutton/audit-trail?size=1").json().path("entries").get(0)
                    .path("data").path("partnershipId").asString()).isEqualTo("sutton");
            Http.Answer verified = http.post("/api/partnerships/sutton/ledger/verify", "");
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            assertThat(verified.json().path("verified").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.json().path("checkpointSize").asLong()).isEqualTo(version + 1);

            assertThat(http.get("/api/partnerships/sutton/priorities/five-a-day?minVersion=" + version).text())
                    .contains("pct-fruit");
            Http.Answer spent = http.post("/api/partnerships/sutton/priorities/five-a-day/pledges/pct-fruit/spend",
                    "{\"amount\": {\"amountMinor\": 1000}, \"spentOn\": \"2012-06-01\"}");
            assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        }
    }

    private static List<String> columnTypes(JdbcClient jdbc) {
        return jdbc.sql("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'DOMAIN_EVENT_ENTRY'"
                + " AND COLUMN_NAME IN ('PAYLOAD', 'META_DATA')").query(String.class).list();
    }

    private record StoredEvent(byte[] payload, byte[] metaData) {
    }

    private static List<StoredEvent> events(JdbcClient jdbc) {
        return jdbc.sql("SELECT payload, meta_data FROM domain_event_entry ORDER BY global_index")
                .query((rs, n) -> new StoredEvent(rs.getBytes(1), rs.getBytes(2))).list();
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
            version = pledgeFruit(http);
            before = http.get("/api/partnerships/sutton/matrix?minVersion=" + version).text();
            asOfBefore = http.get("/api/partnerships/sutton/matrix?asOf=" + then).text();

            // as the earlier release left it: read models filled and its processor's token at the head, no history
            JdbcClient jdbc = JdbcClient.create(old.getBean(DataSource.class));
            Arrays.stream(ReadModelTable.values()).filter(t -> t.kind() == ReadModelTable.Kind.HISTORY)
                    .forEach(t -> jdbc.sql("DROP TABLE " + t.tableName()).update());
            withAuditDataInRows(jdbc);
            // and, as every release then, with payloads and metadata as BLOBs
            jdbc.sql("ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE BLOB").update();
            jdbc.sql("ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE BLOB").update();
            jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7')").update();
            withoutIdempotencyClaims(jdbc);
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

    /**
     * As releases before V9 left the store: each audit entry with its event's JSON (copied here from the events,
     * which are still in rows).
     */
    private static void withAuditDataInRows(JdbcClient jdbc) {
        jdbc.sql("ALTER TABLE rm_audit_entry ADD COLUMN data CHARACTER LARGE OBJECT").update();
        jdbc.sql("UPDATE rm_audit_entry a SET data = (SELECT UTF8TOSTRING(e.payload) FROM domain_event_entry e"
                + " WHERE e.aggregate_identifier = a.partnership_id AND e.sequence_number = a.sequence_number)")
                .update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry WHERE data IS NULL").query(Long.class).single())
                .isZero();
        jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'").update();
    }

    /** As releases before V8 left the store: idempotency keys without a holder of their claim. */
    private static void withoutIdempotencyClaims(JdbcClient jdbc) {
        jdbc.sql("ALTER TABLE idempotency_key DROP COLUMN claim_token").update();
        jdbc.sql("ALTER TABLE idempotency_key DROP COLUMN claimed_at").update();
        jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'").update();
    }
}
