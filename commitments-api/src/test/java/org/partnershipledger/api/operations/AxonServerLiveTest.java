package org.partnershipledger.api.operations;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.TestStore;
import org.partnershipledger.core.verification.AuditBundle;
import org.partnershipledger.core.verification.Checkpoint;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.partnershipledger.core.verification.MerkleTree;
import org.partnershipledger.core.verification.OfflineVerifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against a real Axon Server, when its address is given: {@code LEDGER_TEST_AXONSERVER=localhost:8124 ./mvnw verify}.
 * Skipped otherwise (no Axon Server is published to Maven Central, so the build cannot start one itself).
 */
class AxonServerLiveTest {

    private static final String ADDRESS = System.getenv("LEDGER_TEST_AXONSERVER");

    @TempDir
    Path data;

    @Test
    void theLedgerWorksThroughAxonServer() {
        try (ConfigurableApplicationContext app = start()) {
            Http http = clerk(app);
            String id = partnership(http);
            Http.Answer theme = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"fairer\", \"name\": \"F\"}");
            assertThat(theme.status()).isEqualTo(201);
            assertThat(http.get("/api/partnerships/" + id + "/themes/fairer?minVersion=" + theme.version()).status())
                    .isEqualTo(200);
            Http.Answer again = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"fairer\", \"name\": \"F\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("code").asString()).isEqualTo("theme.already-defined");
            // the audit trail's data is read from Axon Server: the theme's event, at its position
            var entries = http.get("/api/partnerships/" + id + "/audit-trail?minVersion=" + theme.version())
                    .json().path("entries");
            assertThat(entries.get((int) theme.version()).path("data").path("themeId").asString()).isEqualTo("fairer");
        }
    }

    /**
     * The ledger log follows the events Axon Server holds: each is logged without being asked for, verification
     * recomputes every leaf from Axon Server, proofs and an exported bundle check out, and a leaf changed in the
     * database is named.
     */
    @Test
    void theLedgerLogFollowsAxonServer() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            Http http = clerk(app);
            String id = partnership(http);
            for (int i = 0; i < 5; i++) {
                assertThat(http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"t" + i + "\", \"name\": \"T\"}")
                        .status()).isEqualTo(201);
            }
            String ledger = "/api/partnerships/" + id + "/ledger";
            String key = http.get("/.well-known/ledger-checkpoint-key", "text/plain").text().strip();

            // signing does not extend the log: a checkpoint of all six events shows the feed logged them
            Checkpoint checkpoint = null;
            Instant until = Instant.now().plus(Duration.ofSeconds(30));
            while (checkpoint == null || checkpoint.treeSize() < 6) {
                assertThat(Instant.now()).as("the feed logs the events").isBefore(until);
                Thread.sleep(100);
                checkpoint = CheckpointSigner.verify(http.with("Accept", "text/plain").post(ledger + "/checkpoints", "")
                        .text(), key);
            }
            assertThat(checkpoint.treeSize()).isEqualTo(6);

            JsonNode report = http.post(ledger + "/verify", "").json();
            assertThat(report.path("verified").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.path("events").asLong()).isEqualTo(6);
            assertThat(report.path("leaves").asLong()).isEqualTo(6);

            JsonNode proof = http.get(ledger + "/proofs/inclusion?leafIndex=3&treeSize=6").json();
            List<byte[]> path = new ArrayList<>();
            proof.path("auditPath").forEach(p -> path.add(Base64.getDecoder().decode(p.asString())));
            assertThat(MerkleTree.verifyInclusion(Base64.getDecoder().decode(proof.path("leafHash").asString()), 3, 6,
                    path, checkpoint.rootHash())).isTrue();

            AuditBundle bundle = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build().readValue(http.get(ledger + "/bundle").text(), AuditBundle.class);
            assertThat(bundle.events()).hasSize(6);
            assertThat(OfflineVerifier.verify(bundle, key)).startsWith("verified: 6 events");

            JdbcTemplate database = app.getBean(JdbcTemplate.class);
            String third = database.queryForObject("SELECT event_id FROM ledger_leaf WHERE partnership_id = ?"
                    + " AND leaf_index = 2", String.class, id);
            database.update("UPDATE ledger_leaf SET leaf_hash = ? WHERE partnership_id = ? AND leaf_index = 2",
                    "00".repeat(32), id);
            JsonNode tampered = http.post(ledger + "/verify", "").json();
            assertThat(tampered.path("verified").asBoolean()).isFalse();
            assertThat(tampered.path("problem").path("kind").asString()).isEqualTo("altered");
            assertThat(tampered.path("problem").path("position").asLong()).isEqualTo(2);
            assertThat(tampered.path("problem").path("eventId").asString()).isEqualTo(third);
        }
    }

    /**
     * The read models are rebuilt from Axon Server's events into what they were, compared and rewritten, and answer
     * as of a past instant.
     */
    @Test
    void readModelsRebuildFromAxonServerAndAnswerAsOfAnInstant() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            Http http = clerk(app);
            String id = partnership(http);
            http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"first\", \"name\": \"T\"}");
            Http.Answer second = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"second\", \"name\": \"T\"}");
            assertThat(second.status()).isEqualTo(201);
            assertThat(http.get("/api/partnerships/" + id + "/matrix?minVersion=" + second.version()).status())
                    .isEqualTo(200);
            Thread.sleep(5);
            Instant between = Instant.now();
            Thread.sleep(5);
            Http.Answer third = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"third\", \"name\": \"T\"}");
            assertThat(http.get("/api/partnerships/" + id + "/matrix?minVersion=" + third.version()).json()
                    .path("themes")).hasSize(3);
            assertThat(http.get("/api/partnerships/" + id + "/matrix?asOf=" + between).json().path("themes"))
                    .hasSize(2);

            JsonNode before = http.get("/api/read-models").json();
            JsonNode compared = rebuildUntilDone(http, "");
            assertThat(compared.path("eventsApplied").asLong()).isPositive();
            assertThat(compared.path("rows").path("unchanged").asLong()).isPositive();
            assertThat(compared.path("rows").path("written").asLong()).isZero();
            assertThat(compared.path("rows").path("deleted").asLong()).isZero();
            assertThat(http.get("/api/read-models").json()).isEqualTo(before);
            JsonNode rewritten = rebuildUntilDone(http, "?rewrite=true");
            assertThat(rewritten.path("rows").path("written").asLong())
                    .isEqualTo(compared.path("rows").path("unchanged").asLong());
            assertThat(http.get("/api/read-models").json()).isEqualTo(before);
        }
    }

    private static JsonNode rebuildUntilDone(Http http, String query) throws InterruptedException {
        assertThat(http.post("/api/read-models/rebuild" + query, "").status()).isEqualTo(202);
        JsonNode progress = http.get("/api/read-models/rebuild").json();
        for (int i = 0; i < 1200 && progress.path("state").asString().equals("RUNNING"); i++) {
            Thread.sleep(50);
            progress = http.get("/api/read-models/rebuild").json();
        }
        assertThat(progress.path("state").asString()).as(progress.toString()).isEqualTo("DONE");
        return progress;
    }

    private ConfigurableApplicationContext start() {
        assumeTrue(ADDRESS != null && !ADDRESS.isBlank(),
                "no Axon Server given: set LEDGER_TEST_AXONSERVER=host:port to run this test");
        String jdbcUrl = TestStore.postgres().getJdbcUrl("postgres", "postgres");
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--server.port=0", "--spring.profiles.active=postgres,axonserver,testusers",
                "--axon.axonserver.servers=" + ADDRESS, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--ledger.data-directory=" + data);
    }

    private static Http clerk(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).as("clerk");
    }

    private static String partnership(Http http) {
        String id = "axonserver-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/api/partnerships", "{\"id\": \"" + id + "\", \"name\": \"N\", \"place\": \"P\","
                + " \"vision\": \"V\"}").status()).isEqualTo(201);
        return id;
    }
}
