package org.partnershipledger.api.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerNode;
import org.partnershipledger.api.PledgeLoad;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL server is stopped while commands are in flight, then started again: meanwhile the service reports
 * itself unhealthy and answers 503 problems (never a false success), afterwards it recovers by itself, and every
 * command it acknowledged is in the store, in the read models and in the verified ledger. Each command is sent
 * with an Idempotency-Key, again and again until answered, as the 503 problem advises: nothing is then stored that
 * was not answered.
 */
class DatabaseLossTest {

    private static final int WRITERS = 4;
    private static final String PLEDGES = PledgeLoad.pledges("outage");

    @Test
    void theServiceRecoversByItselfAndLosesNothingAcknowledged() throws Exception {
        Path data = Files.createTempDirectory("outage-pg");
        int port = freePort();
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPort(port);
        EmbeddedPostgres postgres = server.start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        Path log = Files.createTempDirectory("outage").resolve("node.log");
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        Set<Integer> statusesDuringOutage = Collections.synchronizedSet(new HashSet<>());
        List<String> wrongAnswers = Collections.synchronizedList(new java.util.ArrayList<>());
        Set<String> givenUp = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger heldKeys = new AtomicInteger();
        AtomicBoolean outage = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();

        try (LedgerNode node = LedgerNode.start("outage", url, log,
                "--spring.datasource.hikari.connection-timeout=1000", "--ledger.idempotency.in-flight-limit=2s")) {
            PledgeLoad.establish(node.http, "outage");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                String writer = "w" + w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String pledge = writer + "-" + i;
                        Http keyed = node.http.with("Idempotency-Key", pledge);
                        // each pledge is sent again with its key until it is answered
                        while (true) {
                            Http.Answer answer = keyed.post(PLEDGES, PledgeLoad.pledge(pledge, 100 + i));
                            if (answer.status() == 201) {
                                acknowledged.add(pledge);
                                break;
                            } else if (answer.status() == 503 && isProblem(answer)
                                    && "store.unavailable".equals(answer.json().path("code").asString())
                                    && answer.json().path("retryable").asBoolean()) {
                                statusesDuringOutage.add(answer.status());
                            } else if (answer.status() == 409 && isProblem(answer)
                                    && "idempotency.in-flight".equals(answer.json().path("code").asString())) {
                                heldKeys.incrementAndGet();
                            } else {
                                wrongAnswers.add(pledge + ": " + answer);
                                break;
                            }
                            if (stop.get()) {
                                givenUp.add(pledge);
                                break;
                            }
                            LedgerNode.sleep(100);
                        }
                    }
                    return null;
                });
            }
            LedgerNode.sleep(1500);
            int beforeOutage = acknowledged.size();
            postgres.close();
            outage.set(true);
            awaitHealth(node.http, 503, 30);
            LedgerNode.sleep(3000);
            Http.Answer notReady = node.http.get("/actuator/health/readiness");
            assertThat(notReady.status()).isEqualTo(503);
            // a health answer, saying why, not a failed request
            assertThat(notReady.json().path("status").asString()).as(notReady.text()).isIn("DOWN", "OUT_OF_SERVICE");
            var readModels = notReady.json().path("components").path("readModels");
            if (readModels.path("status").asString().equals("DOWN")) {
                assertThat(readModels.path("details").path("reason").asString()).as(notReady.text())
                        .isEqualTo("the store could not be reached");
            }

            postgres = server.start();
            outage.set(false);
            awaitHealth(node.http, 200, 120);
            int afterRecovery = acknowledged.size();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < afterRecovery + 20 && System.nanoTime() < deadline) {
                LedgerNode.sleep(100);
            }
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(beforeOutage).as("load before the outage").isPositive();
            assertThat(acknowledged.size()).as("commands acknowledged again after recovery")
                    .isGreaterThanOrEqualTo(afterRecovery + 20);
            assertThat(statusesDuringOutage).as("commands during the outage are refused with 503").contains(503);
            assertThat(wrongAnswers).as("answers other than 201, a retryable store.unavailable problem with"
                            + " Retry-After, or a key still held")
                    .isEmpty();

            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            Set<String> stored = PledgeLoad.storedPledgeIds(jdbc);
            assertThat(stored).as("every acknowledged pledge is in the store").containsAll(acknowledged);
            Set<String> answeredOrLeft = new HashSet<>(acknowledged);
            answeredOrLeft.addAll(givenUp);
            assertThat(stored).as("nothing stored that was not answered, but for requests left when the test stopped"
                    + " (%d times a retry found its key still held)", heldKeys.get()).isSubsetOf(answeredOrLeft);
            long version = jdbc.sql("SELECT MAX(sequence_number) FROM domain_event_entry"
                    + " WHERE aggregate_identifier = 'outage'").query(Long.class).single();
            Set<String> projected = new HashSet<>();
            node.http.get(PLEDGES + "?minVersion=" + version).json()
                    .forEach(p -> projected.add(p.path("pledgeId").asString()));
            assertThat(projected).as("the read models converge to the store").isEqualTo(stored);
            assertThat(node.http.post("/api/partnerships/outage/ledger/verify", "{}").json().path("verified")
                    .asBoolean()).isTrue();
        } finally {
            stop.set(true);
            postgres.close();
        }
    }

    private static boolean isProblem(Http.Answer answer) {
        return answer.contentType().startsWith("application/problem+json") && answer.header("Retry-After") != null;
    }

    private static void awaitHealth(Http http, int status, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = http.get("/actuator/health").status();
            if (last == status) {
                return;
            }
            LedgerNode.sleep(200);
        }
        throw new AssertionError("health answered " + last + ", not " + status + ", for " + seconds + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
