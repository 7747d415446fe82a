package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.TestStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
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
        assumeTrue(ADDRESS != null && !ADDRESS.isBlank(),
                "no Axon Server given: set LEDGER_TEST_AXONSERVER=host:port to run this test");
        String jdbcUrl = TestStore.postgres().getJdbcUrl("postgres", "postgres");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--server.port=0", "--spring.profiles.active=postgres,axonserver,testusers",
                "--axon.axonserver.servers=" + ADDRESS, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--ledger.data-directory=" + data)) {
            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port"))).as("clerk");
            String id = "axonserver-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(http.post("/api/partnerships", "{\"id\": \"" + id + "\", \"name\": \"N\", \"place\": \"P\","
                    + " \"vision\": \"V\"}").status()).isEqualTo(201);
            Http.Answer theme = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"fairer\", \"name\": \"F\"}");
            assertThat(theme.status()).isEqualTo(201);
            assertThat(http.get("/api/partnerships/" + id + "/themes/fairer?minVersion=" + theme.version()).status())
                    .isEqualTo(200);
            Http.Answer again = http.post("/api/partnerships/" + id + "/themes", "{\"id\": \"fairer\", \"name\": \"F\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().path("code").asString()).isEqualTo("theme.already-defined");
        }
    }
}
