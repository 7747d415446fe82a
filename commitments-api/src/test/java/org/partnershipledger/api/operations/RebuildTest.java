package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.projections.ReadModelDigest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Read models rebuilt from the events alone are identical to the ones built live, table by table. */
class RebuildTest extends ApiTest {

    @Autowired
    ReadModelProcessor rebuild;
    @Autowired
    ReadModelDigest digest;

    @Test
    void readModelsRebuiltFromScratchEqualTheLiveOnes() throws Exception {
        String id = newPartnership();
        String priority = newPriority(id);
        accepted(201, http.post("/api/partnerships/" + id + "/priorities/" + priority + "/pledges",
                "{\"id\": \"p\", \"partnerId\": \"police\", \"amount\": {\"amountMinor\": 99}, \"financialYear\": \"2012/13\"}"));
        accepted(201, http.post("/api/partnerships/" + id + "/priorities/" + priority + "/pledges/p/spend",
                "{\"amount\": {\"amountMinor\": 100}, \"spentOn\": \"2012-05-01\"}"));
        accepted(201, http.post("/api/partnerships/" + id + "/partners/health/resource-declarations",
                "{\"financialYear\": \"2012/13\", \"staff\": 3, \"spend\": {\"amountMinor\": 5}}"));
        rebuild.awaitCaughtUp(Duration.ofSeconds(30));
        Map<String, String> live = digest.digests();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());

        rebuild.rebuild();
        Thread.sleep(50);
        rebuild.awaitCaughtUp(Duration.ofSeconds(60));

        assertThat(digest.digests()).isEqualTo(live);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());
    }
}
