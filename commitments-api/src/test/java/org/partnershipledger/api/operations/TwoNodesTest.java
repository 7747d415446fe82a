package org.partnershipledger.api.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerNode;
import org.partnershipledger.api.PledgeLoad;
import org.partnershipledger.api.TestStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service processes on one PostgreSQL database, with writers racing on the same priority through both. The
 * first node holds the read models' segments and is killed outright in the middle of the load; the second takes its
 * segments over. Every acknowledged pledge is in the event store, each partnership's stream has no gap and no
 * duplicate, and the read models hold every event exactly once.
 */
class TwoNodesTest {

    private static final int WRITERS_PER_NODE = 4;
    private static final int PLEDGES_PER_WRITER = 30;

    @Test
    void twoNodesShareOneDatabaseAndSurviveTheLossOfOne() throws Exception {
        EmbeddedPostgres postgres = TestStore.postgres();
        String database = "two_nodes";
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = postgres.getJdbcUrl("postgres", database);
        JdbcClient jdbc = JdbcClient.create(postgres.getDatabase("postgres", database));
        Path logs = Files.createTempDirectory("two-nodes");
        String[] fastTakeover = {"--axon.eventhandling.tokenstore.claim-timeout=3s",
                "--axon.eventhandling.processors.ledger.token-claim-interval=500",
                "--axon.eventhandling.processors.ledger.token-claim-interval-time-unit=MILLISECONDS"};

        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        LedgerNode first = LedgerNode.start("first", url, logs.resolve("first.log"), fastTakeover);
        try (LedgerNode second = LedgerNode.start("second", url, logs.resolve("second.log"), fastTakeover)) {
            PledgeLoad.establish(first.http, "race");

            ExecutorService writers = Executors.newFixedThreadPool(WRITERS_PER_NODE * 2);
            CountDownLatch halfway = new CountDownLatch(WRITERS_PER_NODE * 2);
            for (int w = 0; w < WRITERS_PER_NODE * 2; w++) {
                Http node = w % 2 == 0 ? first.http : second.http;
                String writer = "w" + w;
                writers.submit(() -> {
                    for (int i = 0; i < PLEDGES_PER_WRITER; i++) {
                        if (i == PLEDGES_PER_WRITER / 2) {
                            halfway.countDown();
                        }
                        String pledgeId = writer + "-" + i;
                        try {
                            Http.Answer answer = node.post(PledgeLoad.pledges("race"),
                                    PledgeLoad.pledge(pledgeId, 100 + i));
                            if (answer.status() == 201) {
                                acknowledged.add(pledgeId);
                            } else {
                                refused.add(answer.toString());
                            }
                        } catch (RuntimeException nodeGone) {
                            return;
                        }
                    }
                });
            }
            halfway.await(60, TimeUnit.SECONDS);
            first.kill();
            writers.shutdown();
            assertThat(writers.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

            // every acknowledged pledge is in the event store, in a stream without gaps or duplicates
            List<Long> sequence = jdbc.sql("SELECT sequence_number FROM domain_event_entry"
                    + " WHERE aggregate_identifier = 'race' ORDER BY sequence_number").query(Long.class).list();
            for (int i = 0; i < sequence.size(); i++) {
                assertThat(sequence.get(i)).isEqualTo(i);
            }
            Set<String> stored = PledgeLoad.storedPledgeIds(jdbc);
            assertThat(stored).containsAll(acknowledged);
            assertThat(acknowledged.size()).isGreaterThan(WRITERS_PER_NODE * PLEDGES_PER_WRITER / 2);
            assertThat(refused).as("no write is lost to a race: conflicts are retried").isEmpty();

            // the surviving node takes the segments over and the read models converge to the events
            long events = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (auditRows(jdbc) < events && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(auditRows(jdbc)).isEqualTo(events);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_pledge WHERE partnership_id = 'race'")
                    .query(Long.class).single()).isEqualTo(stored.size());
            long pledgedInEvents = stored.stream().mapToLong(id -> 100 + Long.parseLong(id.substring(id.indexOf('-') + 1)))
                    .sum();
            assertThat(jdbc.sql("SELECT SUM(amount_minor) FROM rm_pledge WHERE partnership_id = 'race'")
                    .query(Long.class).single()).isEqualTo(pledgedInEvents);
            // the dead node's claims lapse after the claim timeout (3 s here); the survivor then holds every segment
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (tokenOwners(jdbc) != 1 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(tokenOwners(jdbc)).isEqualTo(1);
            // ready once its processor's own status (updated just after each batch commits) has caught up too
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (second.http.get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(second.http.get("/actuator/health/readiness").status()).isEqualTo(200);
        } finally {
            if (first != null) {
                first.kill();
            }
        }
    }

    private static long tokenOwners(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(DISTINCT owner) FROM token_entry WHERE processor_name = 'ledger'"
                + " AND owner IS NOT NULL").query(Long.class).single();
    }

    private static long auditRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single();
    }
}
