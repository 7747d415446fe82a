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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * converge to exactly the events, and the verifiable ledger still verifies. Every request carries an
 * Idempotency-Key, and those the kill left unanswered are sent again after the restart until answered: the store
 * then holds exactly the pledges the answers name, each once.
 */
class CrashTest {

    private static final int WRITERS = 6;
    private static final int KILLS = 3;
    private static final String PLEDGES = PledgeLoad.pledges("crash");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A claim whose holder was killed is taken over this soon on PostgreSQL, where no restart can let it go. */
    private static final String IN_FLIGHT_LIMIT = "--ledger.idempotency.in-flight-limit=2s";

    @ParameterizedTest(name = "on the {0} store")
    @ValueSource(strings = {"embedded", "postgres"})
    void everyAcknowledgedCommandSurvivesSigkill(String store) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path logs = Files.createTempDirectory("crash-" + store);
        Supplier<LedgerNode> start = node(store, logs);
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        AtomicInteger answeredOnRetry = new AtomicInteger();
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
                        String key = writer + "-" + i;
                        String pledge = PledgeLoad.pledge(100 + i);
                        try {
                            Http.Answer answer = http.with("Idempotency-Key", key).post(PLEDGES, pledge);
                            if (answer.status() / 100 == 2) {
                                acknowledged.add(answer.json().path("id").asString());
                                written.incrementAndGet();
                            } else {
                                unanswered.put(key, pledge);
                            }
                        } catch (RuntimeException nodeGone) {
                            unanswered.put(key, pledge);
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
            answerEachAgain(node.http, unanswered, acknowledged, answeredOnRetry);
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
            assertThat(answeredOnRetry.get()).as("requests cut short by the kills").isPositive();
            assertThat(stored).as("exactly the pledges the answers name, each once; seed " + seed)
                    .isEqualTo(acknowledged);

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

    /**
     * Sends each request the kill left unanswered again, with its key, until it is answered: at once on the embedded
     * store (the restart let the ended run's claims go), after the in-flight limit on PostgreSQL.
     */
    private static void answerEachAgain(Http http, Map<String, String> unanswered, Set<String> acknowledged,
                                        AtomicInteger answeredOnRetry) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Map.Entry<String, String> request : unanswered.entrySet()) {
            Http.Answer answer = http.with("Idempotency-Key", request.getKey()).post(PLEDGES, request.getValue());
            while (answer.status() == 409 && System.nanoTime() < deadline
                    && "idempotency.in-flight".equals(answer.json().path("code").asString())) {
                LedgerNode.sleep(200);
                answer = http.with("Idempotency-Key", request.getKey()).post(PLEDGES, request.getValue());
            }
            assertThat(answer.status()).as(request.getKey() + ": " + answer).isEqualTo(201);
            acknowledged.add(answer.json().path("id").asString());
            answeredOnRetry.incrementAndGet();
        }
        unanswered.clear();
    }

    private static Supplier<LedgerNode> node(String store, Path logs) throws Exception {
        if (store.equals("embedded")) {
            Path data = Files.createTempDirectory("crash-data");
            return () -> LedgerNode.embedded("crash", data, logs.resolve("node.log"), IN_FLIGHT_LIMIT);
        }
        EmbeddedPostgres postgres = TestStore.postgres();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS crash");
            admin.createStatement().execute("CREATE DATABASE crash");
        }
        String url = postgres.getJdbcUrl("postgres", "crash");
        return () -> LedgerNode.start("crash", url, logs.resolve("node.log"), IN_FLIGHT_LIMIT);
    }
}
