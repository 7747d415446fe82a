package org.partnershipledger.api.faults;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.Http;
import org.partnershipledger.api.LedgerApplication;
import org.partnershipledger.api.PledgeLoad;
import org.partnershipledger.api.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More concurrent commands on one partnership than connections in the pool, with snapshots due often: every
 * command must still be recorded. While snapshots were taken in the command's thread, the command holding the
 * partnership's lock needed a second connection that the waiting commands held, and they all timed out. (A store
 * of its own: a second service on the shared test store would compete for its read-model segments.)
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=2000",
                "ledger.snapshot-every=5"})
@ActiveProfiles("testusers")
class ConnectionStarvationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.ownDataDirectory(registry, "ledger-starvation");
    }

    @Test
    void commandsQueuedOnOnePartnershipDoNotStarveTheLockHolder() throws Exception {
        Http http = new Http(port).as("clerk");
        PledgeLoad.establish(http, "starved");
        String pledges = PledgeLoad.pledges("starved");
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(12);
        for (int c = 0; c < 12; c++) {
            String client = "c" + c;
            clients.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    Http.Answer answer = http.post(pledges, PledgeLoad.pledge(client + "-" + i, 100));
                    if (answer.status() != 201) {
                        refused.add(answer.toString());
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(refused).isEmpty();
        assertThat(PledgeLoad.storedPledgeIds(jdbc)).hasSize(120);
    }
}
