package org.partnershipledger.api.faults;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.springframework.test.context.TestPropertySource;

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
 * partnership's lock needed a second connection that the waiting commands held, and they all timed out.
 */
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.connection-timeout=2000", "ledger.snapshot-every=5"})
class ConnectionStarvationTest extends ApiTest {

    @Test
    void commandsQueuedOnOnePartnershipDoNotStarveTheLockHolder() throws Exception {
        String id = newPartnership();
        String pledges = "/api/partnerships/" + id + "/priorities/" + newPriority(id) + "/pledges";
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(12);
        for (int c = 0; c < 12; c++) {
            String client = "c" + c;
            clients.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    Http.Answer answer = http.post(pledges, "{\"id\": \"" + client + "-" + i + "\", \"partnerId\":"
                            + " \"council\", \"amount\": {\"amountMinor\": 100}, \"financialYear\": \"2012/13\"}");
                    if (answer.status() != 201) {
                        refused.add(answer.toString());
                    }
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(refused).isEmpty();
        assertThat(http.get(pledges + "?minVersion=" + storeVersion(id)).json()).hasSize(120);
    }
}
