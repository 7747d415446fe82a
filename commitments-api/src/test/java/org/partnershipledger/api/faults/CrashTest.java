package org.partnershipledger.api.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerNode;
import org.partnershipledger.api.PledgeLoad;
import org.partnershipledger.api.TestStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real service process under concurrent command load is killed with SIGKILL at random moments and started again
 * on the same store, several times: every command that was answered 2xx is in the event store, the read models
 * converge to exactly the events, and the verifiable ledger still verifies.
 */
class CrashTest {

    private static final int WRITERS = 6;
    private static final int KILLS = 3;
    private static final String PLEDGES = PledgeLoad.pledges("crash");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "on the {0} store")
    @ValueSource(strings = {"embedded", "postgres"})
    void everyAcknowledgedCommandSurvivesSigkill(String store) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path logs = Files.createTempDirectory("crash-" + store);
        Supplier<LedgerNode> start = node(store, logs);
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger written = new AtomicInteger();

        LedgerNode node = start.get();
        PledgeLoad.establish(node.http, "crash");
        for (int kill = 0; kill < KILLS; kill++) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            Http http = node.http;
            int round = kill;
            long writtenBefore = written.get();
            for (int w = 0; w < WRITERS; w++) {
                String writer = "r" + round + "w" + w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String pledge = writer + "-" + i;
                        try {
                            Http.Answer answer = http.post(PLEDGES, PledgeLoad.pledge(pledge, 100 + i));
                            if (answer.status() / 100 == 2) {
                                acknowledged.add(pledge);
                                written.incrementAndGet();
                            }
                        } catch (RuntimeException nodeGone) {
                            return;
                        }
                    }
                });
            }
            // kill under load: once this round's first pledge is acknowledged (a fresh process answers slowly at
            // first), at a random moment after it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (written.get() == writtenBefore && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(300 + random.nextInt(1500));
            node.kill();
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            node = start.get();
        }

        try (LedgerNode last = node) {
            JsonNode bundle = last.http.get("/api/partnerships/crash/ledger/bundle").json();
            Set<String> stored = new HashSet<>();
            long sequence = 0;
            for (JsonNode event : bundle.path("events")) {
                assertThat(event.path("sequenceNumber").asLong()).as("a stream without gaps").isEqualTo(sequence++);
                if (event.path("payloadType").asString().endsWith("BudgetPledged")) {
                    JsonNode payload = JSON.readTree(new String(Base64.getDecoder()
                            .decode(event.path("payload").asString()), StandardCharsets.UTF_8));
                    assertThat(stored.add(payload.path("pledgeId").asString())).isTrue();
                }
            }
            assertThat(acknowledged).as("load in every round; seed " + seed + ", logs in " + logs)
                    .hasSizeGreaterThan(KILLS * WRITERS);
            assertThat(stored).as("every acknowledged pledge is in the store; seed " + seed).containsAll(acknowledged);

            long version = sequence - 1;
            JsonNode pledges = last.http.get(PLEDGES + "?minVersion=" + version).json();
            Set<String> projected = new HashSet<>();
            pledges.forEach(p -> projected.add(p.path("pledgeId").asString()));
            assertThat(projected).as("the read model holds exactly the stored pledges").isEqualTo(stored);

            JsonNode verified = last.http.post("/api/partnerships/crash/ledger/verify", "{}").json();
            assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.path("events").asLong()).isEqualTo(sequence);
            assertThat(verified.path("leaves").asLong()).isEqualTo(sequence);
        }
    }

    private static Supplier<LedgerNode> node(String store, Path logs) throws Exception {
        if (store.equals("embedded")) {
            Path data = Files.createTempDirectory("crash-data");
            return () -> LedgerNode.embedded("crash", data, logs.resolve("node.log"));
        }
        EmbeddedPostgres postgres = TestStore.postgres();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS crash");
            admin.createStatement().execute("CREATE DATABASE crash");
        }
        String url = postgres.getJdbcUrl("postgres", "crash");
        return () -> LedgerNode.start("crash", url, logs.resolve("node.log"));
    }
}
