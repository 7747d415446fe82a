package org.partnershipledger.api;

import org.junit.jupiter.api.BeforeEach;
import org.partnershipledger.api.operations.ReadModelProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a real port over a real store — the embedded default (an H2 file in a fresh data directory) or
 * PostgreSQL (see {@link TestStore}) — with the Sutton demo loaded. Test classes share one running service, so each
 * works in partnerships of its own.
 */
@ActiveProfiles(resolver = TestStore.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.demo.sutton=true", "ledger.read-wait-limit=2s"})
public abstract class ApiTest {

    private static final Path DATA = dataDirectory();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private ReadModelProcessor readModels;

    protected Http http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, DATA);
    }

    @BeforeEach
    void connect() {
        http = new Http(port).as("clerk");
    }

    /** As nobody at all. */
    protected Http anonymous() {
        return new Http(port);
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory("ledger-api-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** How many events the store holds, in all partnerships. */
    protected long eventsInStore() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * Removes every trace of a partnership a test tampered with — events, log, checkpoints, parked events, read
     * models — so that the tests after it (a rebuild from every event, say) see a ledger nobody tampered with. Waits
     * first until the read models have applied every event in the store: an event still being applied would
     * otherwise put its rows back after they were deleted, for an event the store no longer holds.
     */
    protected void erase(String partnershipId) {
        try {
            readModels.awaitCaughtUp(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read models", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the read models did not catch up, so the partnership cannot be erased"
                    + " whole", e);
        }
        jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?").param(partnershipId).update();
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(partnershipId).update();
        jdbc.sql("DELETE FROM ledger_leaf WHERE partnership_id = ?").param(partnershipId).update();
        jdbc.sql("DELETE FROM ledger_checkpoint WHERE partnership_id = ?").param(partnershipId).update();
        jdbc.sql("DELETE FROM dead_letter_entry WHERE sequence_identifier = ?").param(partnershipId).update();
        for (String table : org.partnershipledger.projections.ReadModelDigest.TABLES.keySet()) {
            jdbc.sql("DELETE FROM " + table + " WHERE partnership_id = ?").param(partnershipId).update();
        }
    }

    /** The version of a partnership in the event store: the sequence number of its last event. */
    protected long storeVersion(String partnershipId) {
        return jdbc.sql("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(partnershipId).query(Long.class).single();
    }

    /** Sends a request that must be refused with a problem document, and checks that the store did not move. */
    protected Http.Answer refused(int status, String code, Supplier<Http.Answer> request) {
        long before = eventsInStore();
        Http.Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.text()).doesNotContain("Exception", "\tat ");
        assertThat(eventsInStore()).as("events appended by a refused request").isEqualTo(before);
        return answer;
    }

    /** Sends a request that must be accepted with the given status; returns the answer. */
    protected Http.Answer accepted(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }

    /**
     * Establishes a fresh partnership with two themes, two principles and three partners, and waits until the
     * read models show it, as a client would; returns its id.
     */
    protected String newPartnership() {
        String id = unique("p");
        accepted(201, http.post("/api/partnerships", """
                {"id": "%s", "name": "Test Partnership", "place": "Testborough", "vision": "A fairer place",
                 "decision": {"reference": "Board 2010-09-14, minute 7", "rationale": "Founding"}}
                """.formatted(id)));
        String base = "/api/partnerships/" + id;
        accepted(201, http.post(base + "/themes", "{\"id\": \"fairer\", \"name\": \"Fairer\"}"));
        accepted(201, http.post(base + "/themes", "{\"id\": \"safer\", \"name\": \"Safer\"}"));
        accepted(201, http.post(base + "/principles", "{\"id\": \"value-for-money\", \"name\": \"Value for Money\"}"));
        accepted(201, http.post(base + "/principles", "{\"id\": \"engagement\", \"name\": \"Engagement\"}"));
        accepted(201, http.post(base + "/partners",
                "{\"id\": \"council\", \"name\": \"Testborough Council\", \"sector\": \"LOCAL_AUTHORITY\"}"));
        accepted(201, http.post(base + "/partners",
                "{\"id\": \"police\", \"name\": \"Testborough Police\", \"sector\": \"POLICE\"}"));
        Http.Answer last = accepted(201, http.post(base + "/partners",
                "{\"id\": \"health\", \"name\": \"Testborough Health\", \"sector\": \"HEALTH\"}"));
        accepted(200, read(base, last.version()));
        return id;
    }

    /** Adopts an open priority in fairer × value-for-money led by the council, supported by the police. */
    protected String newPriority(String partnershipId) {
        String id = unique("priority");
        Http.Answer adopted = accepted(201, http.post("/api/partnerships/" + partnershipId + "/priorities", """
                {"id": "%s", "themeId": "fairer", "principleId": "value-for-money", "title": "Rebuild the school",
                 "leadPartnerId": "council", "supportingPartnerIds": ["police"],
                 "horizon": {"from": "2010-04-01", "to": "2020-03-31"}}
                """.formatted(id)));
        accepted(200, read(adopted.header("Location"), adopted.version()));
        return id;
    }

    /**
     * An instant just after the partnership's event of that version was recorded (as its audit trail says): asked
     * as of it, the partnership stands as that event left it.
     */
    protected Instant justAfter(String partnershipId, long version) {
        String entry = read("/api/partnerships/" + partnershipId + "/audit-trail?size=1&page=" + version, version)
                .json().path("entries").get(0).path("recordedAt").asString();
        return Instant.parse(entry).plusMillis(1);
    }

    /** Reads a path once the read models reflect at least the given version. */
    protected Http.Answer read(String path, long minVersion) {
        return http.get(path + (path.contains("?") ? "&" : "?") + "minVersion=" + minVersion);
    }
}
